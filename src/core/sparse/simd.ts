/**
 * CSR × batch with 128-bit WASM SIMD: the sparse W_hh applied to B states at once, four batch
 * lanes per instruction. The plain-JS CSR loop is one scalar multiply-add per kept weight and
 * reloads the weight's index for every sample; here a weight is loaded once and multiplies a
 * contiguous row of B state values (states are held unit-major, [n][B], inside the module).
 * The module is ~300 bytes assembled below (no toolchain needed); `simdSupported` is false where
 * WebAssembly SIMD is missing, and callers keep the JS map there.
 */
import type { Csr } from './csr';
import { csrMap, type LinearMap } from './linear';
import {
  assemble,
  f32Load,
  f32x4,
  forLoop,
  i32Const,
  i32Load,
  I32,
  op,
  V128,
  v128,
} from '../wasm/assembler';

// Opcodes and locals used below.
const { get, set, i32Add: add, i32Mul: mul, i32Shl: shl, i32GeU: geU } = op;
const { block, loop, brIf, br, end, void: void_ } = op;

// spmm(rows, lanes, rowPtr, colIdx, values, x, out): out[j][·] = Σ_p values[p]·x[colIdx[p]][·],
// rows of `lanes` floats (a multiple of 4); pointers are byte offsets into the module's memory.
const [ROWS, LANES, ROW_PTR, COL_IDX, VALUES, X, OUT] = [0, 1, 2, 3, 4, 5, 6];
const [J, P, P_END, OUT_ROW, X_ROW, B, ROW_BYTES, W] = [7, 8, 9, 10, 11, 12, 13, 14];
const body = [
  ...[get, LANES, ...i32Const(2), shl, set, ROW_BYTES],
  ...forLoop(J, [get, ROWS], 1, [
    ...[get, OUT, get, J, get, ROW_BYTES, mul, add, set, OUT_ROW],
    ...forLoop(B, [get, ROW_BYTES], 16, [get, OUT_ROW, get, B, add, ...v128.zero, ...v128.store()]),
    ...[get, ROW_PTR, get, J, ...i32Const(2), shl, add, set, P_END],
    ...[get, P_END, ...i32Load(0), get, P_END, ...i32Load(4), set, P_END, set, P],
    ...[block, void_, loop, void_, get, P, get, P_END, geU, brIf, 1],
    ...[get, VALUES, get, P, ...i32Const(2), shl, add, ...f32Load(0), ...f32x4.splat, set, W],
    ...[get, COL_IDX, get, P, ...i32Const(2), shl, add, ...i32Load(0), get, ROW_BYTES, mul],
    ...[get, X, add, set, X_ROW],
    ...forLoop(B, [get, ROW_BYTES], 16, [
      ...[get, OUT_ROW, get, B, add, get, OUT_ROW, get, B, add, ...v128.load()],
      ...[get, W, get, X_ROW, get, B, add, ...v128.load(), ...f32x4.mul, ...f32x4.add],
      ...v128.store(),
    ]),
    ...[get, P, ...i32Const(1), add, set, P, br, 0, end, end],
  ]),
];
const wasm = assemble(
  [
    {
      params: new Array(7).fill(I32),
      locals: [
        [7, I32],
        [1, V128],
      ],
      body,
    },
  ],
  { spmm: 0 },
  { export: 'mem' },
);

export const simdSupported = typeof WebAssembly === 'object' && WebAssembly.validate(wasm);
const module = simdSupported ? new WebAssembly.Module(wasm) : null;

/**
 * The CSR matrix as a LinearMap whose batched product runs in WASM SIMD; single products (one
 * free-running trajectory, B = 1) stay in JS, where SIMD lanes would be empty.
 */
export function simdCsrMap(csr: Csr): LinearMap {
  if (!module) throw new Error('simdCsrMap: this runtime has no WebAssembly SIMD');
  const { rows, cols } = csr;
  const nnz = csr.values.length;
  const instance = new WebAssembly.Instance(module);
  const memory = instance.exports.mem as WebAssembly.Memory;
  const spmm = instance.exports.spmm as (...args: number[]) => void;
  // Layout: rowPtr | colIdx | values | x [cols][lanes] | out [rows][lanes], 16-byte aligned.
  const align = (bytes: number) => Math.ceil(bytes / 16) * 16;
  const colIdxAt = align(4 * (rows + 1));
  const valuesAt = colIdxAt + align(4 * nnz);
  const xAt = valuesAt + align(4 * nnz);
  const ensure = (bytes: number) => {
    const missing = bytes - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / 65536));
  };
  ensure(xAt);
  new Int32Array(memory.buffer, 0, rows + 1).set(csr.rowPtr);
  new Int32Array(memory.buffer, colIdxAt, nnz).set(csr.colIdx);
  new Float32Array(memory.buffer, valuesAt, nnz).set(csr.values);
  const single = csrMap(csr);
  return {
    rows,
    cols,
    apply: single.apply,
    applyBatch(x, out, batch, accumulate) {
      if (batch === 1) return single.apply(x, 0, out, 0, accumulate);
      const lanes = Math.ceil(batch / 4) * 4;
      const outAt = xAt + 4 * cols * lanes;
      ensure(outAt + 4 * rows * lanes);
      const xs = new Float32Array(memory.buffer, xAt, cols * lanes);
      for (let b = 0; b < batch; b++)
        for (let c = 0; c < cols; c++) xs[c * lanes + b] = x[b * cols + c];
      spmm(rows, lanes, 0, colIdxAt, valuesAt, xAt, outAt);
      const ys = new Float32Array(memory.buffer, outAt, rows * lanes);
      for (let b = 0; b < batch; b++) {
        for (let j = 0; j < rows; j++) {
          const y = ys[j * lanes + b];
          out[b * rows + j] = accumulate ? out[b * rows + j] + y : y;
        }
      }
    },
  };
}
