import { describe, expect, test } from 'vitest';
import { getManifold } from '../../core/manifolds';
import { Rng } from '../../core/random';
import { manifoldIds } from '../../core/config/schema';
import { flatMapField, flatMapGrid } from './activityMap';

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
    const flat = manifoldIds.filter((id) => getManifold(id, 6).unfolding !== null);
    expect(flat.sort()).toEqual(['circle', 'klein', 'sphere', 'torus']);
    expect(() => flatMapGrid(getManifold('euclidean', 3), new Float32Array(9))).toThrow(
      /No unfolded/,
    );
  });

  test.each(['circle', 'torus', 'klein', 'sphere'] as const)(
    'the %s’s measure is its length or area in its own distance (the kernel width follows it)',
    (id) => {
      // Sum, over a fine grid of the picture, of each cell's extent measured by the metric:
      // neighbouring pixel centres' distances across (and down, for a surface).
      const m = getManifold(id, 2);
      const unfolding = m.unfolding!;
      const w = 400;
      const h = unfolding.shape === 'band' ? 1 : unfolding.shape === 'wide' ? w / 2 : w;
      let total = 0;
      for (let j = 0; j < h; j++) {
        for (let i = 0; i < w; i++) {
          const at = (di: number, dj: number) =>
            unfolding.point((i + 0.5 + di) / w, (j + 0.5 + dj) / h);
          const across = m.distance(at(0, 0), at(1, 0));
          total += unfolding.shape === 'band' ? across : across * m.distance(at(0, 0), at(0, 1));
        }
      }
      expect(total / unfolding.measure).toBeCloseTo(1, 2);
    },
  );
});
