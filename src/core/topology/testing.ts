/**
 * Barcodes for tests (imported only by *.test.ts files, here and in the topology view): bars
 * written by hand, and a noisy circle computed for real.
 */
import { euclideanDistanceMatrix, vietorisRips } from './index';
import type { HomologyDimension, PersistenceResult } from './index';

/** A result with the given bars ([dimension, birth, death]), of 50 points. */
export function resultOf(
  bars: [number, number, number][],
  maxDimension: HomologyDimension = 2,
  threshold = 10,
): PersistenceResult {
  const pairs = bars.map(([dimension, birth, death]) => ({ dimension, birth, death }));
  return { pairs, threshold, n: 50, maxDimension, simplexCount: 0 };
}

/** n points evenly on the unit circle, jittered radially by a fixed pattern, to H1. */
export function circleResult(n = 60): PersistenceResult {
  const points = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const angle = (2 * Math.PI * i) / n;
    const radius = 1 + 0.05 * Math.sin(7 * i);
    points[2 * i] = radius * Math.cos(angle);
    points[2 * i + 1] = radius * Math.sin(angle);
  }
  return vietorisRips(euclideanDistanceMatrix(points, n, 2), n, { maxDimension: 1 });
}
