/**
 * Cross-entropy against soft targets, the loss of every head that reads out a distribution, and
 * the contract of a fused kernel that makes Gaussian-code targets and the loss in one call
 * (PLACE_CELL_CROSS_ENTROPY; WASM: ../wasm/kernels). Each elementwise tfjs op over the [T·B, Np]
 * logits is a pass through memory (~1 ms each on WASM), hence the fused form. Its user, the
 * navigation task, lives with its task (../tasks/navigation/crossEntropy.ts).
 */
import * as tf from '@tensorflow/tfjs-core';

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
