/**
 * Does a pattern of activity persist? The numbers behind "the bump stays" and "the bump comes
 * back after a kick": the Pearson correlation of the population vector at each time with a
 * reference pattern, and how much activity is left. Correlation is blind to overall scale, so
 * the summary also reports the activity ratio: a pattern that fades to zero is not a memory.
 */

/** Pearson correlation of two equal-length vectors; 0 when either is constant (no pattern). */
export function patternCorrelation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i] - ma;
    const db = b[i] - mb;
    ab += da * db;
    aa += da * da;
    bb += db * db;
  }
  const r = ab / Math.sqrt(aa * bb);
  // A constant vector has no pattern, and an exploded (non-finite) one has none left.
  return aa > 0 && bb > 0 && Number.isFinite(r) ? r : 0;
}

/** Correlation of every frame (frames·n, row-major) with `reference` (n). */
export function correlationOverTime(
  frames: Float32Array,
  n: number,
  reference: ArrayLike<number>,
): Float32Array {
  const count = frames.length / n;
  const out = new Float32Array(count);
  for (let t = 0; t < count; t++)
    out[t] = patternCorrelation(frames.subarray(t * n, (t + 1) * n), reference);
  return out;
}

/** Frame-by-frame correlation of two runs of the same length (e.g. perturbed vs unperturbed). */
export function pairedCorrelation(a: Float32Array, b: Float32Array, n: number): Float32Array {
  const count = a.length / n;
  const out = new Float32Array(count);
  for (let t = 0; t < count; t++)
    out[t] = patternCorrelation(a.subarray(t * n, (t + 1) * n), b.subarray(t * n, (t + 1) * n));
  return out;
}

/** Mean activity per frame (frames·n → frames). */
export function meanActivity(frames: Float32Array, n: number): Float32Array {
  const count = frames.length / n;
  const out = new Float32Array(count);
  for (let t = 0; t < count; t++) {
    let s = 0;
    for (let j = t * n; j < (t + 1) * n; j++) s += frames[j];
    out[t] = s / n;
  }
  return out;
}

export interface PersistenceSummary {
  /** Correlation at the last frame. */
  final: number;
  /** Lowest correlation from the reference frame on. */
  min: number;
  /** First frame after the reference where the correlation drops below 0.5, or null. */
  firstBelowHalf: number | null;
  /** Mean activity at the last frame over that at the reference frame (0 when it was silent). */
  activityRatio: number;
  /** A sentence for the UI. */
  verdict: string;
}

/** Summarises a correlation curve from frame `reference` on (earlier frames are ignored). */
export function persistenceSummary(
  correlation: Float32Array,
  activity: Float32Array,
  reference: number,
): PersistenceSummary {
  const last = correlation.length - 1;
  let min = 1;
  let firstBelowHalf: number | null = null;
  for (let t = reference; t <= last; t++) {
    min = Math.min(min, correlation[t]);
    if (firstBelowHalf === null && correlation[t] < 0.5) firstBelowHalf = t;
  }
  const base = Math.abs(activity[reference] ?? 0);
  const end = Math.abs(activity[last]);
  const activityRatio = !Number.isFinite(end) ? Infinity : base > 0 ? end / base : 0;
  const final = correlation[last] ?? 0;
  let verdict: string;
  if (activityRatio === Infinity) verdict = 'the activity blows up: the dynamics are unstable';
  else if (activityRatio > 10) verdict = 'the activity keeps growing: the dynamics are unstable';
  else if (activityRatio < 0.05) verdict = 'the activity dies out: no persistent pattern';
  else if (final > 0.8 && min > 0.5) verdict = 'the pattern persists';
  else if (final > 0.8) verdict = 'the pattern is disturbed, then returns';
  else if (final > 0.3) verdict = 'the pattern drifts or moves';
  else verdict = 'the pattern is lost';
  return { final, min, firstBelowHalf, activityRatio, verdict };
}
