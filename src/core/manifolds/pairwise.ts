/**
 * Pairwise building blocks for distance matrices: a JS loop that fills a symmetric n × n
 * Float32Array from a metric (fast enough for n = 2048: one metric call per pair), and the
 * tensor pieces every squared-distance formula and its pullback need. The tensor pieces work one
 * coordinate at a time on [n, n] matrices: on WASM a broadcast over [n, n, dim] costs ~20× an
 * [n, n] elementwise op, and a column sum (or tf.sum over axis 0) ~10× a row sum.
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

/** The coordinates of [n, dim] points as dim columns [n, 1]. */
export function columns(points: tf.Tensor2D): tf.Tensor2D[] {
  return points.shape[1] === 1 ? [points] : tf.split(points, points.shape[1], 1);
}

/** [n, n] matrix of x_j − x_k for a column x [n, 1]. */
export function differences(x: tf.Tensor2D): tf.Tensor2D {
  return tf.sub(x, tf.reshape(x, [1, x.shape[0]]));
}

/** [n, n] matrix of x_j + x_k for a column x [n, 1]. */
export function sums(x: tf.Tensor2D): tf.Tensor2D {
  return tf.add(x, tf.reshape(x, [1, x.shape[0]]));
}

/** Σ_i xᵢ ⊙ xᵢ over a list of same-shape tensors. */
export function sumOfSquares(xs: tf.Tensor2D[]): tf.Tensor2D {
  return xs.map((x) => tf.mul<tf.Tensor2D>(x, x)).reduce((sum, x) => tf.add(sum, x));
}

/** Σ_k m[j,k] as a column [n, 1]. */
export function rowSums(m: tf.Tensor2D): tf.Tensor2D {
  return tf.sum(m, 1, true);
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

/** 1/x where x > 0 and 0 where x = 0 (x ≥ 0): the zeros of safeSqrt's gradient, by hand. */
export function safeReciprocal(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const positive = tf.step(x);
    return tf.div(positive, tf.add(x, tf.sub(1, positive)));
  });
}
