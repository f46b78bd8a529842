/**
 * The moduli penalty on W_hh (docs/science.md §Regularizer): P = λ·mean_{j,k} C[j,k]·|W[j,k]|^ℓ, ℓ
 * ∈ {1, 2} (the authors' mean over n²; the paper's sum is n² times larger). Its gradient is ∂P/∂W =
 * λ/n² · C ⊙ ℓ|W|^{ℓ−1}·sign(W), with sign(0) = 0: a pruned (zero) weight is not pushed.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig } from '../config/schema';
import type { Manifold } from '../manifolds/types';
import { inhibitorOfSquared, realisedKappa } from '../inhibitors';
import { dot } from '../wasm/kernels/dot';
import { symmetricSum } from '../wasm/kernels/symmetricSum';

export type Exponent = 1 | 2;

/** 2^100: w·2^100·2^100 is ≥ 1 in magnitude for every nonzero float32, subnormals included. */
const SIGN_SCALE = 2 ** 100;

/**
 * sign(w) as clip(w·2^100·2^100, −1, 1): two multiplies and a clip, XNNPACK kernels on WASM, ~3×
 * faster there than tf.sign (a scalar loop). Exact for every finite w (large |w| overflow to ±∞
 * and clip to ±1) except that −0 stays −0. Unlike tfjs-wasm's Sign, which returns 0 for
 * |w| < 2^−23, it gives ±1 there, as tf.sign on the CPU backend does.
 */
function sign(w: tf.Tensor): tf.Tensor {
  return tf.clipByValue(tf.mul(tf.mul(w, SIGN_SCALE), SIGN_SCALE), -1, 1);
}

/** P in plain JS (float64 sums), for tests and reports. C and W are row-major n × n. */
export function penaltyValue(
  c: ArrayLike<number>,
  w: ArrayLike<number>,
  lambda: number,
  exponent: Exponent,
): number {
  let sum = 0;
  for (let i = 0; i < c.length; i++) sum += c[i] * Math.abs(w[i]) ** exponent;
  return (lambda * sum) / c.length;
}

/**
 * P and ∂P/∂W for a fixed C, with the gradient written by hand (no tape) and P read off it:
 * P is homogeneous of degree ℓ in W, so P = Σ W ⊙ ∂P/∂W / ℓ (Euler). A handful of elementwise
 * n × n ops and no readback, so it stays a small share of a training step.
 */
export function penaltyAndGradFixed(
  c: tf.Tensor2D,
  w: tf.Tensor2D,
  lambda: number,
  exponent: Exponent,
): { penalty: tf.Scalar; gradW: tf.Tensor2D } {
  return tf.tidy(() => {
    const slope = exponent === 1 ? sign(w) : tf.mul(2, w); // ℓ|W|^{ℓ−1}·sign(W)
    const gradW = tf.mul(tf.mul(c, slope), lambda / c.size) as tf.Tensor2D;
    const penalty = tf.div(dot(w, gradW), exponent) as tf.Scalar;
    return { penalty, gradW };
  });
}

/**
 * λ·mean|W| and its gradient λ/size·sign(W) (sign(0) = 0): the plain L1 term the authors' word
 * example adds on W_ih, the token embedding and the decoder. Call inside tf.tidy.
 */
export function l1PenaltyAndGrad(
  w: tf.Tensor,
  lambda: number,
): { penalty: tf.Scalar; grad: tf.Tensor } {
  const grad = tf.mul(sign(w), lambda / w.size);
  return { penalty: dot(w, grad) as tf.Scalar, grad };
}

/**
 * P and its gradients w.r.t. W and the positions for a trained embedding, by hand (no tape):
 * C = f(D²) from the manifold's squared distances and the inhibitor, P and ∂P/∂W as for a fixed
 * C, and ∂P/∂D² = λ/n²·|W|^ℓ ⊙ ∂f/∂(d²), symmetrised (D² is symmetric, so the pair (j,k) and
 * (k,j) move the same two points) and pulled back to the positions by the manifold. A dozen n × n
 * elementwise ops, row sums and one symmetrisation (a WASM kernel on that backend, see
 * symmetricSum), with no tape: ~4× faster than autodiff on WASM.
 * The task loss's gradients are added by the caller.
 */
export function penaltyAndGradTrained(
  manifold: Manifold,
  inhibitor: InhibitorConfig,
  positions: tf.Tensor2D,
  w: tf.Tensor2D,
  lambda: number,
  exponent: Exponent,
): { penalty: tf.Scalar; gradW: tf.Tensor2D; gradPositions: tf.Tensor2D } {
  return tf.tidy(() => {
    const distances = manifold.squaredDistances(positions);
    const f = inhibitorOfSquared(inhibitor, distances.squared);
    // DoG's realised κ moves with the positions; like the authors' code we take it as this
    // step's constant (no gradient through the argmax pair), so the slope is unchanged.
    const value = realisedKappa(inhibitor) ? tf.sub(f.value, tf.min(f.value)) : f.value;
    const slope = f.slope;
    const { penalty, gradW } = penaltyAndGradFixed(value as tf.Tensor2D, w, lambda, exponent);
    const weightPower = exponent === 1 ? tf.abs(w) : tf.mul(w, w);
    const perSquared = tf.mul(tf.mul(weightPower, slope), lambda / w.size);
    const gradPositions = distances.pullback(symmetricSum(perSquared as tf.Tensor2D));
    return { penalty, gradW, gradPositions };
  });
}
