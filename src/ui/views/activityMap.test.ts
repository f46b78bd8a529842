import { describe, expect, test } from 'vitest';
import { getManifold } from '../../core/manifolds';
import { Rng } from '../../core/random';
import { flatMapField, flatMapGrid, hasFlatMap } from './activityMap';

const torus = getManifold('torus', 2);

describe('the unfolded activity map', () => {
  test('each pixel is a weighted mean of nearby units: constant activity gives a flat field', () => {
    const positions = torus.sample(64, new Rng(1));
    const grid = flatMapGrid(torus, positions, { width: 16 });
    const field = flatMapField(grid, new Float32Array(64).fill(2));
    for (const v of field) expect(v).toBeCloseTo(2, 5);
  });

  test('a bump shows where it is, and across the torus’s wrap', () => {
    // Units on a 10 × 10 grid of the box; the active ones around (9.5, 5.5) straddle x = 10 ≡ 0.
    const positions = Float32Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0 ? Math.floor(i / 2 / 10) + 0.5 : (((i - 1) / 2) % 10) + 0.5,
    );
    const h = Float32Array.from({ length: 100 }, (_, j) => {
      const dx = Math.min(Math.abs(positions[2 * j] - 9.5), 10 - Math.abs(positions[2 * j] - 9.5));
      return Math.hypot(dx, positions[2 * j + 1] - 5.5) < 1.2 ? 1 : 0;
    });
    const width = 20;
    const field = flatMapField(flatMapGrid(torus, positions, { width }), h);
    const at = (x: number, y: number) =>
      field[Math.floor((1 - y / 10) * width) * width + Math.floor((x / 10) * width)];
    expect(at(9.5, 5.5)).toBeGreaterThan(0.6);
    expect(at(0.2, 5.5)).toBeGreaterThan(0.5); // the other side of the wrap
    expect(at(5, 5.5)).toBeLessThan(0.05);
    expect(at(9.5, 0.5)).toBeLessThan(0.05);
  });

  test('exists for the spaces with a flat picture only', () => {
    expect(['circle', 'torus', 'klein', 'sphere'].every((id) => hasFlatMap(id as never))).toBe(
      true,
    );
    expect(hasFlatMap('ntorus')).toBe(false);
    expect(() => flatMapGrid(getManifold('euclidean', 3), new Float32Array(9))).toThrow(
      /No unfolded/,
    );
  });
});
