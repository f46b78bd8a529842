/** Properties every manifold in the registry must have (docs/science.md §Manifolds), checked on seeded random points. */
import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { manifoldIds, type ManifoldId } from '../config/schema';
import { getManifold, manifoldLabels } from './index';
import { Rng } from '../random';
import { expectNoLeak, maxAbsDiff } from './testing';

/** The paper's dimension for the spaces that take one (the others ignore it). */
const paperDimension: Partial<Record<ManifoldId, number>> = { ntorus: 6, euclidean: 3 };

/** Every registered manifold: a new id is checked here without being added to a list. */
const manifolds = manifoldIds.map((id) => getManifold(id, paperDimension[id] ?? 3));

/**
 * Whether a sampled point lies on M as the lab stores it. Keyed by every id, so the typecheck
 * asks a new manifold to say what its points are.
 */
const onManifold: Record<ManifoldId, (p: Float32Array) => boolean> = {
  circle: ([t]) => t >= 0 && t < 2 * Math.PI,
  sphere: (p) => Math.abs(Math.hypot(...p) - 1) < 1e-6,
  torus: (p) => p.every((x) => x >= 0 && x < 10),
  ntorus: (p) => p.every((x) => x >= 0 && x < 10),
  klein: (p) => p.every((x) => x >= 0 && x < 10),
  euclidean: (p) => p.every((x) => x >= 0 && x < 10),
};

test('the registry covers every id and labels it for the UI', () => {
  for (const id of manifoldIds) {
    expect(getManifold(id, 4).id).toBe(id);
    expect(manifoldLabels[id]).toBeTruthy();
  }
  expect(getManifold('ntorus', 4).dim).toBe(4);
  expect(getManifold('euclidean', 5).dim).toBe(5);
});

describe.each(manifolds.map((m) => [m.label, m] as const))('%s', (_, m) => {
  const n = 40;
  const points = m.sample(n, new Rng(42));
  const d = m.distanceMatrix(points);
  const point = (j: number) => points.subarray(j * m.dim, (j + 1) * m.dim);

  test('seeded sampling is reproducible and lies on the manifold', () => {
    expect(points).toHaveLength(n * m.dim);
    expect(m.sample(n, new Rng(42))).toEqual(points);
    expect(m.sample(n, new Rng(43))).not.toEqual(points);
    for (let j = 0; j < n; j++) expect(onManifold[m.id](point(j))).toBe(true);
  });

  test('a metric: zero diagonal, symmetric, bounded by maxDistance, triangle inequality', () => {
    for (let j = 0; j < n; j++) {
      expect(d[j * n + j]).toBe(0);
      for (let k = 0; k < n; k++) {
        expect(d[j * n + k]).toBe(d[k * n + j]);
        expect(d[j * n + k]).toBeLessThanOrEqual(m.maxDistance + 1e-5);
        if (j !== k) expect(d[j * n + k]).toBeGreaterThan(0);
        for (let l = 0; l < n; l++) {
          expect(d[j * n + l]).toBeLessThanOrEqual(d[j * n + k] + d[k * n + l] + 1e-4);
        }
      }
    }
  });

  test('distanceMatrix = scalar distance = distanceTensor', () => {
    for (let j = 0; j < n; j++) {
      for (let k = 0; k < n; k++)
        expect(d[j * n + k]).toBeCloseTo(m.distance(point(j), point(k)), 5);
    }
    const t = tf.tensor2d(points, [n, m.dim]);
    const dt = m.distanceTensor(t);
    expect(dt.shape).toEqual([n, n]);
    expect(maxAbsDiff(dt.dataSync(), d)).toBeLessThan(5e-4);
    tf.dispose([t, dt]);
  });

  test('the distance tensor has finite gradients, even for coincident points', () => {
    const twice = new Float32Array([
      ...points.subarray(0, 5 * m.dim),
      ...points.subarray(0, 5 * m.dim),
    ]);
    const t = tf.tensor2d(twice, [10, m.dim]);
    const grad = tf.grad((p: tf.Tensor) => tf.sum(tf.square(m.distanceTensor(p as tf.Tensor2D))))(
      t,
    );
    expect(grad.dataSync().every(Number.isFinite)).toBe(true);
    tf.dispose([t, grad]);
  });

  test('squaredDistances: D² of distanceMatrix; its pullback is autodiff’s gradient of ½Σ u ⊙ D²', () => {
    const t = tf.tensor2d(points, [n, m.dim]);
    const rng = new Rng(7);
    const raw = tf.tensor2d(
      Float32Array.from({ length: n * n }, () => rng.normal()),
      [n, n],
    );
    const u = tf.add(raw, tf.transpose(raw)) as tf.Tensor2D; // symmetric, as the pullback asks
    const [squared, hand] = tf.tidy(() => {
      const s = m.squaredDistances(t);
      return [s.squared, s.pullback(u)];
    });
    expect(
      maxAbsDiff(
        squared.dataSync(),
        d.map((x) => x * x),
      ),
    ).toBeLessThan(5e-3);
    const auto = tf.grad((p: tf.Tensor) =>
      tf.mul(0.5, tf.sum(tf.mul(u, m.squaredDistances(p as tf.Tensor2D).squared))),
    )(t);
    const scale = Math.max(...auto.dataSync().map(Math.abs));
    expect(scale).toBeGreaterThan(1);
    expect(maxAbsDiff(hand.dataSync(), auto.dataSync())).toBeLessThan(1e-5 * scale);
    expectNoLeak(() =>
      tf.tidy(() => {
        const s = m.squaredDistances(t);
        return [s.squared, s.pullback(u)];
      }),
    );
    tf.dispose([t, raw, u, squared, hand, auto]);
  });

  test('distanceTensor and project do not leak; project keeps sampled points', () => {
    const t = tf.tensor2d(points, [n, m.dim]);
    expectNoLeak(() => m.distanceTensor(t));
    expectNoLeak(() => m.project(t));
    const projected = m.project(t);
    expect(projected).not.toBe(t);
    expect(maxAbsDiff(projected.dataSync(), points)).toBeLessThan(1e-5);
    tf.dispose([t, projected]);
  });

  test('the picture: n × 3 finite coordinates, a drawable surface and a note', () => {
    const scene = m.toScene(points);
    expect(scene).toHaveLength(3 * n);
    expect(scene.every(Number.isFinite)).toBe(true);
    expect(Math.max(...scene.map(Math.abs))).toBeLessThan(4.5);
    if (m.surface.kind !== 'none')
      expect(m.surface.point(0.3, 0.7).every(Number.isFinite)).toBe(true);
    expect(m.sceneNote.length).toBeGreaterThan(10);
  });
});
