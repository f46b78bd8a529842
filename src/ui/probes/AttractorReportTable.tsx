/**
 * The attractor measures of the current network beside its untrained start and the hand-built
 * reference (core/attractor report): one column per network, one row per measure, so a student
 * reads at a glance how close training came to the ideal.
 */
import type { AttractorReport, NetworkMeasures } from '../../core/attractor';

const LABELS: Record<NetworkMeasures['network'], string> = {
  trained: 'trained',
  untrained: 'untrained',
  reference: 'hand-built',
};

const num = (x: number | null, digits = 2) => (x === null ? '—' : x.toFixed(digits));
const cm = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} cm`);

interface Row {
  label: string;
  help: string;
  value: (m: NetworkMeasures) => string;
  /** What staying at the start would score (path rows only). */
  still?: number;
}

function rows(report: AttractorReport): Row[] {
  const out: Row[] = [
    {
      label: 'free-run drift',
      help: 'Free runs with no input from several places: mean distance of the decoded position from the start. A continuous attractor holds it near 0.',
      value: (m) => cm(m.driftCm),
    },
    {
      label: 'pattern kept',
      help: 'Free runs: similarity of the last two steps’ activity to the first two (1 = the same pattern; a flip every step still counts as kept).',
      value: (m) => num(m.pairSimilarity),
    },
    {
      label: 'locality',
      help: 'How gathered the activity is on the manifold, against the same activity on shuffled units: 0 = no more than chance, 1 = one point. A bump scores well above 0.4.',
      value: (m) => num(m.locality),
    },
    {
      label: 'link locality',
      help: 'The same for each unit’s incoming |W_hh|: do a unit’s strong links gather in one place of the geometry? (Not defined for the hand-built network, whose links are its geometry.)',
      value: (m) => num(m.linkLocality),
    },
    {
      label: 'after a kick',
      help: 'Correlation with the unkicked run at the end (1 = back on track). A network that forgets every start scores high too.',
      value: (m) => num(m.recovery),
    },
  ];
  const path = report.networks[0]?.pathIntegration ?? [];
  for (const [i, p] of path.entries()) {
    out.push({
      label: `walk ${p.multiple}× T (${p.steps} steps)`,
      help: `Mean decoded error along random walks ${p.multiple} × the training length; staying at the start would give ${p.standStillCm.toFixed(1)} cm.`,
      value: (m) => cm(m.pathIntegration[i]?.errorCm ?? null),
      still: p.standStillCm,
    });
  }
  return out;
}

export function AttractorReportTable({ report }: { report: AttractorReport }) {
  const still = report.networks[0]?.pathIntegration ?? [];
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
            {report.networks.map((m) => (
              <th scope="col" key={m.network}>
                {LABELS[m.network]}
              </th>
            ))}
            {still.length > 0 && <th scope="col">staying put</th>}
          </tr>
        </thead>
        <tbody>
          {rows(report).map((row) => (
            <tr key={row.label}>
              <th scope="row" title={row.help}>
                {row.label}
              </th>
              {report.networks.map((m) => (
                <td key={m.network}>{row.value(m)}</td>
              ))}
              {still.length > 0 && <td>{row.still === undefined ? '' : cm(row.still)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
