/**
 * One measured figure of the bench, as it goes into bench.json and the printed table. Every
 * row is compared with PyTorch's step at the same n measured in the same run, because on this
 * shared machine only ratios taken together mean anything (docs/architecture.md §Performance).
 */
import type { Summary, Timing } from './stats';

export type RowGroup = 'step' | 'penalty' | 'data' | 'load' | 'sparse' | 'profile';

export interface BenchRow {
  group: RowGroup;
  /** Where it ran: "Node WASM", "Chromium WebGPU", "PyTorch", … */
  where: string;
  what: string;
  /** Hidden units n, or null when n does not matter (data generation). */
  hidden: number | null;
  summary: Summary | null;
  /** Empty, or why the figure is missing or partial ("skipped (over time cap)"). */
  note: string;
  /** Share of a step: see addRatios. */
  shareOfStep?: number;
  /** This figure over PyTorch's step at the same n. */
  ratioToTorch?: number;
}

/** A row from a timing loop, noting when the cap cut it short. */
export function timedRow(
  base: Omit<BenchRow, 'summary' | 'note'>,
  timing: Timing,
  requestedReps: number,
): BenchRow {
  let note = '';
  if (!timing.summary) note = 'skipped (over time cap)';
  else if (timing.capped) note = `capped after ${timing.samplesMs.length} of ${requestedReps}`;
  return { ...base, summary: timing.summary, note };
}

export function skippedRow(base: Omit<BenchRow, 'summary' | 'note'>, note: string): BenchRow {
  return { ...base, summary: null, note };
}

/**
 * Fills ratioToTorch, except for sparse rows (a forward pass, not a training step: their notes
 * compare them with the dense pass), and shareOfStep for the parts of a step: penalty and data
 * over the Node WASM step; profile rows over the sum of their own step's slices, which ran back
 * to back and so under the same load.
 */
export function addRatios(rows: BenchRow[]): void {
  const median = (where: string, hidden: number | null) =>
    rows.find((r) => r.group === 'step' && r.where === where && r.hidden === hidden)?.summary
      ?.medianMs;
  const slices = (hidden: number | null) =>
    rows
      .filter((r) => r.group === 'profile' && r.hidden === hidden && r.what.startsWith('slice:'))
      .reduce((sum, r) => sum + (r.summary?.medianMs ?? 0), 0);
  for (const row of rows) {
    if (!row.summary) continue;
    const torch = median('PyTorch', row.hidden);
    if (torch && row.group !== 'sparse') row.ratioToTorch = row.summary.medianMs / torch;
    const step =
      row.group === 'profile'
        ? slices(row.hidden)
        : row.group === 'penalty' || row.group === 'data'
          ? median('Node WASM', row.hidden)
          : undefined;
    if (step) row.shareOfStep = row.summary.medianMs / step;
  }
}
