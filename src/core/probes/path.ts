/**
 * Turning a path the user drags across the arena into the network's input: one velocity per
 * time step of dt = 0.02 s (docs/science.md §Navigation), and back from velocities to the true
 * positions. The dragged polyline is walked at a constant speed (the cap), so how fast the mouse
 * moved does not matter: a slow careful drawing and a quick flick give the same trajectory.
 */
import { DEFAULT_DT_SECONDS } from '../tasks/navigation/trajectory';

/**
 * Default speed along a drawn path, m/s: about the mean speed of the training walks
 * (Rayleigh scale 0.13·2π ≈ 0.82 m/s has mean ≈ 1.02 m/s), so the network sees familiar steps.
 */
export const DEFAULT_PATH_SPEED_METERS_PER_SECOND = 1;

export interface PathOptions {
  speedMetersPerSecond?: number;
  dtSeconds?: number;
  /** Upper bound on the number of steps (the rest of a longer path is dropped). */
  maxSteps?: number;
}

export interface PathInput {
  start: [number, number];
  /** (T·2) displacement per step, metres; each of length ≤ speed·dt. */
  velocities: Float32Array;
  /** (T·2) position after each step, metres. */
  positions: Float32Array;
}

/**
 * Resamples the polyline `points` (m·2, metres) at equal arc-length steps of speed·dt from its
 * first point; the last step may be shorter so the walk ends exactly on the last point.
 */
export function pathVelocities(points: ArrayLike<number>, options: PathOptions = {}): PathInput {
  const stepMeters =
    (options.speedMetersPerSecond ?? DEFAULT_PATH_SPEED_METERS_PER_SECOND) *
    (options.dtSeconds ?? DEFAULT_DT_SECONDS);
  if (!(stepMeters > 0)) throw new Error('pathVelocities: speed and dt must be positive');
  const m = Math.floor(points.length / 2);
  if (m === 0) throw new Error('pathVelocities: the path has no points');
  const cumulative = new Float64Array(m);
  for (let i = 1; i < m; i++) {
    const dx = points[2 * i] - points[2 * i - 2];
    const dy = points[2 * i + 1] - points[2 * i - 1];
    cumulative[i] = cumulative[i - 1] + Math.hypot(dx, dy);
  }
  const length = cumulative[m - 1];
  // The slack keeps float32 round-off (a 0.1 m line is 0.100000001 m) from adding a nm-long step.
  const steps = Math.min(options.maxSteps ?? Infinity, Math.ceil(length / stepMeters - 1e-6));
  const positions = new Float32Array(steps * 2);
  const velocities = new Float32Array(steps * 2);
  let segment = 1;
  let px = points[0];
  let py = points[1];
  for (let t = 0; t < steps; t++) {
    const s = Math.min((t + 1) * stepMeters, length);
    while (segment < m - 1 && cumulative[segment] < s) segment++;
    const span = cumulative[segment] - cumulative[segment - 1];
    const f = span > 0 ? (s - cumulative[segment - 1]) / span : 1;
    const x = points[2 * segment - 2] + f * (points[2 * segment] - points[2 * segment - 2]);
    const y = points[2 * segment - 1] + f * (points[2 * segment + 1] - points[2 * segment - 1]);
    positions.set([x, y], 2 * t);
    velocities.set([x - px, y - py], 2 * t);
    px = x;
    py = y;
  }
  return { start: [points[0], points[1]], velocities, positions };
}

/** True positions after each step: start + cumulative sum of the velocities (T·2). */
export function integratePath(start: [number, number], velocities: Float32Array): Float32Array {
  const positions = new Float32Array(velocities.length);
  let x = start[0];
  let y = start[1];
  for (let t = 0; t < velocities.length / 2; t++) {
    x += velocities[2 * t];
    y += velocities[2 * t + 1];
    positions[2 * t] = x;
    positions[2 * t + 1] = y;
  }
  return positions;
}

/** The first `steps` velocities of `velocities`, padded with zeros (standing still) if shorter. */
export function fitVelocities(velocities: Float32Array, steps: number): Float32Array {
  const out = new Float32Array(steps * 2);
  out.set(velocities.subarray(0, Math.min(velocities.length, steps * 2)));
  return out;
}
