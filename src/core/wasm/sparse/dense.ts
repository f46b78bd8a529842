/**
 * The network's unpruned matrices (the navigation encoder and read-out: Np × n, as large as W_hh)
 * as dense products on the WASM GEMM (../kernels/gemm) beside the sparse engine: as JS
 * loops or sparse products over their full rows they cost more than the whole pruned recurrence.
 */
import { gemmIn, type WasmGemm } from '../kernels/gemm';
import type { Csr } from '../../sparse/csr';
import type { LinearMap } from '../../sparse/linear';
import { arena } from './placed';

/** The CSR matrix [rows, cols] transposed into a dense row-major [cols, rows]: a GEMM's B. */
export function transposedDense(csr: Csr): Float32Array {
  const transposed = new Float32Array(csr.cols * csr.rows);
  for (let j = 0; j < csr.rows; j++)
    for (let p = csr.rowPtr[j]; p < csr.rowPtr[j + 1]; p++)
      transposed[csr.colIdx[p] * csr.rows + j] = csr.values[p];
  return transposed;
}

/** out [m, n] = x [m, k] · b [k, n] on `gemm`, in a block of its memory borrowed for the call. */
export function gemmProduct(
  gemm: WasmGemm,
  b: Float32Array,
  x: Float32Array,
  out: Float32Array,
  k: number,
): void {
  const [m, n] = [x.length / k, b.length / k];
  const view = () => new Float32Array(gemm.memory.buffer);
  gemm.borrow(4 * (m * k + k * n + m * n), (at) => {
    const [xAt, bAt, yAt] = [at, at + 4 * m * k, at + 4 * (m * k + k * n)];
    view().set(x, xAt / 4);
    view().set(b, bAt / 4);
    const packed = gemm.pack(bAt, k, n);
    try {
      gemm.run(m, n, k, xAt, packed, yAt);
    } finally {
      gemm.release(packed);
    }
    out.set(view().subarray(yAt / 4, yAt / 4 + m * n)); // a view made after pack's allocation
  });
}

/** A matrix as a LinearMap on a GEMM in a memory of its own (one thread). */
export function gemmMap(csr: Csr): LinearMap {
  const { rows, cols } = csr;
  const memory = new WebAssembly.Memory({ initial: 1 });
  const gemm = gemmIn(memory, arena(memory));
  const transposed = transposedDense(csr);
  const applyBatch: LinearMap['applyBatch'] = (x, out, batch, accumulate) => {
    const product = accumulate ? new Float32Array(batch * rows) : out;
    gemmProduct(gemm, transposed, x.subarray(0, batch * cols), product, cols);
    if (accumulate) for (let i = 0; i < product.length; i++) out[i] += product[i];
  };
  return {
    rows,
    cols,
    applyBatch,
    apply: (x, xOffset, out, outOffset, accumulate) =>
      applyBatch(
        x.subarray(xOffset, xOffset + cols),
        out.subarray(outOffset, outOffset + rows),
        1,
        accumulate,
      ),
  };
}
