/**
 * An attractor report as a table of words, one column per network and one row per measure, with
 * what each row means: the probe panel's table and `npm run attractor` print the same one.
 */
import type { AttractorReport, NetworkMeasures } from './report';

export interface ReportRow {
  label: string;
  /** What the row measures, in a sentence (the panel's hover text). */
  help: string;
  /** One cell per network, in the report's order. */
  cells: string[];
  /** What staying at the start scores (walk rows), else ''. */
  still: string;
}

export interface ReportTable {
  /** The networks' names, in the report's order. */
  columns: string[];
  rows: ReportRow[];
}

const NAMES: Record<NetworkMeasures['network'], string> = {
  trained: 'trained',
  untrained: 'untrained',
  reference: 'hand-built',
};

const num = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const cm = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} cm`);

const MEASURES: { label: string; help: string; cell: (m: NetworkMeasures) => string }[] = [
  {
    label: 'free-run drift',
    help: 'Free runs with no input from several places: mean distance of the decoded position from the start. A continuous attractor holds it near 0.',
    cell: (m) => cm(m.driftCm),
  },
  {
    label: 'pattern kept',
    help: 'Free runs: similarity of the last two steps’ activity to the first two (1 = the same pattern; a flip every step still counts as kept).',
    cell: (m) => num(m.pairSimilarity),
  },
  {
    label: 'locality',
    help: 'How gathered the activity is on the manifold, against the same activity on shuffled units: 0 = no more than chance, 1 = one point. A bump scores 0.4 and more.',
    cell: (m) => num(m.locality),
  },
  {
    label: 'link locality',
    help: 'The same for each unit’s incoming |W_hh|: do a unit’s strong links gather in one place of the geometry? (Not defined for the hand-built network, whose links are its geometry.)',
    cell: (m) => num(m.linkLocality),
  },
  {
    label: 'after a kick',
    help: 'Correlation with the unkicked run at the end (1 = back on track). A network that forgets every start scores high too.',
    cell: (m) => num(m.recovery),
  },
];

export function reportTable(report: AttractorReport): ReportTable {
  const { networks } = report;
  const rows: ReportRow[] = MEASURES.map(({ label, help, cell }) => ({
    label,
    help,
    cells: networks.map(cell),
    still: '',
  }));
  for (const [i, p] of (networks[0]?.pathIntegration ?? []).entries()) {
    rows.push({
      label: `walk ${p.multiple}× T (${p.steps} steps)`,
      help: `Mean decoded error along random walks ${p.multiple} × the training length, against staying at the start.`,
      cells: networks.map((m) => cm(m.pathIntegration[i]?.errorCm ?? null)),
      still: cm(p.standStillCm),
    });
  }
  return { columns: networks.map((m) => NAMES[m.network]), rows };
}
