/**
 * Checks the optimised reduction (cohomology, clearing, emergent pairs, integer keys) against
 * the textbook algorithm: every simplex listed explicitly, sorted by (value, dimension), and
 * boundary columns reduced left to right over Z/2. A barcode does not depend on how ties are
 * ordered, so the two must agree exactly, ties (grids) included.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../random';
import { euclideanDistanceMatrix, vietorisRips } from '.';
import type { HomologyDimension, PersistencePair } from '.';

function referenceBars(d: Float64Array, n: number, maxDimension: number, threshold: number) {
  const simplices: { vertices: number[]; value: number }[] = [];
  const extend = (vertices: number[], value: number) => {
    if (value > threshold) return;
    simplices.push({ vertices, value });
    if (vertices.length === maxDimension + 2) return;
    for (let v = vertices[vertices.length - 1] + 1; v < n; v++) {
      extend([...vertices, v], Math.max(value, ...vertices.map((u) => d[u * n + v])));
    }
  };
  for (let v = 0; v < n; v++) extend([v], 0);
  simplices.sort((a, b) => a.value - b.value || a.vertices.length - b.vertices.length);
  const position = new Map(simplices.map((s, i) => [s.vertices.join(), i]));
  const columnWithLow = new Map<number, Set<number>>();
  const pairs: PersistencePair[] = [];
  const creators: number[] = [];
  simplices.forEach((simplex, j) => {
    const facets =
      simplex.vertices.length === 1
        ? []
        : simplex.vertices.map((_, i) => simplex.vertices.filter((__, k) => k !== i));
    const column = new Set(facets.map((f) => position.get(f.join())!));
    for (let low = Math.max(-1, ...column); columnWithLow.has(low); low = Math.max(-1, ...column)) {
      for (const row of columnWithLow.get(low)!) if (!column.delete(row)) column.add(row);
    }
    if (column.size === 0) return void creators.push(j);
    const low = Math.max(...column);
    columnWithLow.set(low, column);
    const born = simplices[low];
    if (simplex.value > born.value) {
      pairs.push({ dimension: born.vertices.length - 1, birth: born.value, death: simplex.value });
    }
  });
  for (const j of creators) {
    const dimension = simplices[j].vertices.length - 1;
    if (!columnWithLow.has(j) && dimension <= maxDimension) {
      pairs.push({ dimension, birth: simplices[j].value, death: Infinity });
    }
  }
  return pairs.filter((p) => p.dimension <= maxDimension);
}

const canonical = (pairs: PersistencePair[]) =>
  pairs.map((p) => `H${p.dimension} [${p.birth.toFixed(9)}, ${p.death.toFixed(9)})`).sort();

type Cloud = 'gaussian' | 'grid' | 'sphere';

/** Seeded clouds in R³: Gaussian; points of the 3×3×3 integer grid; a jittered Fibonacci sphere. */
function cloud(kind: Cloud, seed: number, n: number): Float64Array {
  const rng = new Rng(seed);
  const points = Float32Array.from({ length: 3 * n }, () =>
    kind === 'grid' ? rng.int(3) : rng.normal(),
  );
  for (let i = 0; kind === 'sphere' && i < n; i++) {
    const z = 1 - (2 * i + 1) / n;
    const angle = i * Math.PI * (3 - Math.sqrt(5)) + 0.3 * rng.normal();
    points.set(
      [Math.sqrt(1 - z * z) * Math.cos(angle), Math.sqrt(1 - z * z) * Math.sin(angle), z],
      3 * i,
    );
  }
  return euclideanDistanceMatrix(points, n, 3);
}

describe('vietorisRips agrees with the textbook boundary-matrix reduction', () => {
  const cases: [string, Cloud][] = [
    ['Gaussian points', 'gaussian'],
    ['points on a 3×3×3 grid (many tied distances, repeated points)', 'grid'],
    ['points on the unit sphere (a void, and loops and voids cut by the thresholds)', 'sphere'],
  ];
  for (const [label, kind] of cases) {
    it(label, () => {
      for (let seed = 1; seed <= 12; seed++) {
        const n = 10 + (seed % 4);
        const d = cloud(kind, seed, n);
        for (const maxDimension of [0, 1, 2] as HomologyDimension[]) {
          for (const threshold of [undefined, 1, 1.6]) {
            const result = vietorisRips(d, n, { maxDimension, threshold });
            const expected = referenceBars(d, n, maxDimension, threshold ?? Infinity);
            expect(canonical(result.pairs), `seed ${seed}, H${maxDimension}, ${threshold}`).toEqual(
              canonical(expected),
            );
          }
        }
      }
    });
  }
});
