/**
 * The moduli penalty on W_hh (SPEC §4): P = λ·mean_{j,k} C[j,k]·|W[j,k]|^ℓ, ℓ ∈ {1, 2} (the
 * authors' mean over n²; the paper's sum is n² times larger). Its gradient is
 * ∂P/∂W = λ/n² · C ⊙ ℓ|W|^{ℓ−1}·sign(W), with sign(0) = 0: a pruned (zero) weight is not pushed.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig } from '../config/schema';
import type { Manifold } from '../manifolds/types';
import { coefficientsTensor } from './coefficients';

export type Exponent = 1 | 2;

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
 * |W|^ℓ written as W·sign(W) for ℓ = 1, so that autodiff gives sign(W) with sign(0) = 0
 * (tf.abs's own gradient at 0 is −1), matching the hand-written gradient of the fixed case.
 */
function weightPower(w: tf.Tensor, exponent: Exponent): tf.Tensor {
  return exponent === 1 ? tf.mul(w, tf.sign(w)) : tf.square(w);
}

function penaltyTensor(c: tf.Tensor, w: tf.Tensor, lambda: number, exponent: Exponent): tf.Scalar {
  return tf.mul(lambda, tf.mean(tf.mul(c, weightPower(w, exponent))));
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
    const slope = exponent === 1 ? tf.sign(w) : tf.mul(2, w); // ℓ|W|^{ℓ−1}·sign(W)
    const gradW = tf.mul(tf.mul(c, slope), lambda / c.size) as tf.Tensor2D;
    const penalty = tf.div(tf.sum(tf.mul(w, gradW)), exponent) as tf.Scalar;
    return { penalty, gradW };
  });
}

/**
 * P and its gradients w.r.t. W and the positions for a trained embedding: C is rebuilt from
 * the positions through the manifold's differentiable distance and the inhibitor, and
 * autodiff runs on the penalty alone (the task loss's gradients are added by the caller).
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
    const penaltyOf = (p: tf.Tensor, weights: tf.Tensor) =>
      penaltyTensor(
        coefficientsTensor(manifold, inhibitor, p as tf.Tensor2D),
        weights,
        lambda,
        exponent,
      );
    const { value, grads } = tf.valueAndGrads(penaltyOf)([positions, w]);
    return {
      penalty: value,
      gradPositions: grads[0] as tf.Tensor2D,
      gradW: grads[1] as tf.Tensor2D,
    };
  });
}
