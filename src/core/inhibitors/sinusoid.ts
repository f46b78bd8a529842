/**
 * Sinusoid ("ripple") inhibitor (paper, Appendix F; the authors' `ripple`):
 * f(d) = c + c·cos(μd). Zero at d = π/μ, 3π/μ, …: periodic rings of cheap weights. f ≥ 0.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig } from '../config/schema';
import type { Inhibitor } from './types';

type SinusoidConfig = Extract<InhibitorConfig, { kind: 'sinusoid' }>;

export const sinusoid: Inhibitor<SinusoidConfig> = {
  kind: 'sinusoid',
  label: 'Sinusoid',
  formula: 'f(d) = c + c·cos(μd)',
  monotone: false,
  value: (d, { c, mu }) => c + c * Math.cos(mu * d),
  tensor: (d, { c, mu }) => tf.tidy(() => tf.mul(c, tf.add(1, tf.cos(tf.mul(mu, d))))),
};
