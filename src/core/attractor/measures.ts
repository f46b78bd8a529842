/**
 * The numbers behind "this network is an attractor", each meant for one kind of probe
 * (docs/attractors.md defines them and says why each threshold is where it is):
 *
 * - locality: is the activity gathered in one place of the units' own geometry (a bump)?
 *   The activity-weighted mean distance to its medoid, against the same with the activity
 *   dealt to randomly permuted units. 0: no more gathered than chance; 1: a single point.
 * - pair similarity: does the pattern stay? Correlation of the sum of two consecutive frames
 *   with the sum of the first two, so a state that flips between two patterns every step
 *   (period 2, common in trained ReLU networks) counts as the same pattern, not as "lost".
 * - drift: how far the decoded position wanders from the start in a free run (navigation).
 * - path error against standing still: along a path, how far the decoded position is from the
 *   true one, next to a decoder that never leaves the start.
 * - recovery: after a kick, how close the run comes back to the run that was not kicked.
 */
import type { Rng } from '../random';
import { patternCorrelation } from '../probes/persistence';

/**
 * Activity-weighted mean distance from the medoid (the unit whose weighted distance to the
 * activity is least). `distances` is the n × n matrix of the units' geodesic distances.
 * NaN when there is no activity to place.
 */
export function activitySpread(h: ArrayLike<number>, distances: Float32Array, n: number): number {
  const active: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) {
    const v = h[k];
    if (v > 0 && Number.isFinite(v)) {
      active.push(k);
      total += v;
    }
  }
  if (!(total > 0)) return NaN;
  let best = Infinity;
  for (let j = 0; j < n; j++) {
    const row = j * n;
    let s = 0;
    for (const k of active) s += h[k] * distances[row + k];
    if (s < best) best = s;
  }
  return best / total;
}

export interface Locality {
  /** Spread with the units where they are. */
  spread: number;
  /** Mean spread over random permutations of the activity across units: the no-geometry baseline. */
  shuffledSpread: number;
  /** 1 − spread / shuffledSpread; NaN for a silent frame. */
  index: number;
}

/** How ReLU or tanh activity is placed: only positive activity counts as "where the bump is". */
export function locality(
  h: ArrayLike<number>,
  distances: Float32Array,
  n: number,
  rng: Rng,
  shuffles = 8,
): Locality {
  const spread = activitySpread(h, distances, n);
  const permuted = Float32Array.from({ length: n }, (_, j) => h[j]);
  let sum = 0;
  for (let s = 0; s < shuffles; s++) {
    for (let j = n - 1; j > 0; j--) {
      const r = rng.int(j + 1);
      const t = permuted[j];
      permuted[j] = permuted[r];
      permuted[r] = t;
    }
    sum += activitySpread(permuted, distances, n);
  }
  const shuffledSpread = sum / shuffles;
  return { spread, shuffledSpread, index: 1 - spread / shuffledSpread };
}

/**
 * Mean locality index over the frames (frames·n) from `from` on, every `every`-th frame;
 * silent frames are left out. NaN when every frame was silent.
 */
export function meanLocality(
  frames: Float32Array,
  n: number,
  distances: Float32Array,
  rng: Rng,
  { from = 1, every = 1 }: { from?: number; every?: number } = {},
): number {
  const count = frames.length / n;
  let sum = 0;
  let used = 0;
  for (let t = from; t < count; t += every) {
    const { index } = locality(frames.subarray(t * n, (t + 1) * n), distances, n, rng);
    if (Number.isFinite(index)) {
      sum += index;
      used++;
    }
  }
  return used > 0 ? sum / used : NaN;
}

/**
 * Locality of the wiring rather than the activity: for every unit, the locality index of the
 * magnitudes of its incoming weights |W_hh[j, ·]| (itself left out), averaged over units. High
 * when each unit's strong links gather in one place of the geometry (around it, or on a ring
 * about it), about 0 when they are scattered as if the units had no places.
 */
export function linkLocality(
  whh: Float32Array,
  n: number,
  distances: Float32Array,
  rng: Rng,
  maxRows = 64,
): number {
  const row = new Float32Array(n);
  // A row costs n² (the medoid search): at most `maxRows` evenly spaced rows are read, all of
  // them up to n = 64, which keeps n = 4096 to seconds instead of hours.
  const rows = Math.min(n, maxRows);
  let sum = 0;
  let used = 0;
  for (let r = 0; r < rows; r++) {
    const j = Math.floor((r * n) / rows);
    for (let k = 0; k < n; k++) row[k] = k === j ? 0 : Math.abs(whh[j * n + k]);
    const { index } = locality(row, distances, n, rng, 4);
    if (Number.isFinite(index)) {
      sum += index;
      used++;
    }
  }
  return used > 0 ? sum / used : NaN;
}

/**
 * s_t = corr(h_{t−1} + h_t, h_1 + h_2) for every frame t ≥ 2 of (frames·n) (s_0 = s_1 = 1 by
 * definition: frame 0 is the encoder's linear h0, not yet a state of the recurrent dynamics).
 */
export function pairSimilarity(frames: Float32Array, n: number): Float32Array {
  const count = frames.length / n;
  const out = new Float32Array(count).fill(1);
  if (count < 3) return out;
  const pair = (t: number) => {
    const s = new Float32Array(n);
    for (let j = 0; j < n; j++) s[j] = frames[(t - 1) * n + j] + frames[t * n + j];
    return s;
  };
  const reference = pair(2);
  for (let t = 2; t < count; t++) out[t] = patternCorrelation(pair(t), reference);
  return out;
}

/**
 * Mean ‖a_t − b_t‖ (cm) over (T·2) positions in metres, over the first `axes` coordinates
 * (1: x only, for a ring that stores one coordinate).
 */
export function meanErrorCm(a: Float32Array, b: Float32Array, axes: 1 | 2 = 2): number {
  if (a.length !== b.length) throw new Error('meanErrorCm: length mismatch');
  const steps = a.length / 2;
  let sum = 0;
  for (let t = 0; t < steps; t++) {
    const dx = a[2 * t] - b[2 * t];
    sum += axes === 2 ? Math.hypot(dx, a[2 * t + 1] - b[2 * t + 1]) : Math.abs(dx);
  }
  return (100 * sum) / Math.max(1, steps);
}

/** A fixed point repeated for T steps (T·2). */
export function repeatPoint(point: readonly [number, number], steps: number): Float32Array {
  return Float32Array.from({ length: steps * 2 }, (_, i) => point[i % 2]);
}

/**
 * Mean distance (cm) of positions (T·2) from a fixed point: a free run's drift from its start,
 * or, for the true path, the error of a decoder that stays at the start (the bar to beat).
 */
export function driftCm(
  positions: Float32Array,
  from: readonly [number, number],
  axes: 1 | 2 = 2,
): number {
  return meanErrorCm(positions, repeatPoint(from, positions.length / 2), axes);
}

/**
 * After a kick at frame `kick`: the paired correlation with the unkicked run at the last frame,
 * and the first frame after the kick where it is back to ≥ `threshold` (null: never).
 */
export function recovery(
  paired: Float32Array,
  kick: number,
  threshold = 0.9,
): { final: number; atKick: number; recoveredAt: number | null } {
  let recoveredAt: number | null = null;
  for (let t = kick + 1; t < paired.length; t++) {
    if (paired[t] >= threshold) {
      recoveredAt = t;
      break;
    }
  }
  return { final: paired[paired.length - 1] ?? 0, atKick: paired[kick] ?? 0, recoveredAt };
}
