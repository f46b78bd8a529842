/**
 * Growable columnar storage for streamed numbers (metrics every step, validation at epoch
 * ends). Canvas views poll `version` in their own animation frame instead of React
 * re-rendering per step; columns are Float64Array so a chart can read thousands of steps
 * without allocating. DOM-free so it is tested in Node.
 */

export class ColumnStore<F extends string> {
  readonly fields: readonly F[];
  /** Rows stored. */
  length = 0;
  /** Bumped on every append or clear; views redraw when it changes. */
  version = 0;
  private cols: Record<F, Float64Array>;
  private capacity: number;

  constructor(fields: readonly F[], initialCapacity = 1024) {
    this.fields = fields;
    this.capacity = Math.max(16, initialCapacity);
    this.cols = {} as Record<F, Float64Array>;
    for (const f of fields) this.cols[f] = new Float64Array(this.capacity);
  }

  /** Appends rows; missing or non-numeric fields become NaN (drawn as gaps). */
  append(rows: readonly Readonly<Partial<Record<F, number>>>[]): void {
    if (rows.length === 0) return;
    this.reserve(this.length + rows.length);
    for (const f of this.fields) {
      const col = this.cols[f];
      let i = this.length;
      for (const row of rows) {
        const v = row[f];
        col[i++] = typeof v === 'number' ? v : NaN;
      }
    }
    this.length += rows.length;
    this.version++;
  }

  /** Forgets all rows (e.g. on Reset); keeps the allocated memory. */
  clear(): void {
    this.length = 0;
    this.version++;
  }

  /** A view of the first `length` values of a field (valid until the next append). */
  column(field: F): Float64Array {
    return this.cols[field].subarray(0, this.length);
  }

  /** Value of `field` at row i (NaN when out of range). */
  at(field: F, i: number): number {
    return i >= 0 && i < this.length ? this.cols[field][i] : NaN;
  }

  private reserve(rows: number): void {
    if (rows <= this.capacity) return;
    let cap = this.capacity;
    while (cap < rows) cap *= 2;
    for (const f of this.fields) {
      const next = new Float64Array(cap);
      next.set(this.cols[f].subarray(0, this.length));
      this.cols[f] = next;
    }
    this.capacity = cap;
  }
}

/** Index of the row whose x is nearest to `x`, for sorted xs; -1 when empty. */
export function nearestIndex(xs: ArrayLike<number>, length: number, x: number): number {
  if (length === 0) return -1;
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(xs[lo - 1] - x) <= Math.abs(xs[lo] - x)) return lo - 1;
  return lo;
}

/** First index i with xs[i] >= x, for sorted xs (length when none). */
export function lowerBound(xs: ArrayLike<number>, length: number, x: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
