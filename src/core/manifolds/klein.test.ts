import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { klein } from './klein';
import { flatTorus } from './torus';
import { Rng } from '../random';

describe('Klein bottle, (x, y) ~ (x, y + 10) ~ (x + 10, 10 − y)', () => {
  test('a point and its images under the generators are at distance 0', () => {
    const [x, y] = [3.7, 2.2];
    const images = [
      [x + 10, 10 - y],
      [x, y + 10],
      [x - 10, 10 - y],
      [x + 20, y],
      [x + 10, -y],
    ];
    for (const image of images) expect(klein.distance([x, y], image)).toBeCloseTo(0, 10);
  });

  test('the glide brings points together that the torus keeps apart', () => {
    // a = (1, 2), b = (9, 7). Straight (x alone never wraps): Δ = (−8, −5) → √(64 + 25) = √89.
    // Glide image of b: (9 − 10, 10 − 7) = (−1, 3) → Δ = (2, −1) → √(4 + 1) = √5.
    // The torus wraps x instead: Δ = (2, 5) → √29.
    expect(klein.distance([1, 2], [9, 7])).toBeCloseTo(Math.sqrt(5), 12);
    expect(flatTorus(2, 'torus').distance([1, 2], [9, 7])).toBeCloseTo(Math.sqrt(29), 12);
  });

  test('the diameter is 5√2, reached by (0,0) and (5,5)', () => {
    expect(klein.distance([0, 0], [5, 5])).toBeCloseTo(5 * Math.SQRT2, 12);
    const rng = new Rng(11);
    let largest = 0;
    for (let i = 0; i < 20000; i++) {
      const a = [rng.range(0, 10), rng.range(0, 10)];
      largest = Math.max(largest, klein.distance(a, [rng.range(0, 10), rng.range(0, 10)]));
    }
    expect(largest).toBeLessThanOrEqual(klein.maxDistance + 1e-12);
    expect(largest).toBeGreaterThan(6.8);
  });

  test('trained positions anywhere in R² get the distances of their images in the box', () => {
    const rng = new Rng(5);
    const wild = Float32Array.from({ length: 40 }, () => rng.range(-35, 35));
    const t = tf.tensor2d(wild, [20, 2]);
    const d = klein.distanceTensor(t);
    const m = klein.distanceMatrix(wild);
    d.dataSync().forEach((v, i) => expect(v).toBeCloseTo(m[i], 3));
    expect(klein.distance([-3, 4], [7, 6])).toBeCloseTo(0, 10); // (−3, 4) glides to (7, 6)
    tf.dispose([t, d]);
  });

  test('the figure-8 picture respects the identification', () => {
    const scene = klein.toScene(new Float32Array([3, 2, 13, 8, 3, 12]));
    for (let a = 0; a < 3; a++) {
      expect(scene[3 + a]).toBeCloseTo(scene[a], 5);
      expect(scene[6 + a]).toBeCloseTo(scene[a], 5);
    }
  });
});
