/**
 * Vietoris–Rips persistent homology (H0, H1, H2 over Z/2) of a point cloud given by its
 * distance matrix, in plain TypeScript so it runs in Node and in the training worker.
 *
 * The algorithm is Ripser's (Bauer 2021): H0 by union–find over edges in filtration order;
 * then, dimension by dimension, the coboundary matrix is reduced with columns (k-simplices) in
 * reverse filtration order, which yields the same pairs as reducing the boundary matrix but
 * with three savings: clearing (a (k+1)-simplex that was a pivot in dimension k is never a
 * column in dimension k+1), implicit columns (cofacets are enumerated from the combinatorial
 * index, never stored) and emergent pairs (a column whose smallest cofacet has its own value
 * and is not yet a pivot is finished without building it). The reduction matrix is kept as
 * one simplex per column, more only for the few columns that needed additions.
 */
import { enclosingRadius, maxDistance, validateDistanceMatrix } from './distances';
import { RipsFiltration } from './filtration';
import { KeyMap } from './keyMap';
import { PivotHeap } from './pivotHeap';
import type { PersistencePair, PersistenceResult, VietorisRipsOptions } from './types';

/**
 * Default threshold for H2 on large clouds. Tetrahedra make H2 cost grow like n⁴: exact H2
 * takes about a second at n = 200 but 5–10 s at n = 300 (Node, one core). Above
 * H2_EXACT_MAX_POINTS the default cuts at H2_THRESHOLD_FRACTION of the largest distance, which
 * keeps the features we look for (the flat torus' loops and void die near 0.5·max; a
 * sphere's void, dying near 0.82·max, stays as a long essential bar) while dropping most
 * triangles.
 */
export const H2_EXACT_MAX_POINTS = 200;
export const H2_THRESHOLD_FRACTION = 0.6;

/**
 * The threshold actually used: the requested one, else (H2 on more than H2_EXACT_MAX_POINTS
 * points) H2_THRESHOLD_FRACTION·max distance, else none; never above the enclosing radius,
 * where the barcode is already complete.
 */
export function defaultThreshold(
  distances: ArrayLike<number>,
  n: number,
  options: VietorisRipsOptions,
): number {
  const large = options.maxDimension === 2 && n > H2_EXACT_MAX_POINTS;
  const requested =
    options.threshold ?? (large ? H2_THRESHOLD_FRACTION * maxDistance(distances, n) : Infinity);
  return Math.min(requested, enclosingRadius(distances, n));
}

/**
 * The barcode of the Vietoris–Rips filtration of an n-point metric space given as a row-major
 * n×n distance matrix, in dimensions 0…maxDimension, over Z/2. Bars of zero length are left
 * out; essential classes have death Infinity. onProgress gets fractions in [0, 1], one equal
 * share per dimension ≥ 1 (so it is monotone, not linear in time), and 1 at the end.
 */
export function vietorisRips(
  distances: Float32Array | Float64Array,
  n: number,
  options: VietorisRipsOptions,
  onProgress?: (fraction: number) => void,
): PersistenceResult {
  validateDistanceMatrix(distances, n);
  const { maxDimension } = options;
  if (maxDimension !== 0 && maxDimension !== 1 && maxDimension !== 2) {
    throw new Error(`vietorisRips: maxDimension must be 0, 1 or 2, got ${String(maxDimension)}`);
  }
  if (options.threshold !== undefined && !(options.threshold >= 0)) {
    throw new Error(
      `vietorisRips: threshold must be a non-negative number, got ${options.threshold}`,
    );
  }
  const threshold = defaultThreshold(distances, n, options);
  const pairs: PersistencePair[] = [];
  if (n === 0) return { pairs, threshold, n, maxDimension, simplexCount: 0 };

  const filtration = new RipsFiltration(distances, n, threshold, maxDimension);
  const edges = filtration.edges();
  let columns = dimensionZero(filtration, edges, pairs);
  let simplexCount = n + (maxDimension >= 1 ? edges.length : 0);
  for (let dimension = 1; dimension <= maxDimension; dimension++) {
    const report = (done: number) => onProgress?.((dimension - 1 + done) / maxDimension);
    const pivots = reduceDimension(filtration, dimension, columns, pairs, report);
    if (dimension < maxDimension) {
      columns = triangleColumns(filtration, edges, pivots);
      simplexCount += columns.length + pivots.size;
    }
  }
  onProgress?.(1);
  return { pairs, threshold, n, maxDimension, simplexCount };
}

