import { describe, expect, test } from 'vitest';
import { Rng } from '../../random';
import authors from './fixtures/authors-code-navigation.json';
import { createPlaceCells, placeCellTargets, type PlaceCells } from './placeCells';
import { randomWalk } from './trajectory';

/** The authors' 512 cells (seed 0), σ = 0.12 m. */
const authorsCells: PlaceCells = {
  centres: Float32Array.from(authors.place_cell_centers.flat()),
  widthMeters: 0.12,
  count: 512,
};
/** The authors' positions, (T = 10, B = 3, 2) time-major like ours. */
const authorsPositions = Float32Array.from(authors.gen_pos.flat(2));

function rowSums(targets: Float32Array, count: number): number[] {
  const sums: number[] = [];
  for (let r = 0; r < targets.length / count; r++) {
    sums.push(targets.subarray(r * count, (r + 1) * count).reduce((s, v) => s + v, 0));
  }
  return sums;
}

describe('createPlaceCells', () => {
  test('draws Np centres uniformly in the box, fixed by the seed', () => {
    const cells = createPlaceCells(new Rng(1), { count: 2000, boxMeters: 2.2 });
    expect(cells.count).toBe(2000);
    expect(cells.widthMeters).toBe(0.12);
    expect(cells.centres).toHaveLength(4000);
    let sum = 0;
    for (const c of cells.centres) {
      expect(Math.abs(c)).toBeLessThan(1.1);
      sum += c;
    }
    expect(Math.abs(sum / 4000)).toBeLessThan(0.03);
    expect(createPlaceCells(new Rng(1), { count: 2000 })).toEqual(cells);
    expect(createPlaceCells(new Rng(2), { count: 2000 }).centres).not.toEqual(cells.centres);
  });
});

describe('placeCellTargets', () => {
  test("matches the authors' code on their cells and positions", () => {
    const targets = placeCellTargets(authorsCells, authorsPositions);
    const expected = authors.gen_pc_targets_t0_b0;
    const peak = Math.max(...expected);
    for (let i = 0; i < 512; i++) {
      expect(Math.abs(targets[i] - expected[i])).toBeLessThan(1e-5 * peak);
    }
    const sums = rowSums(targets, 512);
    authors.gen_pc_targets_sum.flat().forEach((s, r) => expect(sums[r]).toBeCloseTo(s, 5));
  });

  test("the start code matches the authors' initial activation", () => {
    const starts = Float32Array.from(
      authors.traj.init_x.flatMap(([x], b) => [x, authors.traj.init_y[b][0]]),
    );
    const code = placeCellTargets(authorsCells, starts);
    authors.gen_init_activation_first8.forEach((row, b) =>
      row.forEach((v, i) => expect(code[b * 512 + i]).toBeCloseTo(v, 7)),
    );
  });

  test('every row is a distribution peaked at the nearest cell, also outside the box', () => {
    const cells = createPlaceCells(new Rng(3), { count: 256 });
    const { positions } = randomWalk(new Rng(4), { seqLen: 20, batch: 16 });
    const far = Float32Array.from([1.3, -1.25, 3, 3]);
    for (const points of [positions, far]) {
      const targets = placeCellTargets(cells, points);
      for (const s of rowSums(targets, 256)) expect(s).toBeCloseTo(1, 5);
      expect(targets.reduce((m, v) => Math.min(m, v), Infinity)).toBeGreaterThanOrEqual(0);
      for (let r = 0; r < points.length / 2; r++) {
        const row = targets.subarray(r * 256, (r + 1) * 256);
        let nearest = 0;
        let best = Infinity;
        for (let i = 0; i < 256; i++) {
          const d = Math.hypot(
            points[2 * r] - cells.centres[2 * i],
            points[2 * r + 1] - cells.centres[2 * i + 1],
          );
          if (d < best) [best, nearest] = [d, i];
        }
        expect(row.indexOf(Math.max(...row))).toBe(nearest);
      }
    }
  });
});
