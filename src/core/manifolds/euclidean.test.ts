import { describe, expect, test } from 'vitest';
import { euclidean } from './euclidean';

describe('Euclidean Rᵏ', () => {
  test('d((0,0,0),(1,2,2)) = 3; no wrap, no bound', () => {
    const r3 = euclidean(3);
    expect(r3.distance([0, 0, 0], [1, 2, 2])).toBe(3);
    expect(r3.distance([0, 0, 0], [30, 40, 0])).toBe(50);
    expect(r3.maxDistance).toBe(Infinity);
    expect(r3.label).toBe('R³');
  });

  test('the picture shows the first 3 coordinates, the start cube centred at the origin', () => {
    const scene = euclidean(5).toScene(new Float32Array([5, 5, 5, 9, 9, 10, 0, 2.5, 1, 1]));
    [0, 0, 0, 3, -3, -1.5].forEach((v, i) => expect(scene[i]).toBeCloseTo(v, 5));
    expect(euclidean(2).toScene(new Float32Array([10, 0]))[2]).toBe(0);
    expect(euclidean(16).label).toBe('R¹⁶');
  });
});
