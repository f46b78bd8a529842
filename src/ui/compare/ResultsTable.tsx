/**
 * The comparison as the paper prints it: rows "p% Sparse" / "p% Lottery", one column per
 * condition, cells "mean (std)" over seeds, the best (lowest) of each row in bold.
 */
import {
  formatCell,
  formatGlobalSparsity,
  tableCaption,
  type ComparisonTable,
} from '../../core/experiments/table';
import { bestInRow, tableDigits } from './resultsModel';

export function ResultsTable({ table }: { table: ComparisonTable }) {
  const digits = tableDigits(table);
  const best = bestInRow(table);
  const unit = table.metricUnit ? ` ${table.metricUnit}` : '';
  return (
    <table className="cmp-table">
      <caption title="What the cells are: the task metric's mean and sample standard deviation over the seeds">
        {tableCaption(table)}
      </caption>
      <thead>
        <tr>
          <th />
          <th
            scope="col"
            title="Fraction of all weight matrices pruned, next to the target (which may count W_hh alone)"
          >
            global sparsity
          </th>
          {table.conditions.map((c) => (
            <th key={c} scope="col" title={`Condition '${c}'`}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={row.label}>
            <th
              scope="row"
              title={
                row.kind === 'Sparse'
                  ? `Trained while pruning to ${row.label.split(' ')[0]} sparsity`
                  : `Lottery ticket: the pruned mask retrained from the initial weights (${row.label.split(' ')[0]} sparse)`
              }
            >
              {row.label}
            </th>
            <th
              className="cmp-global"
              title="Global sparsity of this row's runs: the fraction of all weights pruned"
            >
              {formatGlobalSparsity(row)}
            </th>
            {row.cells.map((cell, c) => (
              <td
                key={table.conditions[c]}
                className={best[r] === c ? 'cmp-best' : undefined}
                title={
                  `${table.metricLabel}${unit}: mean (std) over ${cell.n} seed${cell.n === 1 ? '' : 's'}` +
                  (cell.diverged
                    ? `; ${cell.diverged} diverged, ${cell.divergedScored ? 'scored as failures' : 'left out'}`
                    : '') +
                  (best[r] === c ? '. Bold: lowest (best) in this row' : '')
                }
              >
                {formatCell(cell, digits)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
