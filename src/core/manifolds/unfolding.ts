/**
 * The flat pictures shared by several spaces. Their pixel count follows n so that building the
 * activity map's weights (pixels × n distances, once per set of positions) stays near 300,000
 * distances, about a frame's work: fine for small runs, coarser for large ones.
 */
import { BOX_SIDE } from './flat';
import type { Unfolding } from './types';

const DISTANCE_BUDGET = 300_000;

/** Pixels across within [min, max], `aspect` times the square root of the budget per unit. */
export function budgetWidth(n: number, min: number, max: number, aspect = 1): number {
  return Math.round(Math.min(max, Math.max(min, aspect * Math.sqrt(DISTANCE_BUDGET / n))));
}

/** The box [0,10)² of the 2-torus and the Klein bottle, y drawn upwards. */
export function boxUnfolding(caption: string): Unfolding {
  return {
    shape: 'square',
    caption,
    measure: BOX_SIDE * BOX_SIDE,
    width: (n) => budgetWidth(n, 20, 48),
    point: (u, v) => [BOX_SIDE * u, BOX_SIDE * (1 - v)],
  };
}
