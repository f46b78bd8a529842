/**
 * One navigation training batch (docs/science.md §Navigation): the network gets the start's
 * place-cell code (through the encoder, for h0) and the velocities, and must predict the place-cell
 * code after each step.
 */
import type { Rng } from '../../random';
import { placeCellTargetsFor, type PlaceCellTargets } from './crossEntropy';
import { placeCellTargets, type PlaceCells } from './placeCells';
import { randomWalk } from './trajectory';

export interface NavigationBatchOptions {
  seqLen: number;
  batch: number;
  boxMeters?: number;
}

/** Time-major arrays: element (t·B + b)·features + f. */
export interface NavigationBatch {
  seqLen: number;
  batch: number;
  /** (T·B·2) speed·dt·(cos, sin)(heading), the RNN input at each step. */
  velocities: Float32Array;
  /** (B·Np) place-cell code of the start positions, the encoder's input for h0. */
  startCode: Float32Array;
  /**
   * The place-cell code of the position after each step, [T·B, Np], as the cells and those
   * positions: the loss makes the code on the device, fused with itself where it can.
   */
  targets: PlaceCellTargets;
  /** (T·B·2) true positions after each step, for the error in cm. */
  positions: Float32Array;
}

/** Draws B fresh walks of T steps and their place-cell codes. */
export function navigationBatch(
  rng: Rng,
  cells: PlaceCells,
  options: NavigationBatchOptions,
): NavigationBatch {
  const { seqLen, batch } = options;
  const walk = randomWalk(rng, { seqLen, batch, boxMeters: options.boxMeters });
  return {
    seqLen,
    batch,
    velocities: walk.velocities,
    startCode: placeCellTargets(cells, walk.startPositions),
    targets: placeCellTargetsFor(cells, walk.positions),
    positions: walk.positions,
  };
}
