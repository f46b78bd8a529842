/**
 * Test helpers shared by the manifold, inhibitor and regularizer tests (imported only by
 * *.test.ts files): the tensor-leak check docs/contributing.md asks of every tensor function, the
 * comparison of a matrix against reference values, and the authors' reference spaces.
 */
import * as tf from '@tensorflow/tfjs-core';
import { expect } from 'vitest';
import fixture from './fixtures/authors-code-manifolds.json';
import { getManifold } from './index';
import type { Manifold } from './types';

/** The spaces in the authors' fixture (its other keys are notes). */
export type AuthorsSpace = Exclude<keyof typeof fixture, 'source' | 'note'>;

const flat = (rows: number[][]) => Float32Array.from(rows.flat());

/**
 * The authors' 12-point spaces (fixtures/authors-code-manifolds.json) as (name, our manifold, our
 * coordinates, their distances, tolerance). Torus and 6-torus: `effective_points` (their reshape
 * reads neuron j as (flat[j], flat[N+j], …)). Circle points are stored as (cos θ, sin θ); we
 * store θ. Their sphere and circle distances use float32 acos, which leaves up to 2.4e−3 on the
 * diagonal, hence the looser tolerance.
 */
export const authorsCases: [AuthorsSpace, Manifold, Float32Array, number[][], number][] = [
  [
    'torus',
    getManifold('torus', 2),
    flat(fixture.torus.effective_points),
    fixture.torus.dist,
    1e-5,
  ],
  [
    'torus6',
    getManifold('ntorus', 6),
    flat(fixture.torus6.effective_points),
    fixture.torus6.dist,
    1e-5,
  ],
  ['klein', getManifold('klein', 2), flat(fixture.klein.points), fixture.klein.dist, 1e-5],
  ['sphere', getManifold('sphere', 3), flat(fixture.sphere.points), fixture.sphere.dist, 3e-3],
  [
    'circle',
    getManifold('circle', 1),
    Float32Array.from(fixture.circle.points, ([c, s]) => Math.atan2(s, c)),
    fixture.circle.dist,
    3e-3,
  ],
];

/** Runs fn, disposes what it returns, and expects the live tensor count to be unchanged. */
export function expectNoLeak(fn: () => tf.TensorContainer): void {
  const before = tf.memory().numTensors;
  tf.dispose(fn());
  expect(tf.memory().numTensors).toBe(before);
}

/** Largest |actual[i] − expected[i]|, for error messages that show how far off a matrix is. */
export function maxAbsDiff(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i++)
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  return worst;
}
