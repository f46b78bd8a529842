/**
 * Pairwise building blocks for distance matrices: a JS loop that fills a symmetric n × n
 * Float32Array from a metric (fast enough for n = 2048: one metric call per pair), and the
 * tensor pieces every differentiable distance needs (pairwise differences, a safe sqrt).
 */
import * as tf from '@tensorflow/tfjs-core';

/** Distance between the point at offset i of p and the point at offset j of q. */
export type Metric = (p: ArrayLike<number>, i: number, q: ArrayLike<number>, j: number) => number;

/** M[j,k] = metric(p_j, p_k) for row-major n × dim points; the diagonal is exactly 0. */
export function symmetricMatrix(points: Float32Array, dim: number, metric: Metric): Float32Array {
  const n = points.length / dim;
  const out = new Float32Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let k = j + 1; k < n; k++) {
      const d = metric(points, j * dim, points, k * dim);
      out[j * n + k] = d;
      out[k * n + j] = d;
    }
  }
  return out;
}

/** [n, n, dim] tensor of p_j − p_k. */
export function pairwiseDifferences(points: tf.Tensor2D): tf.Tensor3D {
  return tf.sub(tf.expandDims(points, 1), tf.expandDims(points, 0));
}

/**
 * √x with value 0 and gradient 0 where x = 0. Plain tf.sqrt has an infinite derivative at 0,
 * which turns into NaN (∞·0) on the diagonal and for coincident points; sqrt(x + ε) would
 * instead shift every distance. Here the masked entries take √1 before being zeroed, so the
 * value is exact and the gradient finite (0 there: a valid subgradient of ‖·‖). The mask is a
 * tf.step, whose gradient is 0 (a tf.greater mask would have no gradient at all and break tf.grad).
 */
export function safeSqrt(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const positive = tf.step(x);
    return tf.mul(tf.sqrt(tf.add(x, tf.sub(1, positive))), positive);
  });
}

/** Euclidean norm over the last axis of [n, n, dim] differences, with a safe sqrt. */
export function pairwiseNorm(differences: tf.Tensor3D): tf.Tensor2D {
  return tf.tidy(() => safeSqrt(tf.sum(tf.square(differences), 2)) as tf.Tensor2D);
}
