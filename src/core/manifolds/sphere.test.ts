import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { sphere } from './sphere';

describe('sphere (radius 5)', () => {
  test('antipodes are 5π apart, orthogonal points 5π/2', () => {
    expect(sphere.distance([0, 0, 1], [0, 0, -1])).toBeCloseTo(5 * Math.PI, 10);
    expect(sphere.distance([1, 0, 0], [0, 1, 0])).toBeCloseTo((5 * Math.PI) / 2, 10);
  });

  test('a point is at distance 0 from itself, with no NaN from rounding past ±1', () => {
    const u = Float32Array.from([0.6, 0.48, 0.64]); // |u| = 1 only up to float32 rounding
    expect(sphere.distance(u, u)).toBeLessThan(1e-6);
    expect(
      sphere.distance(
        u,
        u.map((x) => -x),
      ),
    ).toBeCloseTo(5 * Math.PI, 5);
  });

  test('the tensor distance is exact at 0 and its gradient finite at the diagonal and antipodes', () => {
    const points = tf.tensor2d([
      [0, 0, 1],
      [0, 0, -1],
      [0.6, 0.8, 0],
      [0, 0, 1],
    ]);
    const d = sphere.distanceTensor(points);
    expect(d.dataSync()[0]).toBe(0);
    expect(d.dataSync()[1]).toBeCloseTo(5 * Math.PI, 4);
    const grad = tf.grad((p: tf.Tensor) => tf.sum(sphere.distanceTensor(p as tf.Tensor2D)))(points);
    expect(grad.dataSync().every(Number.isFinite)).toBe(true);
    tf.dispose([points, d, grad]);
  });

  test('project normalises each row', () => {
    const p = sphere.project(
      tf.tensor2d([
        [3, 0, 4],
        [0, -2, 0],
      ]),
    );
    [0.6, 0, 0.8, 0, -1, 0].forEach((v, i) => expect(p.dataSync()[i]).toBeCloseTo(v, 6));
    p.dispose();
  });
});
