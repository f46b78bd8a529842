/**
 * Compressed sparse row (CSR) storage of a pruned weight matrix. After pruning (docs/science.md
 * §Pruning) most of W_hh is zero; a forward pass that only visits the kept weights does work
 * proportional to their number instead of n², which is what makes sparse networks run faster in the
 * browser.
 */

export interface Csr {
  rows: number;
  cols: number;
  /** rows + 1 offsets: row j's entries are rowPtr[j] … rowPtr[j+1] − 1. */
  rowPtr: Int32Array;
  /** Column of each kept entry, ascending within a row. */
  colIdx: Int32Array;
  values: Float32Array;
}

/**
 * CSR of a row-major matrix (PyTorch layout W[j,k]: from unit k to unit j), keeping entries whose
 * mask byte is non-zero (all, when `mask` is null). Kept entries that are exactly 0 are dropped
 * too: they contribute nothing, and a forward pass should not pay for them.
 */
export function toCsr(
  dense: Float32Array,
  mask: Uint8Array | null,
  n: number,
  cols: number = n,
): Csr {
  if (dense.length !== n * cols) throw new Error(`toCsr: ${dense.length} values for ${n}×${cols}`);
  if (mask && mask.length !== dense.length)
    throw new Error('toCsr: mask and matrix differ in size');
  const kept = (i: number) => dense[i] !== 0 && (!mask || mask[i] !== 0);
  let count = 0;
  for (let i = 0; i < dense.length; i++) if (kept(i)) count++;
  const rowPtr = new Int32Array(n + 1);
  const colIdx = new Int32Array(count);
  const values = new Float32Array(count);
  let p = 0;
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < cols; k++) {
      const i = j * cols + k;
      if (!kept(i)) continue;
      colIdx[p] = k;
      values[p] = dense[i];
      p++;
    }
    rowPtr[j + 1] = p;
  }
  return { rows: n, cols, rowPtr, colIdx, values };
}

/** Fraction of the matrix's entries that are stored. */
export function csrDensity(csr: Csr): number {
  return csr.values.length / (csr.rows * csr.cols);
}

/**
 * [a | b]: b's columns appended after a's, row by row. The forward step uses [W_hh | W_ih] on the
 * stacked state [h; x_t], so the input drive is summed in the same pass as the recurrence.
 */
export function appendColumns(a: Csr, b: Csr): Csr {
  if (a.rows !== b.rows) throw new Error(`appendColumns: ${a.rows} ≠ ${b.rows} rows`);
  const count = a.values.length + b.values.length;
  const rowPtr = new Int32Array(a.rows + 1);
  const colIdx = new Int32Array(count);
  const values = new Float32Array(count);
  let p = 0;
  for (let j = 0; j < a.rows; j++) {
    for (const [m, shift] of [[a, 0] as const, [b, a.cols] as const]) {
      for (let q = m.rowPtr[j]; q < m.rowPtr[j + 1]; q++) {
        colIdx[p] = m.colIdx[q] + shift;
        values[p++] = m.values[q];
      }
    }
    rowPtr[j + 1] = p;
  }
  return { rows: a.rows, cols: a.cols + b.cols, rowPtr, colIdx, values };
}
