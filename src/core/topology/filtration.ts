/**
 * The Vietoris–Rips filtration as exact integers, so the reduction never compares floats.
 *
 * Every distance is replaced by its rank among the distinct distances; a simplex's filtration
 * value (its longest edge) is then an integer rank. A k-simplex with vertices v₀ < … < v_k has
 * the combinatorial-number-system index Σ C(v_i, i+1), and is stored as one number, its key
 *   key = rank·M + (M − 1 − index),   M = C(n, k+1) = the number of k-simplices,
 * so ascending keys are the filtration order: by value, ties broken by the larger index first.
 * That tie-break (Ripser's) is what lets a descending scan of cofacets stop at the first one
 * with the simplex's own value: it is the smallest cofacet. Keys stay exact integers while
 * (number of distinct distances)·M < 2^53, which is checked up front.
 */

/**
 * Which cofacets a scan writes: all of them; all up to the first with the simplex's own value
 * (the smallest, if there is one); or only those whose new vertex is above all others, which
 * lists every coface exactly once when run over all faces.
 */
export type CofacetScan = 'all' | 'emergent' | 'top';

export class RipsFiltration {
  /** The distinct pairwise distances, ascending: rank r means distance values[r]. */
  readonly values: Float64Array;
  /** The largest rank within the threshold; simplices above it are left out. */
  readonly maxRank: number;
  /** simplexCounts[k] = C(n, k+1), the number of k-simplices on n vertices. */
  readonly simplexCounts: number[];
  private readonly rank: Int32Array;
  private readonly binomials: Float64Array;
  private readonly vertices = new Int32Array(4);

  constructor(
    distances: ArrayLike<number>,
    readonly n: number,
    threshold: number,
    maxDimension: number,
  ) {
    [this.values, this.rank] = rankDistances(distances, n);
    this.maxRank = lowerBound(this.values, threshold, true) - 1;

    const maxK = maxDimension + 3;
    this.binomials = new Float64Array(maxK * (n + 1));
    for (let m = 0; m <= n; m++) {
      this.binomials[m] = 1;
      for (let k = 1; k < maxK; k++) {
        this.binomials[k * (n + 1) + m] =
          m === 0 ? 0 : this.binomial(m - 1, k - 1) + this.binomial(m - 1, k);
      }
    }
    this.simplexCounts = [];
    for (let k = 0; k <= maxDimension + 1; k++) this.simplexCounts.push(this.binomial(n, k + 1));
    const largestKey = this.values.length * this.simplexCounts[maxDimension + 1];
    if (largestKey >= Number.MAX_SAFE_INTEGER) {
      throw new Error(
        `vietorisRips: n = ${n} is too large for H${maxDimension} ` +
          '(simplex keys would exceed 2^53); lower maxDimension or n',
      );
    }
  }

  binomial(m: number, k: number): number {
    return this.binomials[k * (this.n + 1) + m];
  }

  /** The filtration value (a distance) of a simplex of the given dimension. */
  value(key: number, dimension: number): number {
    return this.values[this.rankOf(key, dimension)];
  }

  rankOf(key: number, dimension: number): number {
    const m = this.simplexCounts[dimension];
    const r = Math.floor(key / m);
    return r * m > key ? r - 1 : r; // float division may round up to the next integer
  }

  /** Every edge within the threshold, as keys in filtration order. */
  edges(): Float64Array {
    const { n, maxRank } = this;
    const m = this.simplexCounts[1];
    const keys: number[] = [];
    for (let i = 1; i < n; i++) {
      for (let j = 0; j < i; j++) {
        const r = this.rank[i * n + j];
        if (r <= maxRank) keys.push(r * m + (m - 1 - (this.binomial(i, 2) + j)));
      }
    }
    return Float64Array.from(keys).sort();
  }

  /** The two endpoints of an edge key. */
  edgeVertices(key: number): [number, number] {
    this.decode(key, 1);
    return [this.vertices[0], this.vertices[1]];
  }

  /**
   * Writes the keys of the cofacets of a simplex within the threshold into `out` (length ≥ n),
   * scanning the added vertex from n−1 down, i.e. in decreasing index; returns how many.
   */
  cofacets(key: number, dimension: number, out: Float64Array, scan: CofacetScan): number {
    const { n, rank, vertices, maxRank } = this;
    const m = this.simplexCounts[dimension + 1];
    const r = this.decode(key, dimension);
    let below = this.simplexCounts[dimension] - 1 - (key - r * this.simplexCounts[dimension]);
    let above = 0;
    let passed = 0; // vertices of the simplex above the current candidate j
    let count = 0;
    for (let j = n - 1; j >= 0; j--) {
      if (passed <= dimension && vertices[passed] === j) {
        if (scan === 'top') break;
        below -= this.binomial(j, dimension - passed + 1);
        above += this.binomial(j, dimension - passed + 2);
        passed++;
        continue;
      }
      let cofacetRank = r;
      for (let s = 0; s <= dimension; s++) {
        const edge = rank[j * n + vertices[s]];
        if (edge > cofacetRank) cofacetRank = edge;
      }
      if (cofacetRank > maxRank) continue;
      const index = above + this.binomial(j, dimension + 2 - passed) + below;
      out[count++] = cofacetRank * m + (m - 1 - index);
      if (scan === 'emergent' && cofacetRank === r) break;
    }
    return count;
  }

  /** Decodes a key into this.vertices (descending) and returns its rank. */
  private decode(key: number, dimension: number): number {
    const r = this.rankOf(key, dimension);
    let index = this.simplexCounts[dimension] - 1 - (key - r * this.simplexCounts[dimension]);
    let top = this.n - 1;
    for (let k = dimension + 1; k >= 1; k--) {
      let lo = k - 1;
      let hi = top;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.binomial(mid, k) <= index) lo = mid;
        else hi = mid - 1;
      }
      this.vertices[dimension + 1 - k] = lo;
      index -= this.binomial(lo, k);
      top = lo - 1;
    }
    return r;
  }
}

/** The distinct off-diagonal distances (ascending) and the n×n matrix of their ranks. */
function rankDistances(distances: ArrayLike<number>, n: number): [Float64Array, Int32Array] {
  const lower = new Float64Array((n * (n - 1)) / 2);
  for (let i = 1, e = 0; i < n; i++) for (let j = 0; j < i; j++) lower[e++] = distances[i * n + j];
  const sorted = lower.slice().sort();
  let distinct = 0;
  for (let e = 0; e < sorted.length; e++) {
    if (e === 0 || sorted[e] !== sorted[distinct - 1]) sorted[distinct++] = sorted[e];
  }
  const values = sorted.slice(0, distinct);
  const rank = new Int32Array(n * n);
  for (let i = 1, e = 0; i < n; i++) {
    for (let j = 0; j < i; j++) rank[i * n + j] = rank[j * n + i] = lowerBound(values, lower[e++]);
  }
  return [values, rank];
}

/** First position whose value is ≥ x (or > x when `strict`) in an ascending array. */
function lowerBound(sorted: Float64Array, x: number, strict = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x || (strict && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
