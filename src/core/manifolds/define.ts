/**
 * Builds a full Manifold from the few things that differ between spaces: one scalar metric
 * (from which `distance` and the JS `distanceMatrix` follow), one tensor formula for the squared
 * distances with its pullback (from which `distanceTensor` follows), one map to the 3D picture.
 * Keeps every manifold file down to its formulas.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Manifold, Unfolding } from './types';
import { safeSqrt, symmetricMatrix, type Metric } from './pairwise';

export type ManifoldParts = Omit<
  Manifold,
  | 'distance'
  | 'distanceMatrix'
  | 'distanceTensor'
  | 'project'
  | 'toScene'
  | 'orderKey'
  | 'unfolding'
> & {
  /** The heatmap's sort key; omitted: the first coordinate. */
  orderKey?(p: ArrayLike<number>, i: number): number;
  /** The flat picture; omitted: none. */
  unfolding?: Unfolding;
  metric: Metric;
  /** Re-projection after an optimizer step; omitted where distances already wrap. */
  project?(points: tf.Tensor2D): tf.Tensor2D;
  /** The 3D picture of the point at offset i of p. */
  scenePoint(p: ArrayLike<number>, i: number): [number, number, number];
};

export function defineManifold(parts: ManifoldParts): Manifold {
  const { metric, scenePoint, project, squaredDistances, orderKey, unfolding, ...rest } = parts;
  return {
    ...rest,
    orderKey: orderKey ?? ((p, i) => p[i]),
    unfolding: unfolding ?? null,
    distance: (a, b) => metric(a, 0, b, 0),
    distanceMatrix: (points) => symmetricMatrix(points, parts.dim, metric),
    squaredDistances,
    // The forward pass of squaredDistances is made of differentiable ops, so autodiff runs
    // through it too; the safe sqrt keeps the diagonal's gradient finite.
    distanceTensor: (points) =>
      tf.tidy(() => safeSqrt(squaredDistances(points).squared) as tf.Tensor2D),
    // Always a new tensor the caller owns (a clone shares the data), so "project, assign,
    // dispose the result" is safe even where projection is the identity.
    project: (points) => tf.tidy(() => (project ? project(points) : tf.clone(points))),
    toScene(points) {
      const n = points.length / parts.dim;
      const out = new Float32Array(n * 3);
      for (let j = 0; j < n; j++) out.set(scenePoint(points, j * parts.dim), j * 3);
      return out;
    },
  };
}
