/**
 * Navigation's loss: cross-entropy against the place-cell code of the true positions
 * (docs/science.md §Navigation). On a backend with the fused kernel registered under
 * PLACE_CELL_CROSS_ENTROPY (WASM) the code and the loss come from one call; elsewhere the code
 * is made on the device and the generic soft-target cross-entropy runs as tfjs ops.
 */
import * as tf from '@tensorflow/tfjs-core';
import {
  PLACE_CELL_CROSS_ENTROPY,
  softTargetCrossEntropy,
  type CrossEntropy,
  type PlaceCellCrossEntropyInputs,
} from '../../kernels/crossEntropy';
import type { DeviceTargets } from '../../model/heads';
import type { PlaceCells } from './placeCells';
import { placeCellTargetsTensor } from './placeCellsOnDevice';

/** The cross-entropy against the place-cell code (docs/science.md §Navigation) of `positions` (R·2, metres). */
export function placeCellCrossEntropy(
  logits: tf.Tensor2D,
  cells: PlaceCells,
  positions: Float32Array,
): CrossEntropy {
  if (!tf.getKernel(PLACE_CELL_CROSS_ENTROPY, tf.getBackend())) {
    return tf.tidy(() => {
      const { loss, dLogits } = softTargetCrossEntropy(
        logits,
        placeCellTargetsTensor(cells, positions),
      );
      return { loss, dLogits };
    });
  }
  return tf.tidy(() => {
    const inputs: PlaceCellCrossEntropyInputs = {
      logits,
      positions: tf.tensor2d(positions, [positions.length / 2, 2]),
      centres: tf.tensor2d(cells.centres, [cells.count, 2]),
    };
    const scale = -1 / (2 * cells.widthMeters * cells.widthMeters);
    const [dLogits, parts, expSums] = tf
      .engine()
      .runKernel(PLACE_CELL_CROSS_ENTROPY, inputs, { scale }) as unknown as tf.Tensor[];
    return {
      loss: tf.mean(tf.add(parts, tf.log(expSums))) as tf.Scalar,
      dLogits: dLogits as tf.Tensor2D,
    };
  });
}

/** The place-cell code of `positions` as a head's targets, made on the device by the loss. */
export interface PlaceCellTargets extends DeviceTargets {
  placeCells: PlaceCells;
  positions: Float32Array;
}

export function placeCellTargetsFor(cells: PlaceCells, positions: Float32Array): PlaceCellTargets {
  return {
    placeCells: cells,
    positions,
    crossEntropy: (logits) => placeCellCrossEntropy(logits, cells, positions),
  };
}
