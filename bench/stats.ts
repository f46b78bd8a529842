/**
 * Timing loops and their summaries, shared by the Node bench and the browser bench page (no
 * Node imports). The machine is shared and noisy (±30%, docs/architecture.md §Performance), so
 * every figure is a median with its interquartile range and extremes over repeated runs after a
 * warm-up, never a single run or a mean.
 */

export interface Summary {
  medianMs: number;
  q1Ms: number;
  q3Ms: number;
  minMs: number;
  maxMs: number;
  count: number;
}

export interface Timing {
  /** Null when not one timed run fitted in the time cap. */
  summary: Summary | null;
  samplesMs: number[];
  /** True when the cap stopped the loop before `reps` runs. */
  capped: boolean;
}

export interface TimingOptions {
  warmup: number;
  reps: number;
  /** Wall-clock budget for warm-up plus timed runs; the loop stops after the run that crosses it. */
  capMs: number;
}

/** Linear interpolation between order statistics (numpy's default percentile). */
function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function summarize(samplesMs: number[]): Summary | null {
  if (samplesMs.length === 0) return null;
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    medianMs: quantile(sorted, 0.5),
    q1Ms: quantile(sorted, 0.25),
    q3Ms: quantile(sorted, 0.75),
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
    count: sorted.length,
  };
}

/** Runs `fn` `warmup` times untimed, then up to `reps` timed runs within the cap. */
export async function timeRepeated(
  fn: () => unknown,
  { warmup, reps, capMs }: TimingOptions,
): Promise<Timing> {
  const start = performance.now();
  const overCap = () => performance.now() - start > capMs;
  for (let i = 0; i < warmup && !overCap(); i++) await fn();
  const samplesMs: number[] = [];
  while (samplesMs.length < reps && !overCap()) {
    const t0 = performance.now();
    await fn();
    samplesMs.push(performance.now() - t0);
  }
  return { summary: summarize(samplesMs), samplesMs, capped: samplesMs.length < reps };
}
