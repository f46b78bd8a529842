/**
 * The coefficient matrix C of the moduli regularizer (docs/science.md §Inhibitors, §Regularizer):
 * C[j,k] = f(d(p_j, p_k)), the price of the weight from unit k to unit j, and the paper's controls
 * built from it. Fixed embeddings build C once in JS (Float32Array, row-major n × n); trained
 * embeddings rebuild it every step as a tensor, differentiated by hand in penalty.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InhibitorConfig, RunConfig } from '../config/schema';
import type { Manifold } from '../manifolds/types';
import type { Rng } from '../random';
import { inhibitorTensor, inhibitorValue, realisedKappa } from '../inhibitors';

export type RegularizerConfig = RunConfig['regularizer'];
export type RegularizerCondition = RegularizerConfig['condition'];

/** A fixed embedding: n positions (row-major n × manifold.dim) and the inhibitor applied to them. */
export interface Embedding {
  manifold: Manifold;
  inhibitor: InhibitorConfig;
  positions: Float32Array;
}

/** C[j,k] = f(d(p_j, p_k)); with DoG's realised κ, shifted so that its smallest entry is 0. */
export function moduliCoefficients({ manifold, inhibitor, positions }: Embedding): Float32Array {
  const c = manifold.distanceMatrix(positions);
  for (let i = 0; i < c.length; i++) c[i] = inhibitorValue(inhibitor, c[i]);
  if (realisedKappa(inhibitor)) {
    let min = Infinity;
    for (const v of c) min = Math.min(min, v);
    for (let i = 0; i < c.length; i++) c[i] -= min;
  }
  return c;
}

/**
 * The paper's "shuffled" control: the n² entries of C permuted jointly (one Fisher–Yates
 * shuffle of the flattened matrix, diagonal included), so the multiset of coefficients is
 * unchanged but the geometry is gone. Returns a new array; the same Rng state, the same result.
 */
export function shuffledCoefficients(c: Float32Array, rng: Rng): Float32Array {
  return rng.shuffle(Float32Array.from(c));
}

/**
 * C for a condition: 'moduli' and 'shuffled' as above, 'l1' all ones (plain L1/L2). 'none' is
 * also all ones, so the training step need not branch; its λ is 0 (see `effectiveLambda`).
 * Only 'shuffled' draws from `rng`.
 */
export function coefficients(
  condition: RegularizerCondition,
  embedding: Embedding,
  rng: Rng,
): Float32Array {
  switch (condition) {
    case 'moduli':
      return moduliCoefficients(embedding);
    case 'shuffled':
      return shuffledCoefficients(moduliCoefficients(embedding), rng);
    case 'l1':
    case 'none': {
      const n = embedding.positions.length / embedding.manifold.dim;
      return new Float32Array(n * n).fill(1);
    }
  }
}

/** λ as applied: 0 for the 'none' condition, the configured λ otherwise. */
export function effectiveLambda({
  condition,
  lambda,
}: Pick<RegularizerConfig, 'condition' | 'lambda' | 'exponent'>): number {
  return condition === 'none' ? 0 : lambda;
}

/**
 * C = f(D(positions)) as a tensor, differentiable by autodiff w.r.t. the [n, dim] positions: the
 * straightforward formula that the hand-written gradient of `penaltyAndGradTrained` must match.
 */
export function coefficientsTensor(
  manifold: Manifold,
  inhibitor: InhibitorConfig,
  positions: tf.Tensor2D,
): tf.Tensor2D {
  return tf.tidy(
    () => inhibitorTensor(inhibitor, manifold.distanceTensor(positions)) as tf.Tensor2D,
  );
}
