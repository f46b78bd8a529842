/**
 * The training batch's place-cell targets computed by tfjs instead of plain JS: the same formula as
 * placeCellTargets in ./placeCells.ts (docs/science.md §Navigation, difference of softmaxed
 * Gaussians, shifted by |min| and renormalised), as a handful of ops on the T·B × Np grid. In JS
 * this is 1.6M exp per step (a sixth of the n = 256 WASM step, and a GPU step's whole budget); here
 * the softmaxes are the backend's fast kernel, and the targets are born where the loss needs them
 * instead of being uploaded. Places that are read on the host (the start's code, probes) keep the
 * JS version.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { PlaceCells } from './placeCells';

/**
 * positions (m·2, metres) → [m, Np], each row a distribution over cells.
 * Squared distances come from coordinate differences, not |p|² − 2p·c + |c|², whose
 * cancellation would cost float32 digits that −d²/2σ² (σ = 0.12 m) magnifies ~35×.
 */
export function placeCellTargetsTensor(cells: PlaceCells, positions: Float32Array): tf.Tensor2D {
  const widthMeters = cells.widthMeters;
  return tf.tidy(() => {
    const [px, py] = tf.split(tf.tensor2d(positions, [positions.length / 2, 2]), 2, 1);
    const centres = tf.tensor2d(cells.centres, [cells.count, 2]);
    const [cx, cy] = tf.split(tf.transpose(centres), 2, 0);
    const d2 = tf.add(tf.squaredDifference(px, cx), tf.squaredDifference(py, cy));
    const logits = tf.mul(d2, -1 / (2 * widthMeters * widthMeters));
    // The surround's variance is twice the centre's: its logits are half of them.
    const difference = tf.sub(tf.softmax(logits), tf.softmax(tf.mul(logits, 0.5)));
    // Each softmax sums to 1, so the difference sums to 0 and its minimum is ≤ 0: |min| = −min.
    const shifted = tf.sub(difference, tf.min(difference, 1, true));
    return tf.mul(shifted, tf.reciprocal(tf.sum(shifted, 1, true))) as tf.Tensor2D;
  });
}
