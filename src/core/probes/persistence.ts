/**
 * Comparing patterns of activity: the Pearson correlation of population vectors, frame by
 * frame, and the mean activity per frame. Correlation is blind to overall scale, so a probe's
 * measures (../attractor) also report the activity ratio: a pattern that fades is no memory.
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
