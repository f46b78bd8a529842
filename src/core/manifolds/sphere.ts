/**
 * The sphere S² of radius 5 (paper, Appendix D): points are unit vectors u ∈ R³ and
 * d(u, v) = 5·arccos(clamp(u·v, −1, 1)) (docs/science.md §Manifolds), at most 5π (antipodes).
 */
import * as tf from '@tensorflow/tfjs-core';
import { defineManifold } from './define';
import { budgetWidth } from './unfolding';
import {
  columns,
  differences,
  rowSums,
  safeReciprocal,
  safeSqrt,
  sumOfSquares,
  sums,
} from './pairwise';

const RADIUS = 5;
const SCENE_RADIUS = 3;

const onSphere = (x: number, y: number, z: number): [number, number, number] => {
  const s = SCENE_RADIUS / Math.hypot(x, y, z);
  return [s * x, s * y, s * z];
};

/** Row-wise u/‖u‖. */
const normalize = (points: tf.Tensor2D): tf.Tensor2D =>
  tf.div(points, tf.norm(points, 'euclidean', 1, true));

export const sphere = defineManifold({
  id: 'sphere',
  label: 'Sphere',
  dim: 3,
  maxDistance: RADIUS * Math.PI,
  /** Normalised standard Gaussian vectors are uniform on S² (rotation invariance). */
  sample(n, rng) {
    const out = new Float32Array(3 * n);
    for (let j = 0; j < n; j++) {
      let v: number[];
      let r: number;
      do {
        v = [rng.normal(), rng.normal(), rng.normal()];
        r = Math.hypot(...v);
      } while (r === 0);
      out.set(
        v.map((x) => x / r),
        3 * j,
      );
    }
    return out;
  },
  /** The cosine is taken of the normalised vectors, so float32 storage cannot push it past ±1. */
  metric(p, i, q, j) {
    const dot = p[i] * q[j] + p[i + 1] * q[j + 1] + p[i + 2] * q[j + 2];
    const norms = Math.hypot(p[i], p[i + 1], p[i + 2]) * Math.hypot(q[j], q[j + 1], q[j + 2]);
    return RADIUS * Math.acos(Math.min(1, Math.max(-1, dot / norms)));
  },
  /**
   * Same angle as arccos(u·v), written θ = 2·atan2(a, b) with a = ‖u − v‖, b = ‖u + v‖ for the
   * tensor: arccos has an infinite derivative at ±1 (the diagonal, antipodes) and in float32
   * u·v ≈ 1 loses the small angles (arccos(1 − 6e−8) ≈ 3.5e−4). a and b go through a safe sqrt,
   * and atan2's gradient is finite because a² + b² = 4. Positions are normalised first, so the
   * gradient is tangent to the sphere.
   */
  squaredDistances(points) {
    const norms = tf.norm(points, 'euclidean', 1, true);
    const u = tf.div(points, norms) as tf.Tensor2D;
    const coordinates = columns(u);
    const chord2 = sumOfSquares(coordinates.map(differences));
    const opposite2 = sumOfSquares(coordinates.map(sums));
    const [chord, opposite] = [safeSqrt(chord2), safeSqrt(opposite2)];
    const distances = tf.mul(2 * RADIUS, tf.atan2(chord, opposite));
    return {
      squared: tf.mul(distances, distances) as tf.Tensor2D,
      /**
       * ∂d²/∂u_j = 2d·R·∂θ/∂u_j, ∂θ/∂u_j = 2·[(b/a)(u_j − u_k) − (a/b)(u_j + u_k)]/(a² + b²),
       * with b/a = 0 where a = 0 and a/b = 0 where b = 0 (the safe sqrt's zero gradients). With
       * `towards` and `away` the weighted coefficients of u_j − u_k and u_j + u_k, the sum over k
       * is u_j·Σ_k(towards − away) − (towards + away)·u, one product with u; then through
       * u = p/‖p‖: (g − u(u·g))/‖p‖.
       */
      pullback(w) {
        const scale = tf.mul(w, tf.div(tf.mul(4 * RADIUS, distances), tf.add(chord2, opposite2)));
        const towards = tf.mul(scale, tf.mul(opposite, safeReciprocal(chord)));
        const away = tf.mul(scale, tf.mul(chord, safeReciprocal(opposite)));
        const gradU = tf.sub(
          tf.mul(u, rowSums(tf.sub(towards, away))),
          tf.matMul(tf.add(towards, away), u),
        );
        return tf.div(tf.sub(gradU, tf.mul(u, rowSums(tf.mul(u, gradU)))), norms);
      },
    };
  },
  project: normalize,
  scenePoint: (p, i) => onSphere(p[i], p[i + 1], p[i + 2]),
  surface: {
    kind: 'surface',
    point(u, v) {
      const [phi, theta] = [2 * Math.PI * u, Math.PI * v];
      return onSphere(
        Math.sin(theta) * Math.cos(phi),
        Math.sin(theta) * Math.sin(phi),
        Math.cos(theta),
      );
    },
  },
  sceneNote: 'The sphere itself: each unit at its unit vector.',
  orderKey: (p, i) => Math.atan2(p[i + 1], p[i]),
  unfolding: {
    shape: 'wide',
    caption: 'Sphere as longitude × latitude; the top and bottom rows are the poles.',
    measure: 4 * Math.PI * RADIUS * RADIUS,
    width: (n) => budgetWidth(n, 32, 72, Math.SQRT2),
    point(u, v) {
      const lon = 2 * Math.PI * u - Math.PI;
      const lat = Math.PI / 2 - Math.PI * v;
      return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
    },
  },
});
