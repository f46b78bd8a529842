/**
 * Distance matrices in and out of the topology code: checking the input once, with messages
 * that name the offending entry, and the Euclidean metric for embeddings in Rᵏ.
 */

/** Throws a clear Error unless `distances` is a finite, non-negative, symmetric n×n matrix. */
export function validateDistanceMatrix(distances: ArrayLike<number>, n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`vietorisRips: n must be a non-negative integer, got ${n}`);
  }
  if (distances.length !== n * n) {
    throw new Error(
      `vietorisRips: distance matrix has ${distances.length} entries, but n = ${n} needs n×n = ${n * n}`,
    );
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const d = distances[i * n + j];
      if (!Number.isFinite(d) || d < 0) {
        throw new Error(
          `vietorisRips: distance (${i}, ${j}) is ${d}; distances must be finite and non-negative`,
        );
      }
      const back = distances[j * n + i];
      if (j < i && Math.abs(d - back) > 1e-6 * Math.max(1, d)) {
        throw new Error(
          `vietorisRips: distance matrix is not symmetric: d(${i}, ${j}) = ${d} but d(${j}, ${i}) = ${back}`,
        );
      }
    }
  }
}

/** Pairwise Euclidean distances of n points given row-major (n × dim), as an n×n matrix. */
export function euclideanDistanceMatrix(
  points: Float32Array,
  n: number,
  dim: number,
): Float64Array {
  if (points.length !== n * dim) {
    throw new Error(
      `euclideanDistanceMatrix: ${points.length} coordinates is not n×dim = ${n}×${dim}`,
    );
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      let sum = 0;
      for (let c = 0; c < dim; c++) {
        const delta = points[i * dim + c] - points[j * dim + c];
        sum += delta * delta;
      }
      out[i * n + j] = out[j * n + i] = Math.sqrt(sum);
    }
  }
  return out;
}

/**
 * The enclosing radius min_i max_j d(i, j). At this value one point is joined to all others,
 * so the Rips complex is a cone (contractible): every H0 merge has happened and no class of
 * dimension ≥ 1 can outlive it. Stopping there loses nothing.
 */
export function enclosingRadius(distances: ArrayLike<number>, n: number): number {
  let radius = n > 1 ? Infinity : 0;
  for (let i = 0; i < n; i++) {
    let farthest = 0;
    for (let j = 0; j < n; j++) if (j !== i) farthest = Math.max(farthest, distances[i * n + j]);
    radius = Math.min(radius, farthest);
  }
  return radius;
}

/** The largest off-diagonal distance (0 for fewer than two points). */
export function maxDistance(distances: ArrayLike<number>, n: number): number {
  let max = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) max = Math.max(max, distances[i * n + j]);
  return max;
}
