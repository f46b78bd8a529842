/**
 * The attractor measures of the current network beside its untrained start and the hand-built
 * reference (core/attractor reportTable, the same table `npm run attractor` prints): one
 * column per network, one row per measure, so a student reads how close training came.
 */
import { reportTable, type AttractorReport } from '../../core/attractor';

export function AttractorReportTable({ report }: { report: AttractorReport }) {
  const table = reportTable(report);
  const walks = table.rows.some((row) => row.still !== '');
  return (
    <figure className="pr-report" data-testid="attractor-report">
      <table>
        <caption>
          Attractor measures, {report.hidden} units on the {report.manifold}
          {report.seqLen !== null && `, trained on walks of T = ${report.seqLen} steps`}
        </caption>
        <thead>
          <tr>
            <th scope="col">measure</th>
            {table.columns.map((name) => (
              <th scope="col" key={name}>
                {name}
              </th>
            ))}
            {walks && <th scope="col">staying put</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" title={row.help}>
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={table.columns[i]}>{cell}</td>
              ))}
              {walks && <td>{row.still}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
