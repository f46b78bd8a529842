/**
 * The n × n geodesic distances of the units, kept while their positions stay the same. Probes
 * measure locality with them, one probe after another on the same network, and the matrix costs
 * n² metric calls (most of a second on the torus at n = 4096, seconds on the sphere) while
 * comparing the n × dim positions takes well under a millisecond. Trained embeddings move every step and nothing versions them, so the key is the
 * positions' content, with the manifold's id and coordinate count (which fix its metric).
 */
import type { Manifold } from './types';

/** The distance matrix of `positions` on `manifold` (the caller must not write into it). */
export type DistanceMatrixOf = (manifold: Manifold, positions: Float32Array) => Float32Array;

/** No cache: a fresh matrix every call. */
export const freshDistances: DistanceMatrixOf = (manifold, positions) =>
  manifold.distanceMatrix(positions);

/**
 * A one-entry cache of manifold.distanceMatrix: the same manifold and positions (by value) give
 * the same matrix object; anything else computes a new one. It keeps a copy of the positions, so
 * a caller may refill its array.
 */
export function distanceMatrixCache(): DistanceMatrixOf {
  let last: { id: string; dim: number; positions: Float32Array; matrix: Float32Array } | null =
    null;
  return (manifold, positions) => {
    if (
      last?.id !== manifold.id ||
      last.dim !== manifold.dim ||
      !sameValues(last.positions, positions)
    ) {
      const matrix = manifold.distanceMatrix(positions);
      last = { id: manifold.id, dim: manifold.dim, positions: positions.slice(), matrix };
    }
    return last.matrix;
  };
}

function sameValues(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
