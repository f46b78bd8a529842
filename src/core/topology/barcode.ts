/**
 * Reading a barcode: which bars are long, and what the long ones say about the shape
 * (docs/science.md §Topology: a circle shows one long H1 bar; a flat torus two long H1 bars and one
 * long H2).
 */
import type { PersistencePair, PersistenceResult } from './types';

/**
 * Which bars are long. Lifetimes are measured inside the computed range [0, threshold] (a bar
 * still alive at the threshold is cut there). Within one dimension, sorted L₁ ≥ L₂ ≥ …, the
 * long bars are the first k, where k gives the widest relative gap L_k / L_{k+1} among the k
 * with L_k ≥ floor = LONG_BAR_FRACTION·threshold, provided that gap is at least LONG_BAR_GAP;
 * otherwise none is long. Past the last bar L_{k+1} is taken to be the floor itself. The
 * floor rejects sampling noise (by default the threshold is the enclosing radius, the size of
 * the cloud); the gap asks the long bars to stand apart from the rest. On seeded uniform
 * samples of 100–200 points (torus, sphere, circle, annulus, square, cube, Gaussian blob, two
 * blobs; 8 seeds each) this reads 182 of 192 clouds right; the misses are mostly the sparsest
 * tori, whose void really is barely above the noise.
 */
export const LONG_BAR_FRACTION = 0.2;
export const LONG_BAR_GAP = 1.5;

/** The `count` longest bars of one dimension, longest first (essential bars first of all). */
export function dominantBars(
  pairs: PersistencePair[],
  dimension: number,
  count: number,
): PersistencePair[] {
  return pairs
    .filter((p) => p.dimension === dimension)
    .sort((a, b) => b.death - b.birth - (a.death - a.birth) || a.birth - b.birth)
    .slice(0, count);
}

/** The long bars of one dimension (see LONG_BAR_FRACTION), longest first. */
export function longBars(result: PersistenceResult, dimension: number): PersistencePair[] {
  const { threshold } = result;
  const bars = dominantBars(result.pairs, dimension, Infinity);
  if (threshold === 0) return bars.filter((p) => p.death === Infinity);
  const lifetimes = bars.map((p) => Math.min(p.death, threshold) - p.birth);
  let count = 0;
  let widestGap = LONG_BAR_GAP;
  for (let k = 1; k <= bars.length && lifetimes[k - 1] >= LONG_BAR_FRACTION * threshold; k++) {
    const next = k < bars.length ? lifetimes[k] : LONG_BAR_FRACTION * threshold;
    const gap = lifetimes[k - 1] / next;
    if (gap >= widestGap) {
      widestGap = gap;
      count = k;
    }
  }
  return bars.slice(0, count);
}

const plural = (count: number, word: string) =>
  count === 0 ? `no long ${word} bar` : `${count} long ${word} bar${count === 1 ? '' : 's'}`;

/**
 * Shapes recognisable from the long H1 and H2 bar counts (Betti numbers over Z/2, which is
 * what the computation uses: the Klein bottle then looks exactly like the torus).
 */
function shapeReading(h1: number, h2: number | null): string {
  if (h2 === null) {
    if (h1 === 0) return 'no loops, like a blob, disc or ball';
    if (h1 === 1) return 'the points trace a circle';
    return `${h1} independent loops (a k-torus has k; compute H2 to see the surface)`;
  }
  if (h1 === 0 && h2 === 0) return 'no loops or voids, like a blob, disc or ball';
  if (h1 === 1 && h2 === 0) return 'the points trace a circle';
  if (h1 === 0 && h2 === 1) return 'consistent with a sphere';
  if (h1 === 2 && h2 === 1) {
    return 'consistent with a torus (or a Klein bottle, which has the same Betti numbers over Z/2)';
  }
  if (h1 === 1 && h2 === 1) return 'consistent with a projective plane';
  if (h1 > 2 && h2 === (h1 * (h1 - 1)) / 2) return `consistent with a ${h1}-torus`;
  return `${h1} independent loops and ${h2} enclosed voids`;
}

/**
 * A short plain-English reading, e.g. "2 long H1 bars and 1 long H2 bar: consistent with a
 * torus (…)". Long is defined at LONG_BAR_FRACTION; H2 is only read if it was computed.
 */
export function describeBarcode(result: PersistenceResult): string {
  if (result.n === 0) return 'No points.';
  const h1 = result.maxDimension >= 1 ? longBars(result, 1).length : 0;
  const h2 = result.maxDimension >= 2 ? longBars(result, 2).length : null;
  const clusters = longBars(result, 0).length;
  const clusterNote = clusters > 1 ? ` The points fall into ${clusters} separate clusters.` : '';
  if (result.maxDimension === 0) {
    return `${clusters === 1 ? 'One cluster' : `${clusters} clusters`} (loops not computed).`;
  }
  const counts = h2 === null ? plural(h1, 'H1') : `${plural(h1, 'H1')} and ${plural(h2, 'H2')}`;
  return `${counts}: ${shapeReading(h1, h2)}.${clusterNote}`;
}
