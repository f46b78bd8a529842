/**
 * An ordering of the units by where they sit on the manifold, for the heatmap: with units
 * sorted by position, a geometric penalty shows as a band along the diagonal (the paper's
 * W_hh pictures). The key is the first coordinate (angle of the circle, x of the tori and the
 * Klein bottle, first axis of Rᵏ); on the sphere, the longitude.
 */
import type { ManifoldId } from '../../core/config/schema';

export function orderByPosition(
  embedding: Float32Array,
  dim: number,
  manifold: ManifoldId,
): Int32Array {
  const n = embedding.length / dim;
  const key = (j: number) =>
    manifold === 'sphere'
      ? Math.atan2(embedding[j * dim + 1], embedding[j * dim])
      : embedding[j * dim];
  const keys = Float64Array.from({ length: n }, (_, j) => key(j));
  return Int32Array.from({ length: n }, (_, j) => j).sort((a, b) => keys[a] - keys[b] || a - b);
}
