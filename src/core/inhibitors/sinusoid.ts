/**
 * Sinusoid ("ripple") inhibitor (paper, Appendix E; the authors' `ripple`): f(d) = c + c·cos(μd).
 * Zero at d = π/μ, 3π/μ, …: periodic rings of cheap weights. f ≥ 0.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig } from '../config/inhibitorSchema';
import type { Inhibitor } from './types';
import { safeReciprocal, safeSqrt } from '../manifolds/pairwise';

type SinusoidConfig = Extract<InhibitorConfig, { kind: 'sinusoid' }>;

export const sinusoid: Inhibitor<SinusoidConfig> = {
  kind: 'sinusoid',
  label: 'Sinusoid',
  formula: 'f(d) = c + c·cos(μd)',
  monotone: false,
  value: (d, { c, mu }) => c + c * Math.cos(mu * d),
  /**
   * ∂f/∂(d²) = −c·μ·sin(μd)/(2d) = −(cμ²/2)·sin(x)/x with x = μd, and its limit −cμ²/2 at d = 0.
   * d goes through a safe sqrt, so that autodiff of `value` is finite at d = 0 too.
   */
  ofSquared(d2, { c, mu }) {
    const x = tf.mul(mu, safeSqrt(d2));
    const sinc = tf.add(tf.mul(tf.sin(x), safeReciprocal(x)), tf.sub(1, tf.step(x)));
    return {
      value: tf.mul(c, tf.add(1, tf.cos(x))),
      slope: tf.mul(sinc, (-c * mu * mu) / 2),
    };
  },
};
