import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { flatTorus } from './torus';

const torus = flatTorus(2, 'torus');
const torus6 = flatTorus(6);

describe('flat torus [0,10)²', () => {
  test('distances wrap: d((0,0),(9,0)) = 1 and d((1,1),(9,9)) = √(2² + 2²) = 2√2', () => {
    expect(torus.distance([0, 0], [9, 0])).toBeCloseTo(1, 12);
    expect(torus.distance([1, 1], [9, 9])).toBeCloseTo(2 * Math.SQRT2, 12);
  });

  test('the farthest point from (0,0) is (5,5), at 5√2', () => {
    expect(torus.distance([0, 0], [5, 5])).toBeCloseTo(5 * Math.SQRT2, 12);
    expect(torus.maxDistance).toBeCloseTo(5 * Math.SQRT2, 12);
  });

  test('shifting either coordinate by a multiple of 10 gives the same point', () => {
    for (const [dx, dy] of [
      [10, 0],
      [0, -10],
      [20, 30],
    ]) {
      expect(torus.distance([2.5, 7.25], [2.5 + dx, 7.25 + dy])).toBeCloseTo(0, 12);
    }
  });

  test('trained positions outside the box have the distances of their wrapped images', () => {
    const outside = tf.tensor2d([
      [-1, 13],
      [25, -4.5],
      [9.5, 0.5],
    ]);
    const inside = tf.tensor2d([
      [9, 3],
      [5, 5.5],
      [9.5, 0.5],
    ]);
    const a = torus.distanceTensor(outside).dataSync();
    const b = torus.distanceTensor(inside).dataSync();
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 4));
    tf.dispose([outside, inside]);
  });

  test('the ring-torus picture closes up: (x, y), (x + 10, y) and (x, y + 10) coincide', () => {
    const scene = torus.toScene(new Float32Array([3, 4, 13, 4, 3, 14]));
    for (let a = 0; a < 3; a++) {
      expect(scene[3 + a]).toBeCloseTo(scene[a], 5);
      expect(scene[6 + a]).toBeCloseTo(scene[a], 5);
    }
  });
});

describe('n-torus', () => {
  test('6-torus: d(0, (9,1,5,0,0,0)) = √(1 + 1 + 25) = √27, the diameter is 5√6', () => {
    expect(torus6.distance([0, 0, 0, 0, 0, 0], [9, 1, 5, 0, 0, 0])).toBeCloseTo(Math.sqrt(27), 12);
    expect(torus6.distance([0, 0, 0, 0, 0, 0], [5, 5, 5, 5, 5, 5])).toBeCloseTo(
      5 * Math.sqrt(6),
      12,
    );
    expect(torus6.maxDistance).toBeCloseTo(5 * Math.sqrt(6), 12);
  });

  test('shifting any one of the 6 coordinates by ±10 gives the same point', () => {
    const a = [1.5, 2, 9.75, 0, 4.25, 7];
    for (let axis = 0; axis < 6; axis++) {
      for (const shift of [-10, 10]) {
        const image = a.map((x, i) => (i === axis ? x + shift : x));
        expect(torus6.distance(a, image)).toBeCloseTo(0, 12);
      }
    }
  });

  test('names and pictures say what they show', () => {
    expect(torus6.label).toBe('6-torus');
    expect(torus6.sceneNote).toMatch(/first 2 of 6/);
    expect(flatTorus(2, 'torus').label).toBe('Torus');
  });

  test('refuses a dimension that is not a positive integer', () => {
    expect(() => flatTorus(0)).toThrow(/dimension/);
    expect(() => flatTorus(2.5)).toThrow(/dimension/);
  });
});
