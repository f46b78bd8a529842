import { describe, expect, it } from 'vitest';
import { Rng } from '../random';
import { describeBarcode, dominantBars, euclideanDistanceMatrix, longBars, vietorisRips } from '.';
import type { PersistencePair } from '.';

const square = euclideanDistanceMatrix(new Float32Array([0, 0, 1, 0, 1, 1, 0, 1]), 4, 2);

const bars = (pairs: PersistencePair[], dimension: number) =>
  pairs
    .filter((p) => p.dimension === dimension)
    .map((p) => [p.birth, p.death])
    .sort((a, b) => a[1] - b[1]);

/** k×k grid on the flat torus [0,10)², with the wrapped Euclidean metric. */
function torusGrid(k: number): Float64Array {
  const n = k * k;
  const step = 10 / k;
  const wrap = (delta: number) => Math.min(Math.abs(delta), 10 - Math.abs(delta));
  const d = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const dx = wrap(((a % k) - (b % k)) * step);
      const dy = wrap((Math.floor(a / k) - Math.floor(b / k)) * step);
      d[a * n + b] = Math.hypot(dx, dy);
    }
  }
  return d;
}

function circle(n: number): Float64Array {
  const points = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    points[2 * i] = Math.cos((2 * Math.PI * i) / n);
    points[2 * i + 1] = Math.sin((2 * Math.PI * i) / n);
  }
  return euclideanDistanceMatrix(points, n, 2);
}

