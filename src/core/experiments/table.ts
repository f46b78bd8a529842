/**
 * A comparison's result as the paper's tables (docs/science.md §Reproducing the paper): for each
 * target sparsity p a "p% Sparse" and a "p% Lottery" row, one column per condition, cells "mean
 * (std)" over seeds.
 *
 * The paper does not say which standard deviation it reports. We use the sample standard
 * deviation (divide by n − 1, numpy's np.std(ddof=1)): with 2–5 seeds it is the usual
 * estimate of the spread between seeds, and the population one (n) understates it.
 * With one value there is no spread to estimate, shown as "—".
 */
import { percent } from './comparison';
import type { ComparisonResult } from './runner';

export interface Cell {
  mean: number | null;
  /** Sample standard deviation (n − 1); null with fewer than two values. */
  std: number | null;
  /** Values averaged (finished, non-diverged runs). */
  n: number;
  /** Finished runs that diverged, so have no value. */
  diverged: number;
}

export interface TableRow {
  /** "90% Sparse", "90% Lottery". */
  label: string;
  sparsity: number;
  kind: 'Sparse' | 'Lottery';
  /** One per condition, in `conditions` order. */
  cells: Cell[];
}

export interface ComparisonTable {
  metricLabel: string;
  metricUnit: string;
  conditions: string[];
  seeds: number[];
  rows: TableRow[];
  std: 'sample, n − 1';
  cancelled: boolean;
  runsDone: number;
  runsPlanned: number;
}

/** Mean and sample standard deviation (n − 1) of the values. */
export function meanStd(values: number[]): { mean: number | null; std: number | null } {
  const n = values.length;
  if (n === 0) return { mean: null, std: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, std: null };
  const squares = values.reduce((a, x) => a + (x - mean) ** 2, 0);
  return { mean, std: Math.sqrt(squares / (n - 1)) };
}

export function summarize(result: ComparisonResult): ComparisonTable {
  const kinds = result.lottery ? (['Sparse', 'Lottery'] as const) : (['Sparse'] as const);
  const rows: TableRow[] = [];
  for (const sparsity of result.sparsities) {
    for (const kind of kinds) {
      const cells = result.conditions.map((condition) => {
        const runs = result.runs.filter(
          (r) => r.condition === condition && r.sparsity === sparsity,
        );
        const metrics = runs.map((r) => (kind === 'Sparse' ? r.sparseMetric : r.lotteryMetric));
        const values = metrics.filter((m): m is number => m !== null);
        return { ...meanStd(values), n: values.length, diverged: metrics.length - values.length };
      });
      rows.push({ label: `${percent(sparsity)} ${kind}`, sparsity, kind, cells });
    }
  }
  return {
    metricLabel: result.metricLabel,
    metricUnit: result.metricUnit,
    conditions: result.conditions,
    seeds: result.seeds,
    rows,
    std: 'sample, n − 1',
    cancelled: result.cancelled,
    runsDone: result.runs.length,
    runsPlanned: result.planned,
  };
}

/** Two decimals like the paper's cm errors (5.69), three for values below 1 (RMSE 0.111). */
function decimals(table: ComparisonTable): number {
  const means = table.rows.flatMap((r) => r.cells.map((c) => Math.abs(c.mean ?? 0)));
  return Math.max(0, ...means) >= 1 ? 2 : 3;
}

export function formatCell(cell: Cell, digits: number): string {
  if (cell.mean === null) return cell.diverged > 0 ? 'diverged' : '—';
  const std = cell.std === null ? '—' : cell.std.toFixed(digits);
  const note = cell.diverged > 0 ? ` +${cell.diverged} diverged` : '';
  return `${cell.mean.toFixed(digits)} (${std})${note}`;
}

/** "error (cm): mean (std: sample, n − 1) over seeds 1, 2", and what a cancel left out. */
export function tableCaption(table: ComparisonTable): string {
  const unit = table.metricUnit ? ` (${table.metricUnit})` : '';
  const caption = `${table.metricLabel}${unit}: mean (std: ${table.std}) over seeds ${table.seeds.join(', ')}`;
  if (!table.cancelled) return caption;
  return `${caption}; cancelled after ${table.runsDone} of ${table.runsPlanned} runs`;
}

/** Aligned plain text for the terminal or a note: labels left, cells right-aligned. */
export function formatTable(table: ComparisonTable): string {
  const digits = decimals(table);
  const lines = [
    ['', ...table.conditions],
    ...table.rows.map((row) => [row.label, ...row.cells.map((c) => formatCell(c, digits))]),
  ];
  const widths = lines[0].map((_, col) => Math.max(...lines.map((line) => line[col].length)));
  const text = lines.map((line) =>
    line
      .map((s, col) => (col === 0 ? s.padEnd(widths[col]) : s.padStart(widths[col])))
      .join('  ')
      .trimEnd(),
  );
  return [tableCaption(table), ...text].join('\n');
}

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const csvNumber = (x: number | null) => (x === null ? '' : String(x));

/** One line per row; per condition its mean, std and n, at full precision. */
export function toCsv(table: ComparisonTable): string {
  const header = ['row', 'sparsity', 'kind'];
  for (const c of table.conditions) header.push(`${c} mean`, `${c} std`, `${c} n`);
  const lines = table.rows.map((row) => [
    row.label,
    String(row.sparsity),
    row.kind,
    ...row.cells.flatMap((c) => [csvNumber(c.mean), csvNumber(c.std), String(c.n)]),
  ]);
  return [header, ...lines].map((line) => line.map(csvField).join(',')).join('\n') + '\n';
}

export const COMPARISON_FORMAT = 'moduli-lab-comparison';

/** The table, and with `result` the raw runs and their full configs, as one JSON file. */
export function toJson(table: ComparisonTable, result?: ComparisonResult): string {
  const file = { format: COMPARISON_FORMAT, version: 1, table, ...(result ? { result } : {}) };
  return JSON.stringify(file, null, 2);
}
