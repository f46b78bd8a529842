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

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const name = (s: string) => vec([...s].map((c) => [c.charCodeAt(0)]));

// Opcodes used below (WebAssembly core + SIMD proposals).
const [get, set, i32Const, add, mul, shl, geU] = [0x20, 0x21, 0x41, 0x6a, 0x6c, 0x74, 0x4f];
const [block, loop, brIf, br, end, void_] = [0x02, 0x03, 0x0d, 0x0c, 0x0b, 0x40];
const i32Load = (offset: number) => [0x28, 2, ...uleb(offset)];
const f32Load = [0x2a, 2, 0];
const v128Load = [0xfd, 0x00, 4, 0];
const v128Store = [0xfd, 0x0b, 4, 0];
const [splat, f32x4Add, f32x4Mul] = [
  [0xfd, 0x13],
  [0xfd, 0xe4, 1],
  [0xfd, 0xe6, 1],
];
const zero = [0xfd, 0x0c, ...new Array(16).fill(0)];

// spmm(rows, lanes, rowPtr, colIdx, values, x, out): out[j][·] = Σ_p values[p]·x[colIdx[p]][·],
// rows of `lanes` floats (a multiple of 4); pointers are byte offsets into the module's memory.
const [ROWS, LANES, ROW_PTR, COL_IDX, VALUES, X, OUT] = [0, 1, 2, 3, 4, 5, 6];
const [J, P, P_END, OUT_ROW, X_ROW, B, ROW_BYTES, W] = [7, 8, 9, 10, 11, 12, 13, 14];
/** for (local = 0; local < limit; local += step) body — as block/loop with a br_if exit. */
const forLoop = (local: number, limit: number[], step: number, body: number[]) => [
  ...[i32Const, 0, set, local, block, void_, loop, void_],
  ...[get, local, ...limit, geU, brIf, 1],
  ...body,
  ...[get, local, i32Const, ...uleb(step), add, set, local, br, 0, end, end],
];
const body = [
  ...[get, LANES, i32Const, 2, shl, set, ROW_BYTES],
  ...forLoop(J, [get, ROWS], 1, [
    ...[get, OUT, get, J, get, ROW_BYTES, mul, add, set, OUT_ROW],
    ...forLoop(B, [get, ROW_BYTES], 16, [get, OUT_ROW, get, B, add, ...zero, ...v128Store]),
    ...[get, ROW_PTR, get, J, i32Const, 2, shl, add, set, P_END],
    ...[get, P_END, ...i32Load(0), get, P_END, ...i32Load(4), set, P_END, set, P],
    ...[block, void_, loop, void_, get, P, get, P_END, geU, brIf, 1],
    ...[get, VALUES, get, P, i32Const, 2, shl, add, ...f32Load, ...splat, set, W],
    ...[get, COL_IDX, get, P, i32Const, 2, shl, add, ...i32Load(0), get, ROW_BYTES, mul],
    ...[get, X, add, set, X_ROW],
    ...forLoop(B, [get, ROW_BYTES], 16, [
      ...[get, OUT_ROW, get, B, add, get, OUT_ROW, get, B, add, ...v128Load],
      ...[get, W, get, X_ROW, get, B, add, ...v128Load, ...f32x4Mul, ...f32x4Add, ...v128Store],
    ]),
    ...[get, P, i32Const, 1, add, set, P, br, 0, end, end],
  ]),
  end,
];
const locals = vec([
  [7, 0x7f],
  [1, 0x7b],
]);
const code = [...locals, ...body];
const wasm = new Uint8Array([
  ...[0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
  ...section(1, vec([[0x60, ...vec(new Array(7).fill([0x7f])), 0]])),
  ...section(3, vec([[0]])),
  ...section(5, vec([[0, 1]])),
  ...section(
    7,
    vec([
      [...name('spmm'), 0, 0],
      [...name('mem'), 2, 0],
    ]),
  ),
  ...section(10, vec([[...uleb(code.length), ...code]])),
]);

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
