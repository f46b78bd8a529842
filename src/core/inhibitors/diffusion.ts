/**
 * Diffusion inhibitor (paper, Appendix E): f(d) = c·dⁿ. Monotone: the further apart two units, the
 * costlier their weight. Fine for fixed embeddings; refused for trained ones (see
 * `trainedEmbeddingRefusal`).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig } from '../config/inhibitorSchema';
import type { Inhibitor } from './types';
import { safeSqrt } from '../manifolds/pairwise';

type DiffusionConfig = Extract<InhibitorConfig, { kind: 'diffusion' }>;

export const diffusion: Inhibitor<DiffusionConfig> = {
  kind: 'diffusion',
  label: 'Diffusion',
  formula: 'f(d) = c·dⁿ',
  monotone: true,
  value: (d, { c, power }) => c * d ** power,
  /** ∂f/∂(d²) = (c·n/2)·dⁿ⁻², infinite at d = 0 for n < 2 (never used: see above). */
  ofSquared(d2, { c, power }) {
    const d = safeSqrt(d2);
    return {
      value: tf.mul(c, tf.pow(d, power)),
      slope: tf.mul((c * power) / 2, tf.pow(d, power - 2)),
    };
  },
};
