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
  /** Values averaged: finished runs, and diverged ones when they are scored as failures. */
  n: number;
  /** Finished runs that diverged: left out of the mean, or in it at the failure score. */
  diverged: number;
  /** Whether the diverged runs are in the mean (at the failure score). */
  divergedScored: boolean;
}

/** What a diverged run counts as: left out of its cell, or the task's trivial score. */
export type DivergedScoring = 'drop' | 'failure';

export interface SummarizeOptions {
  /** Default 'drop'; 'failure' scores each diverged run as `ComparisonResult.metricBaseline`. */
  diverged?: DivergedScoring;
}

export interface TableRow {
  /** "90% Sparse", "90% Lottery". */
  label: string;
  sparsity: number;
  kind: 'Sparse' | 'Lottery';
  /**
   * Smallest and largest global sparsity (all weight matrices together) of the row's runs, next
   * to the target: with W_hh-only pruning at n = 256, "90% Sparse" is about 18% of all weights.
   * Null before any run of the row finished.
   */
  globalSparsity: { min: number; max: number } | null;
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
  /** Diverged runs: 'drop' (left out, counted) or the failure score they were given. */
  diverged: 'drop' | { failure: number };
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

/** The failure score of diverged runs, or null to drop them. */
function failureScore(result: ComparisonResult, scoring: DivergedScoring): number | null {
  if (scoring === 'drop') return null;
  if (result.metricBaseline === undefined) {
    throw new Error('diverged runs as failures: this result has no metricBaseline to score them');
  }
  return result.metricBaseline;
}

export function summarize(
  result: ComparisonResult,
  options: SummarizeOptions = {},
): ComparisonTable {
  const failure = failureScore(result, options.diverged ?? 'drop');
  const kinds = result.lottery ? (['Sparse', 'Lottery'] as const) : (['Sparse'] as const);
  const rows: TableRow[] = [];
  for (const sparsity of result.sparsities) {
    const finished = result.runs.filter((r) => r.sparsity === sparsity);
    const globals = finished.map((r) => r.globalSparsity);
    const globalSparsity = globals.length
      ? { min: Math.min(...globals), max: Math.max(...globals) }
      : null;
    for (const kind of kinds) {
      const cells = result.conditions.map((condition) => {
        const runs = finished.filter((r) => r.condition === condition);
        // A lottery ticket whose sparse run diverged was never trained: it fails with it.
        const metrics = runs.map((r) => (kind === 'Sparse' ? r.sparseMetric : r.lotteryMetric));
        const values = metrics.flatMap((m) =>
          m !== null ? [m] : failure !== null ? [failure] : [],
        );
        const diverged = metrics.filter((m) => m === null).length;
        return { ...meanStd(values), n: values.length, diverged, divergedScored: failure !== null };
      });
      rows.push({ label: `${percent(sparsity)} ${kind}`, sparsity, kind, globalSparsity, cells });
    }
  }
  return {
    metricLabel: result.metricLabel,
    metricUnit: result.metricUnit,
    conditions: result.conditions,
    seeds: result.seeds,
    rows,
    std: 'sample, n − 1',
    diverged: failure === null ? 'drop' : { failure },
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

/**
 * "5.69 (0.43)", with diverged runs counted: "+1 diverged" (left out of the mean) or
 * "incl. 1 diverged" (in it at the failure score).
 */
export function formatCell(cell: Cell, digits: number): string {
  if (cell.mean === null) return cell.diverged > 0 ? `${cell.diverged} diverged` : '—';
  const std = cell.std === null ? '—' : cell.std.toFixed(digits);
  const note =
    cell.diverged === 0
      ? ''
      : cell.divergedScored
        ? ` incl. ${cell.diverged} diverged`
        : ` +${cell.diverged} diverged`;
  return `${cell.mean.toFixed(digits)} (${std})${note}`;
}

/** "18.0%" or "17.9–18.3%": the row's global sparsity, or "—" before any run finished. */
export function formatGlobalSparsity(row: TableRow): string {
  if (!row.globalSparsity) return '—';
  const { min, max } = row.globalSparsity;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return pct(min) === pct(max) ? pct(min) : `${pct(min)}–${pct(max)}`;
}

/**
 * "error (cm): mean (std: sample, n − 1) over seeds 1, 2", how diverged runs are counted, and
 * what a cancel left out.
 */
export function tableCaption(table: ComparisonTable): string {
  const unit = table.metricUnit ? ` (${table.metricUnit})` : '';
  const scoring =
    table.diverged === 'drop'
      ? 'diverged runs left out and counted'
      : `diverged runs scored as failures (${table.diverged.failure})`;
  const caption = `${table.metricLabel}${unit}: mean (std: ${table.std}) over seeds ${table.seeds.join(', ')}; ${scoring}`;
  if (!table.cancelled) return caption;
  return `${caption}; cancelled after ${table.runsDone} of ${table.runsPlanned} runs`;
}

/** Aligned plain text for the terminal or a note: labels left, cells right-aligned. */
export function formatTable(table: ComparisonTable): string {
  const digits = decimals(table);
  const lines = [
    ['', 'global sparsity', ...table.conditions],
    ...table.rows.map((row) => [
      row.label,
      formatGlobalSparsity(row),
      ...row.cells.map((c) => formatCell(c, digits)),
    ]),
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

/** One line per row; its global sparsity range, per condition its mean, std, n and diverged runs. */
export function toCsv(table: ComparisonTable): string {
  const header = ['row', 'sparsity', 'kind', 'global sparsity min', 'global sparsity max'];
  for (const c of table.conditions) header.push(`${c} mean`, `${c} std`, `${c} n`, `${c} diverged`);
  const lines = table.rows.map((row) => [
    row.label,
    String(row.sparsity),
    row.kind,
    csvNumber(row.globalSparsity?.min ?? null),
    csvNumber(row.globalSparsity?.max ?? null),
    ...row.cells.flatMap((c) => [
      csvNumber(c.mean),
      csvNumber(c.std),
      String(c.n),
      String(c.diverged),
    ]),
  ]);
  return [header, ...lines].map((line) => line.map(csvField).join(',')).join('\n') + '\n';
}

export const COMPARISON_FORMAT = 'moduli-lab-comparison';

/** The table, and with `result` the raw runs and their full configs, as one JSON file. */
export function toJson(table: ComparisonTable, result?: ComparisonResult): string {
  const file = { format: COMPARISON_FORMAT, version: 1, table, ...(result ? { result } : {}) };
  return JSON.stringify(file, null, 2);
}
