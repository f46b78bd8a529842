/**
 * Helpers shared by the flat spaces (SPEC §2): the box [0,10)ⁿ that the torus, n-torus,
 * Klein bottle and Rᵏ are sampled from, and the periodic "wrap" that makes the circle, the
 * tori and the Klein bottle's y-direction closed. One definition, used by all of them.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../random';

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
 * Length of the shortest way round a circle of circumference L between two points whose
 * coordinates differ by Δ: SPEC's min(|Δ| mod L, L − |Δ| mod L), computed as the distance from Δ
 * to the nearest multiple of L, |Δ − L·round(Δ/L)| ∈ [0, L/2] (the same number; this form is
 * what the tensor version uses because tf.mod is slow on WASM).
 */
export function wrapDelta(delta: number, period: number): number {
  return Math.abs(delta - period * Math.round(delta / period));
}

/**
 * The signed residue Δ − L·round(Δ/L) ∈ [−L/2, L/2] elementwise; its absolute value is
 * `wrapDelta`. Differentiable with derivative 1 (round is piecewise constant). The tori and
 * the Klein bottle square it; the circle takes |·|, whose kink at 0 only matters for
 * coincident units, where every non-monotone inhibitor has f′(0) = 0.
 */
export function wrapSigned(delta: tf.Tensor, period: number): tf.Tensor {
  return tf.tidy(() => tf.sub(delta, tf.mul(period, tf.round(tf.div(delta, period)))));
}
