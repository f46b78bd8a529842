/**
 * The random walk of a rat in a square box (Sorscher et al.'s grid-cell generator, as the
 * paper's authors run it; docs/science.md §Navigation). Plain loops on Float32Arrays: it runs every
 * training step, in the worker, without tfjs.
 *
 * Conventions, checked against the authors' generator output (fixture `navigation.traj`):
 * - velocity input v[t] = speed_t·dt·(cos h_t, sin h_t) (their ego_v·(cos, sin)(target_hd));
 * - positions[t] = positions[t−1] + v[t] with positions[−1] = the start position, so the first
 *   velocity is applied from the start and positions[t] is where the rat is after step t;
 * - the heading turns after the move: h_{t+1} = h_t + wallTurn + dt·turnRate, so a wall turn
 *   shows in the next step's velocity.
 * Like the authors' generator, we take one step from the uniform draw before recording and call
 * where it lands the start (their init_x = position[1]); the start is thus uniform in the box up
 * to one step (≈ 2 cm), and its heading has already had one random turn (their init_hd is the
 * heading before that step: target_hd[0] = init_hd + one turn).
 */
import type { Rng } from '../../random';

export const DEFAULT_BOX_METERS = 2.2;
export const DEFAULT_DT_SECONDS = 0.02;
/** Rayleigh scale of the forward speed, m/s (Sorscher: b = 0.13·2π). */
const SPEED_SCALE_METERS_PER_SECOND = 0.13 * 2 * Math.PI;
/** Standard deviation of the turn rate, rad/s (Sorscher: σ = 5.76·2). */
const TURN_RATE_STD_RAD_PER_SECOND = 11.52;
/** Distance to a wall under which the rat turns away from it (Sorscher: border_region). */
const WALL_BORDER_METERS = 0.03;
/** Factor on the speed of a step taken near a wall while heading towards it. */
const WALL_SLOWDOWN = 0.25;

export interface WalkOptions {
  seqLen: number;
  batch: number;
  boxMeters?: number;
  dtSeconds?: number;
}

/** A batch of walks, time-major: element (t·B + b)·2 + axis. */
export interface Walk {
  /** (B·2) where each walk starts, before its first velocity. */
  startPositions: Float32Array;
  /** (T·B·2) Cartesian displacement per step, speed·dt·(cos, sin)(heading), metres. */
  velocities: Float32Array;
  /** (T·B·2) position after each velocity step, metres. */
  positions: Float32Array;
}

/** Wraps an angle to [−π, π), as numpy's mod(a + π, 2π) − π. */
function wrapAngle(a: number): number {
  return a - 2 * Math.PI * Math.floor((a + Math.PI) / (2 * Math.PI));
}

/**
 * Sorscher's `avoid_wall`: the nearest wall is the smallest of (half − x, half − y, half + x,
 * half + y), whose outward normals point at angles (0, π/2, π, 3π/2) (first one on ties). With
 * a = wrap(heading − normal), the rat heads towards that wall when |a| < π/2. If it does and is
 * within WALL_BORDER_METERS, it turns by sign(a)·(π/2 − |a|), i.e. to run parallel to the wall.
 * Returns that turn, or null when the wall is not in the way.
 */
export function wallTurn(
  x: number,
  y: number,
  headingRad: number,
  halfBoxMeters: number,
): number | null {
  const distances = [halfBoxMeters - x, halfBoxMeters - y, halfBoxMeters + x, halfBoxMeters + y];
  let nearest = 0;
  for (let w = 1; w < 4; w++) if (distances[w] < distances[nearest]) nearest = w;
  const a = wrapAngle(headingRad - (nearest * Math.PI) / 2);
  if (distances[nearest] >= WALL_BORDER_METERS || Math.abs(a) >= Math.PI / 2) return null;
  return Math.sign(a) * (Math.PI / 2 - Math.abs(a));
}

/**
 * Draws B walks of T steps in a box of side boxMeters centred at 0 (non-periodic, no clipping).
 * Draw uniform in the box, heading uniform in [0, 2π) (then one unrecorded step, see above);
 * each step: speed ~ Rayleigh(0.13·2π), ×0.25 and a turn from `wallTurn` near a wall,
 * position += speed·dt·(cos, sin)(heading), heading += turn + dt·N(0, 11.52).
 */
export function randomWalk(rng: Rng, options: WalkOptions): Walk {
  const { seqLen, batch } = options;
  const boxMeters = options.boxMeters ?? DEFAULT_BOX_METERS;
  const dt = options.dtSeconds ?? DEFAULT_DT_SECONDS;
  const half = boxMeters / 2;
  const startPositions = new Float32Array(batch * 2);
  const velocities = new Float32Array(seqLen * batch * 2);
  const positions = new Float32Array(seqLen * batch * 2);
  for (let b = 0; b < batch; b++) {
    let x = rng.range(-half, half);
    let y = rng.range(-half, half);
    let heading = rng.range(0, 2 * Math.PI);
    // Step −1 is the authors' unrecorded first step; its end point is the start.
    for (let t = -1; t < seqLen; t++) {
      let speed = rng.rayleigh(SPEED_SCALE_METERS_PER_SECOND);
      const turn = wallTurn(x, y, heading, half);
      if (turn !== null) speed *= WALL_SLOWDOWN;
      const dx = speed * dt * Math.cos(heading);
      const dy = speed * dt * Math.sin(heading);
      x += dx;
      y += dy;
      heading += (turn ?? 0) + dt * TURN_RATE_STD_RAD_PER_SECOND * rng.normal();
      if (t < 0) {
        startPositions[2 * b] = x;
        startPositions[2 * b + 1] = y;
      } else {
        const i = (t * batch + b) * 2;
        velocities[i] = dx;
        velocities[i + 1] = dy;
        positions[i] = x;
        positions[i + 1] = y;
      }
    }
  }
  return { startPositions, velocities, positions };
}
