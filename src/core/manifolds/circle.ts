/**
 * The circle S¹ of radius 5 (paper, Appendix D): one coordinate, the angle θ. Geodesic
 * distance d = 5·min(|Δθ| mod 2π, 2π − |Δθ| mod 2π), at most 5π (antipodes).
 */
import * as tf from '@tensorflow/tfjs-core';
import { defineManifold } from './define';
import { flatSquaredDistances, wrapDelta } from './flat';

const RADIUS = 5;
const TAU = 2 * Math.PI;
/** Radius of the drawn circle, in scene units. */
const SCENE_RADIUS = 3;

const onCircle = (theta: number): [number, number, number] => [
  SCENE_RADIUS * Math.cos(theta),
  SCENE_RADIUS * Math.sin(theta),
  0,
];

export const circle = defineManifold({
  id: 'circle',
  label: 'Circle',
  dim: 1,
  maxDistance: RADIUS * Math.PI,
  sample(n, rng) {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = rng.range(0, TAU);
    return out;
  },
  metric: (p, i, q, j) => RADIUS * wrapDelta(p[i] - q[j], TAU),
  /** d² = R²·r², r the wrapped angle difference: the flat circle of length 2π, scaled. */
  squaredDistances(points) {
    const angles = flatSquaredDistances(points, TAU);
    return {
      squared: tf.mul(RADIUS * RADIUS, angles.squared),
      pullback: (u) => tf.mul(RADIUS * RADIUS, angles.pullback(u)),
    };
  },
  /** θ ↦ θ mod 2π, so trained angles stay in [0, 2π) (distances would not need it). */
  project: (points) => tf.sub(points, tf.mul(TAU, tf.floor(tf.div(points, TAU)))),
  scenePoint: (p, i) => onCircle(p[i]),
  surface: { kind: 'curve', point: (u) => onCircle(TAU * u) },
  sceneNote: 'The circle itself: each unit at its angle θ.',
  unfolding: {
    shape: 'band',
    caption: 'Circle unrolled into a band; its two ends are the same place.',
    measure: TAU * RADIUS,
    width: () => 120,
    point: (u) => [TAU * u],
  },
});
