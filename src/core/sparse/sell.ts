/**
 * Sliced ELLPACK (SELL-4) of a CSR matrix, for the one-trajectory kernel (../wasm/sparse/simdModule's spmv).
 * With one state there are no batch lanes to fill, so the lanes hold four rows instead: rows are
 * sorted by length, taken four at a time, and their entries interleaved, so one vector multiply
 * serves four rows and no row needs a horizontal sum or a scalar tail. Sorting makes a slice's
 * rows nearly equal in length (little zero padding) and its loop count close to the previous
 * slice's, which the branch predictor learns; per-row CSR loops of random length mispredicted
 * their exits, which cost more than the multiplies at 98% sparsity.
 */
import type { Csr } from './csr';

export interface Sell {
  slices: number;
  /** slices + 1 offsets in quads (4 interleaved entries); every slice has an even count. */
  slicePtr: Int32Array;
  /** Per entry (quad-interleaved): the column · 4, the unit's byte offset in a state. */
  colOff: Int32Array;
  values: Float32Array;
  /** Per lane: the output row · 4 and its bias. */
  rowOff: Int32Array;
  bias: Float32Array;
}

/**
 * SELL-4 of `csr` with its bias. Padding entries have weight 0 at column 0; a matrix whose row
 * count is not a multiple of 4 repeats its last row, which writes the same value twice.
 */
export function toSell(csr: Csr, bias: Float32Array | null): Sell {
  const { rowPtr } = csr;
  const length = (j: number) => rowPtr[j + 1] - rowPtr[j];
  const order = Array.from({ length: csr.rows }, (_, j) => j).sort((a, b) => length(b) - length(a));
  while (order.length % 4) order.push(order[order.length - 1]);
  const slices = order.length / 4;
  const slicePtr = new Int32Array(slices + 1);
  for (let s = 0; s < slices; s++)
    slicePtr[s + 1] = slicePtr[s] + 2 * Math.ceil(length(order[4 * s]) / 2);
  const colOff = new Int32Array(4 * slicePtr[slices]);
  const values = new Float32Array(colOff.length);
  order.forEach((row, lane) => {
    const start = 4 * slicePtr[lane >> 2] + (lane & 3);
    for (let k = 0; k < length(row); k++) {
      colOff[start + 4 * k] = 4 * csr.colIdx[rowPtr[row] + k];
      values[start + 4 * k] = csr.values[rowPtr[row] + k];
    }
  });
  return {
    slices,
    slicePtr,
    colOff,
    values,
    rowOff: Int32Array.from(order, (row) => 4 * row),
    bias: Float32Array.from(order, (row) => bias?.[row] ?? 0),
  };
}
