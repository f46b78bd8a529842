import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { circle } from './circle';

const TAU = 2 * Math.PI;

describe('circle (radius 5)', () => {
  test('antipodes are 5π apart, the largest distance', () => {
    expect(circle.distance([0], [Math.PI])).toBeCloseTo(5 * Math.PI, 12);
    expect(circle.maxDistance).toBeCloseTo(5 * Math.PI, 12);
  });

  test('the short way round: θ = 0.1 and 2π − 0.1 are 5·0.2 = 1 apart', () => {
    expect(circle.distance([0.1], [TAU - 0.1])).toBeCloseTo(1, 12);
  });

  test('θ and θ + 2πk are the same point', () => {
    for (const k of [-2, -1, 1, 3])
      expect(circle.distance([1.3], [1.3 + k * TAU])).toBeCloseTo(0, 10);
  });

  test('project wraps trained angles into [0, 2π)', () => {
    const p = circle.project(tf.tensor2d([[-0.5], [7], [2]]));
    const expected = [TAU - 0.5, 7 - TAU, 2];
    p.dataSync().forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
    p.dispose();
  });

  test('the picture is a circle of radius 3 in the xy-plane', () => {
    const scene = circle.toScene(new Float32Array([0, Math.PI / 2]));
    [3, 0, 0, 0, 3, 0].forEach((v, i) => expect(scene[i]).toBeCloseTo(v, 5));
  });
});
