/**
 * An ordering of the units by where they sit on the manifold, for the heatmap: with units
 * sorted by position, a geometric penalty shows as a band along the diagonal (the paper's
 * W_hh pictures). Each space gives its sort key (Manifold.orderKey): the first coordinate
 * (angle of the circle, x of the tori and the Klein bottle, first axis of Rᵏ), on the sphere
 * the longitude. The worker puts this order in every snapshot, beside W_hh's picture drawn in
 * it, so the heatmap and its pointer agree on which unit a row is.
 */
import type { Manifold } from './types';

export function orderByPosition(
  embedding: Float32Array,
  manifold: Pick<Manifold, 'dim' | 'orderKey'>,
): Int32Array {
  const { dim } = manifold;
  const n = embedding.length / dim;
  const keys = Float64Array.from({ length: n }, (_, j) => manifold.orderKey(embedding, j * dim));
  return Int32Array.from({ length: n }, (_, j) => j).sort((a, b) => keys[a] - keys[b] || a - b);
}
