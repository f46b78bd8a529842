/**
 * What the topology views read off a barcode, without the DOM: the range of filtration
 * distances to draw, which bars are long (the core's longBars, so the pictures emphasise
 * exactly the bars the plain-English reading counts), the order bars are stacked in, and the
 * words a tooltip uses for one bar.
 */
import { format } from 'd3';
import { longBars, type PersistencePair, type PersistenceResult } from '../../core/topology';

/** What a class of each dimension is, in words: H0 clusters, H1 loops, H2 enclosed voids. */
export const DIMENSION_NAMES = ['cluster', 'loop', 'void'] as const;

const fmt = format('.3~g');

/** The dimensions that were computed, 0…maxDimension. */
export function dimensionsShown(result: PersistenceResult): number[] {
  return Array.from({ length: result.maxDimension + 1 }, (_, d) => d);
}

/**
 * The largest filtration distance to draw: the computed range (threshold) or the last finite
 * birth or death, whichever is larger; 1 for an empty or degenerate result.
 */
export function filtrationExtent(result: PersistenceResult): number {
  let extent = Number.isFinite(result.threshold) ? result.threshold : 0;
  for (const { birth, death } of result.pairs) {
    if (Number.isFinite(birth)) extent = Math.max(extent, birth);
    if (Number.isFinite(death)) extent = Math.max(extent, death);
  }
  return extent > 0 ? extent : 1;
}

/** The long bars of every computed dimension (same objects as in result.pairs). */
export function longPairs(result: PersistenceResult): Set<PersistencePair> {
  return new Set(dimensionsShown(result).flatMap((d) => longBars(result, d)));
}

/** Larger first, Infinity included (a plain subtraction gives NaN for two essential bars). */
const descending = (a: number, b: number) => (a === b ? 0 : a > b ? -1 : 1);

/** The bars of one dimension in barcode order: by birth, then the longer (later death) first. */
export function barOrder(pairs: readonly PersistencePair[], dimension: number): PersistencePair[] {
  return pairs
    .filter((p) => p.dimension === dimension)
    .sort((a, b) => a.birth - b.birth || descending(a.death, b.death));
}

/** death − birth; for an essential bar, the part inside the computed range (a lower bound). */
export function persistence(pair: PersistencePair, threshold: number): number {
  const end = pair.death === Infinity ? Math.max(threshold, pair.birth) : pair.death;
  return end - pair.birth;
}

/** The hover text of one bar or point: dimension, birth, death, persistence, long or not. */
export function describePair(pair: PersistencePair, long: boolean, threshold: number): string {
  const essential = pair.death === Infinity;
  const name = DIMENSION_NAMES[pair.dimension] ?? 'class';
  const dies = essential
    ? `never within d ≤ ${fmt(threshold)} (essential)`
    : `at d = ${fmt(pair.death)}`;
  return [
    `H${pair.dimension} bar (a ${name})`,
    `born at d = ${fmt(pair.birth)}`,
    `dies ${dies}`,
    `persistence ${essential ? '≥ ' : ''}${fmt(persistence(pair, threshold))}`,
    long ? 'long: shape, counted in the reading' : 'short: likely sampling noise',
  ].join('\n');
}
