/**
 * Helpers shared by the flat spaces (docs/science.md §Manifolds): the box [0,10)ⁿ that the torus,
 * n-torus, Klein bottle and Rᵏ are sampled from, and the periodic "wrap" that makes the circle, the
 * tori and the Klein bottle's y-direction closed. One definition, used by all of them.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../random';
import type { SquaredDistances } from './types';
import { columns, differences, rowSums, sumOfSquares } from './pairwise';

/** Side of the fundamental box (paper, Appendix D). */
export const BOX_SIDE = 10;

/** Box coordinate → angle, one turn per period: the picture's u, v = x·π/5. */
export const boxAngle = (x: number): number => (x * 2 * Math.PI) / BOX_SIDE;

/** n points i.i.d. uniform in [0, BOX_SIDE)^dim, row-major n × dim. */
export function uniformBox(n: number, dim: number, rng: Rng): Float32Array {
  const out = new Float32Array(n * dim);
  for (let i = 0; i < out.length; i++) out[i] = rng.range(0, BOX_SIDE);
  return out;
}

/**
 * Length of the shortest way round a circle of circumference L between two points whose coordinates
 * differ by Δ: min(|Δ| mod L, L − |Δ| mod L) of docs/science.md §Manifolds, computed as the
 * distance from Δ to the nearest multiple of L, |Δ − L·round(Δ/L)| ∈ [0, L/2] (the same number;
 * this form is what the tensor version uses because tf.mod is slow on WASM).
 */
export function wrapDelta(delta: number, period: number): number {
  return Math.abs(delta - period * Math.round(delta / period));
}

/**
 * The signed residue Δ − L·round(Δ/L) ∈ [−L/2, L/2] elementwise; its absolute value is
 * `wrapDelta`. Differentiable with derivative 1 (round is piecewise constant); the spaces
 * square it.
 */
export function wrapSigned(delta: tf.Tensor, period: number): tf.Tensor {
  return tf.tidy(() => tf.sub(delta, tf.mul(period, tf.round(tf.div(delta, period)))));
}

/**
 * D² of a flat space: Σₐ rₐ² over the coordinates, rₐ[j,k] = x_{j,a} − x_{k,a}, wrapped onto
 * [−L/2, L/2] where the space is periodic with period L (tori, circle) and not where `period` is
 * null (Rᵏ). ∂D²[j,k]/∂x_{j,a} = 2rₐ[j,k], so the pullback's column a is 2·Σ_k u[j,k]·rₐ[j,k]
 * (at coincident points rₐ = 0: the 0 that autodiff through the safe sqrt gives).
 */
export function flatSquaredDistances(points: tf.Tensor2D, period: number | null): SquaredDistances {
  const residues = columns(points).map((x) =>
    period === null ? differences(x) : (wrapSigned(differences(x), period) as tf.Tensor2D),
  );
  return {
    squared: sumOfSquares(residues),
    pullback: (u) =>
      tf.mul(
        2,
        tf.concat(
          residues.map((r) => rowSums(tf.mul(u, r))),
          1,
        ),
      ),
  };
}
