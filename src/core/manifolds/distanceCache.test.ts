import { describe, expect, test, vi } from 'vitest';
import { Rng } from '../random';
import { distanceMatrixCache } from './distanceCache';
import { getManifold } from './index';

/** A manifold whose distanceMatrix calls are counted. */
function counted(id: 'torus' | 'circle') {
  const manifold = getManifold(id, 2);
  const spy = vi.fn((points: Float32Array) => manifold.distanceMatrix(points));
  return { manifold: { ...manifold, distanceMatrix: spy }, spy };
}

describe('the unit-distance cache', () => {
  test('the same positions, in any array, reuse the matrix; moved ones get fresh distances', () => {
    const { manifold, spy } = counted('torus');
    const distancesOf = distanceMatrixCache();
    const positions = manifold.sample(6, new Rng(2));
    const first = distancesOf(manifold, positions);
    expect(distancesOf(manifold, positions.slice())).toBe(first);
    expect(spy).toHaveBeenCalledTimes(1);

    // The cache keeps its own copy: a caller refilling its array moves the positions.
    positions[3] += 0.5;
    const moved = distancesOf(manifold, positions);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(moved).not.toBe(first);
    expect(moved).toEqual(getManifold('torus', 2).distanceMatrix(positions));
    // Units 0 and 1 at (0, 0) and (0.5, 0) on the torus of period 2π: distance 0.5.
    const two = Float32Array.from([0, 0, 0.5, 0]);
    expect(distancesOf(manifold, two)[1]).toBeCloseTo(0.5, 6);
  });

  test('another manifold with the same coordinates is another metric', () => {
    const torus = counted('torus');
    const circle = counted('circle');
    const distancesOf = distanceMatrixCache();
    // Two angles on the circle (radius 5: d = 5·3) are one point on the torus: same array,
    // other distances.
    const points = Float32Array.from([0, 3]);
    expect(distancesOf(circle.manifold, points)[1]).toBeCloseTo(15, 5);
    expect(distancesOf(torus.manifold, points)).toEqual(new Float32Array(1));
    expect(circle.spy).toHaveBeenCalledTimes(1);
    expect(torus.spy).toHaveBeenCalledTimes(1);
  });
});
