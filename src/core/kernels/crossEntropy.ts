/**
 * Cross-entropy against soft targets, the loss of every head that reads out a distribution, and
 * its place-cell form for navigation. Each elementwise tfjs op over the [T·B, Np] logits is a
 * pass through memory (~1 ms each on WASM); with place cells, a backend with a kernel registered
 * under PLACE_CELL_CROSS_ENTROPY (WASM: ../wasm/kernels) makes the targets and the loss in one call.
 * Elsewhere the same maths runs as tfjs ops.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { PlaceCells } from '../tasks/navigation/placeCells';
import { placeCellTargetsTensor } from '../tasks/navigation/placeCellsOnDevice';

export const PLACE_CELL_CROSS_ENTROPY = 'ModuliPlaceCellCrossEntropy';

/**
 * Inputs of the fused kernel: logits [R, Np], positions [R, 2] (metres), centres [Np, 2]; its
 * one attribute is scale = −1/(2σ²). Its outputs: [dLogits [R, Np], parts [R], expSums [R]] with
 * loss term_r = parts_r + log(expSums_r) (see ../wasm/kernels/crossEntropyModule.ts).
 */
export interface PlaceCellCrossEntropyInputs extends tf.NamedTensorMap {
  logits: tf.Tensor2D;
  positions: tf.Tensor2D;
  centres: tf.Tensor2D;
}

export interface CrossEntropy {
  /** mean over rows of logSumExp(logits_r) − Σ_i y_ri·logits_ri. */
  loss: tf.Scalar;
  /** d loss / d logits = (softmax(logits) − y) / rows. */
  dLogits: tf.Tensor2D;
}

/**
 * Rows of `targets` summing to 1. Uses tf.softmax (a fast kernel on WASM) rather than
 * logSoftmax: log-sum-exp = max(logits) − log(max(softmax)) (docs/architecture.md §Performance).
 * Call inside tf.tidy.
 */
export function softTargetCrossEntropy(
  logits: tf.Tensor2D,
  targets: tf.Tensor2D,
): CrossEntropy & { logSumExp: tf.Tensor1D } {
  const rows = logits.shape[0];
  const probs = tf.softmax(logits);
  const logSumExp = tf.sub(tf.max(logits, 1), tf.log(tf.max(probs, 1))) as tf.Tensor1D;
  const loss = tf.sub(tf.mean(logSumExp), tf.div(tf.sum(tf.mul(targets, logits)), rows));
  const dLogits = tf.div(tf.sub(probs, targets), rows) as tf.Tensor2D;
  return { loss: loss as tf.Scalar, dLogits, logSumExp };
}

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
