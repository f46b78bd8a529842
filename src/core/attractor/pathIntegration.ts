/**
 * Path integration as a number: the decoded error along random walks like the training ones
 * but 1×, 2×, 5× and 10× as long as the training sequences. A network that integrates velocity
 * keeps its error low as the walks grow; one that learnt only the training length does not.
 * The same walks (seeded) for every network, so a trained run, its untrained start and the
 * hand-built reference are compared on equal terms.
 */
import { Rng } from '../random';
import { randomWalk } from '../tasks/navigation/trajectory';
import { driftCm, meanErrorCm } from './measures';

/** A network as a navigator: from a start (m) and velocities (T·2, m per step) to decoded places (T·2). */
export type Navigate = (start: [number, number], velocities: Float32Array) => Float32Array;

export interface PathIntegrationPoint {
  /** Walk length as a multiple of the training sequence length. */
  multiple: number;
  steps: number;
  /** Mean decoded error over the walks and their steps (cm). */
  errorCm: number;
  /** The same for a decoder that stays at the start: the bar to beat (cm). */
  standStillCm: number;
}

export interface PathIntegrationOptions {
  /** The training sequence length T. */
  seqLen: number;
  boxMeters: number;
  multiples?: readonly number[];
  walks?: number;
  seed?: number;
  /** 1: only x counts (a ring stores one coordinate). */
  axes?: 1 | 2;
}

export const PATH_MULTIPLES = [1, 2, 5, 10] as const;

export function pathIntegrationProfile(
  navigate: Navigate,
  options: PathIntegrationOptions,
): PathIntegrationPoint[] {
  const { seqLen, boxMeters, multiples = PATH_MULTIPLES, walks = 16, seed = 1, axes = 2 } = options;
  return multiples.map((multiple) => {
    const steps = multiple * seqLen;
    const walk = randomWalk(new Rng(seed * 1000 + multiple), {
      seqLen: steps,
      batch: walks,
      boxMeters,
    });
    let error = 0;
    let still = 0;
    for (let b = 0; b < walks; b++) {
      const velocities = new Float32Array(steps * 2);
      const truth = new Float32Array(steps * 2);
      // randomWalk lays steps out time-major (t, b); a navigator takes one walk at a time.
      for (let t = 0; t < steps; t++) {
        for (let c = 0; c < 2; c++) {
          velocities[2 * t + c] = walk.velocities[(t * walks + b) * 2 + c];
          truth[2 * t + c] = walk.positions[(t * walks + b) * 2 + c];
        }
      }
      const start: [number, number] = [walk.startPositions[2 * b], walk.startPositions[2 * b + 1]];
      error += meanErrorCm(navigate(start, velocities), truth, axes);
      still += driftCm(truth, start, axes);
    }
    return { multiple, steps, errorCm: error / walks, standStillCm: still / walks };
  });
}
