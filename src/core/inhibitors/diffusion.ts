/**
 * Diffusion inhibitor (paper, Appendix F): f(d) = c·dⁿ. Monotone: the further apart two units,
 * the costlier their weight. Fine for fixed embeddings; refused for trained ones (see
 * `trainedEmbeddingRefusal`).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig } from '../config/schema';
import type { Inhibitor } from './types';

type DiffusionConfig = Extract<InhibitorConfig, { kind: 'diffusion' }>;

export const diffusion: Inhibitor<DiffusionConfig> = {
  kind: 'diffusion',
  label: 'Diffusion',
  formula: 'f(d) = c·dⁿ',
  monotone: true,
  value: (d, { c, power }) => c * d ** power,
  tensor: (d, { c, power }) => tf.tidy(() => tf.mul(c, tf.pow(d, power))),
};