describe('vietorisRips', () => {
  it('unit square: three H0 bars die at 1, one is essential; one H1 bar on [1, √2)', () => {
    const result = vietorisRips(square, 4, { maxDimension: 2 });
    expect(bars(result.pairs, 0)).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
      [0, Infinity],
    ]);
    const h1 = bars(result.pairs, 1);
    expect(h1).toHaveLength(1);
    expect(h1[0][0]).toBeCloseTo(1, 6);
    expect(h1[0][1]).toBeCloseTo(Math.SQRT2, 6);
    expect(bars(result.pairs, 2)).toEqual([]);
    expect(result.simplexCount).toBe(4 + 6 + 4);
  });

  it('evenly spaced circle: exactly one H1 bar, dying at the inscribed triangle', () => {
    const result = vietorisRips(circle(24), 24, { maxDimension: 1 });
    const h1 = bars(result.pairs, 1);
    expect(h1).toHaveLength(1);
    expect(h1[0][0]).toBeCloseTo(2 * Math.sin(Math.PI / 24), 6);
    expect(h1[0][1]).toBeCloseTo(Math.sqrt(3), 6); // vertices 0, 8, 16
    expect(longBars(result, 1)).toHaveLength(1);
    expect(describeBarcode(result)).toBe('1 long H1 bar: the points trace a circle.');
  });

  it('8×8 grid on the flat torus: two dominant H1 bars and one dominant H2 bar', () => {
    const result = vietorisRips(torusGrid(8), 64, { maxDimension: 2 });
    const [first, second, third] = dominantBars(result.pairs, 1, 3);
    for (const bar of [first, second]) {
      expect(bar.birth).toBeCloseTo(1.25, 6); // one grid step
      expect(bar.death).toBeCloseTo(3.75, 6); // three points a third of the way round
    }
    expect(third.death - third.birth).toBeCloseTo(1.25 * (Math.SQRT2 - 1), 6); // a grid square
    const [h2, nextH2] = dominantBars(result.pairs, 2, 2);
    expect(h2.birth).toBeCloseTo(1.25 * Math.SQRT2, 6);
    expect(h2.death - h2.birth).toBeGreaterThan(2);
    expect(nextH2.death - nextH2.birth).toBeLessThan((h2.death - h2.birth) / 5);
    expect(longBars(result, 1)).toHaveLength(2);
    expect(longBars(result, 2)).toHaveLength(1);
    expect(describeBarcode(result)).toMatch(
      /^2 long H1 bars and 1 long H2 bar: consistent with a torus/,
    );
  });

  it('Fibonacci sample of the unit sphere: one dominant H2 bar and no dominant H1 bar', () => {
    const n = 80;
    const points = new Float32Array(3 * n);
    for (let i = 0; i < n; i++) {
      const z = 1 - (2 * i + 1) / n;
      const angle = i * Math.PI * (3 - Math.sqrt(5));
      points.set(
        [Math.sqrt(1 - z * z) * Math.cos(angle), Math.sqrt(1 - z * z) * Math.sin(angle), z],
        3 * i,
      );
    }
    const result = vietorisRips(euclideanDistanceMatrix(points, n, 3), n, { maxDimension: 2 });
    expect(longBars(result, 2)).toHaveLength(1);
    expect(longBars(result, 1)).toHaveLength(0);
    const [void_] = dominantBars(result.pairs, 2, 1);
    expect(void_.death).toBeGreaterThan(1.6); // ≈ √(8/3), edge of the inscribed tetrahedron
    expect(describeBarcode(result)).toBe(
      'no long H1 bar and 1 long H2 bar: consistent with a sphere.',
    );
  });

  it('H0 deaths are the single-linkage merge heights', () => {
    const n = 40;
    const rng = new Rng(7);
    const points = Float32Array.from({ length: 3 * n }, () => rng.normal());
    const d = euclideanDistanceMatrix(points, n, 3);
    const cluster = Array.from({ length: n }, (_, i) => i);
    const heights: number[] = [];
    for (let merges = 0; merges < n - 1; merges++) {
      let best = [Infinity, 0, 0];
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (cluster[i] !== cluster[j] && d[i * n + j] < best[0]) best = [d[i * n + j], i, j];
        }
      }
      heights.push(best[0]);
      const keep = cluster[best[1]];
      const gone = cluster[best[2]];
      for (let i = 0; i < n; i++) if (cluster[i] === gone) cluster[i] = keep;
    }
    const deaths = bars(vietorisRips(d, n, { maxDimension: 0 }).pairs, 0).map((b) => b[1]);
    expect(deaths).toEqual([...heights.sort((a, b) => a - b), Infinity]);
  });

  it('threshold: simplices above it are dropped and bars alive there become essential', () => {
    const cut = vietorisRips(square, 4, { maxDimension: 1, threshold: 1.2 });
    expect(cut.threshold).toBe(1.2);
    expect(bars(cut.pairs, 1)).toEqual([[1, Infinity]]);
    const tiny = vietorisRips(square, 4, { maxDimension: 1, threshold: 0.5 });
    expect(bars(tiny.pairs, 0)).toEqual(Array(4).fill([0, Infinity]));
    expect(tiny.simplexCount).toBe(4);
    // Past the enclosing radius (√2 here) nothing changes, so the run stops there.
    const loose = vietorisRips(square, 4, { maxDimension: 1, threshold: 10 });
    expect(loose.threshold).toBeCloseTo(Math.SQRT2, 6);
    expect(loose.pairs).toEqual(vietorisRips(square, 4, { maxDimension: 1 }).pairs);
  });

  it('handles empty and one-point clouds', () => {
    expect(vietorisRips(new Float64Array(0), 0, { maxDimension: 2 }).pairs).toEqual([]);
    const one = vietorisRips(new Float32Array([0]), 1, { maxDimension: 2 });
    expect(one.pairs).toEqual([{ dimension: 0, birth: 0, death: Infinity }]);
    expect(describeBarcode(one)).toBe(
      'no long H1 bar and no long H2 bar: no loops or voids, like a blob, disc or ball.',
    );
  });

  it('reports progress from 0 to 1', () => {
    const seen: number[] = [];
    vietorisRips(torusGrid(8), 64, { maxDimension: 2 }, (f) => seen.push(f));
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]))).toBe(true);
  });

  it('rejects malformed input with a clear message', () => {
    const nan = square.slice();
    nan[1] = nan[4] = NaN;
    const skew = square.slice();
    skew[1] = 2;
    const run =
      (d: Float64Array, n: number, maxDimension = 1, threshold?: number) =>
      () =>
        vietorisRips(d, n, { maxDimension: maxDimension as 1, threshold });
    expect(run(square, 3)).toThrow('distance matrix has 16 entries, but n = 3 needs n×n = 9');
    expect(run(nan, 4)).toThrow(
      'distance (0, 1) is NaN; distances must be finite and non-negative',
    );
    expect(run(skew, 4)).toThrow('distance matrix is not symmetric');
    expect(run(square, 2.5)).toThrow('n must be a non-negative integer');
    expect(run(square, 4, 3)).toThrow('maxDimension must be 0, 1 or 2');
    expect(run(square, 4, 1, -1)).toThrow('threshold must be a non-negative number');
  });
});
