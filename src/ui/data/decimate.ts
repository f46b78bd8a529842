/**
 * Per-pixel min/max decimation: however many steps are stored, a line chart draws at most
 * two vertices per pixel column, so it stays smooth at tens of thousands of steps and still
 * shows every spike (a plain subsample would hide them).
 */
import { lowerBound } from '../../state/streams/columnStore';

export interface Decimated {
  /** Pixel columns, i.e. the length of the arrays below. */
  width: number;
  /** Smallest and largest finite y in each column (NaN where the column is empty). */
  min: Float64Array;
  max: Float64Array;
  /** First and last finite y in each column, so consecutive columns join where the data did. */
  first: Float64Array;
  last: Float64Array;
  /** Finite points per column. */
  count: Uint32Array;
}

/**
 * Bins the points with x in [from, to] (xs sorted ascending, only the first `length` read)
 * into `pixelWidth` equal columns: column c covers x ∈ [from + c·w, from + (c+1)·w),
 * w = (to − from) / pixelWidth, the last column also holding x = to. Non-finite ys are skipped.
 */
export function decimate(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  from: number,
  to: number,
  pixelWidth: number,
  length: number = Math.min(xs.length, ys.length),
): Decimated {
  const width = Math.max(0, Math.floor(pixelWidth));
  const min = new Float64Array(width).fill(NaN);
  const max = new Float64Array(width).fill(NaN);
  const first = new Float64Array(width).fill(NaN);
  const last = new Float64Array(width).fill(NaN);
  const count = new Uint32Array(width);
  const out = { width, min, max, first, last, count };
  if (width === 0 || length === 0 || !(to >= from)) return out;
  const span = to - from;
  const perX = span > 0 ? width / span : 0;
  for (let i = lowerBound(xs, length, from); i < length; i++) {
    const x = xs[i];
    if (x > to) break;
    const y = ys[i];
    if (!Number.isFinite(y)) continue;
    const c = Math.min(width - 1, Math.floor((x - from) * perX));
    if (count[c] === 0) {
      min[c] = y;
      max[c] = y;
      first[c] = y;
    } else {
      if (y < min[c]) min[c] = y;
      if (y > max[c]) max[c] = y;
    }
    last[c] = y;
    count[c]++;
  }
  return out;
}