/**
 * H0 by union–find: an edge joining two components kills the younger one (all births are 0,
 * so these deaths are the single-linkage merge heights). Returns the other edges, the
 * columns of dimension 1 (the joining edges are cleared: they are H0 pivots).
 */
function dimensionZero(
  filtration: RipsFiltration,
  edges: Float64Array,
  pairs: PersistencePair[],
): Float64Array {
  const parent = Int32Array.from({ length: filtration.n }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]];
    return v;
  };
  const cycles: number[] = [];
  for (const edge of edges) {
    const [a, b] = filtration.edgeVertices(edge);
    const rootA = find(a);
    const rootB = find(b);
    if (rootA === rootB) {
      cycles.push(edge);
      continue;
    }
    parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    const death = filtration.value(edge, 1);
    if (death > 0) pairs.push({ dimension: 0, birth: 0, death });
  }
  for (let v = 0; v < filtration.n; v++) {
    if (find(v) === v) pairs.push({ dimension: 0, birth: 0, death: Infinity });
  }
  return Float64Array.from(cycles);
}

/**
 * Reduces the coboundary columns of one dimension (given ascending; processed from the end)
 * and appends the bars. Returns the pivots, the (dimension+1)-simplices to clear next.
 */
function reduceDimension(
  filtration: RipsFiltration,
  dimension: number,
  columns: Float64Array,
  pairs: PersistencePair[],
  report: (fraction: number) => void,
): KeyMap {
  const pivots = new KeyMap(); // pivot cofacet → its stored reduction column
  const stored: number[] = [];
  const starts: number[] = [0];
  const buffer = new Float64Array(filtration.n);
  const heap = new PivotHeap();
  for (let c = columns.length - 1; c >= 0; c--) {
    if ((c & 4095) === 0) report(1 - c / columns.length);
    const simplex = columns[c];
    let pivot = smallest(buffer, filtration.cofacets(simplex, dimension, buffer, 'emergent'));
    if (pivot >= 0 && pivots.get(pivot) >= 0) {
      const reduction = new Set([simplex]);
      heap.clear();
      heap.pushAll(buffer, filtration.cofacets(simplex, dimension, buffer, 'all'));
      for (let slot = pivots.get(pivot); slot >= 0; slot = pivot < 0 ? -1 : pivots.get(pivot)) {
        for (let e = starts[slot]; e < starts[slot + 1]; e++) {
          if (!reduction.delete(stored[e])) reduction.add(stored[e]);
          heap.pushAll(buffer, filtration.cofacets(stored[e], dimension, buffer, 'all'));
        }
        pivot = heap.pivot();
      }
      for (const entry of reduction) stored.push(entry);
    } else {
      stored.push(simplex);
    }
    const birth = filtration.value(simplex, dimension);
    if (pivot < 0) {
      pairs.push({ dimension, birth, death: Infinity });
      stored.length = starts[starts.length - 1];
      continue;
    }
    pivots.set(pivot, starts.length - 1);
    starts.push(stored.length);
    const death = filtration.value(pivot, dimension + 1);
    if (death > birth) pairs.push({ dimension, birth, death });
  }
  return pivots;
}

/** The smallest of the first `count` keys, or −1 if there are none. */
function smallest(keys: Float64Array, count: number): number {
  let min = -1;
  for (let i = 0; i < count; i++) if (min < 0 || keys[i] < min) min = keys[i];
  return min;
}

/** The triangles within the threshold that H1 did not clear (were not its pivots), ascending. */
function triangleColumns(
  filtration: RipsFiltration,
  edges: Float64Array,
  pivots: KeyMap,
): Float64Array {
  const buffer = new Float64Array(filtration.n);
  const next: number[] = [];
  for (const edge of edges) {
    const count = filtration.cofacets(edge, 1, buffer, 'top');
    for (let i = 0; i < count; i++) if (pivots.get(buffer[i]) < 0) next.push(buffer[i]);
  }
  return Float64Array.from(next).sort();
}
