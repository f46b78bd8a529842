/**
 * xᵀ for a float32 matrix whose sides are multiples of 4, on tfjs's WASM heap in place: the step's
 * big transposes (the [T·B, Np] output gradient and the [T·B, n] deltas for the weight gradients,
 * W_hhᵀ for the recurrence) took ~1.2 ns a float in tfjs-wasm's scalar Transpose. Here each
 * 4 × 4 tile is read as four rows, transposed in registers (./tile4) and written as four rows of
 * the result, block by block (see BLOCK_ROWS). A copy, so bit-equal to tf.transpose, which runs
 * on other backends and for other shapes.
 */
import * as tf from '@tensorflow/tfjs-core';
import {
  forLoop,
  frame,
  i32Const,
  I32,
  op,
  V128,
  v128,
  when,
  type Bytes,
  type Func,
} from '../assembler';
import { offsetOf } from './gemm';
import { onWasmHeap, tensorOf } from './heap';
import { rowOf, tileTranspose } from './tile4';

type Run = (rows: number, cols: number, source: number, target: number) => void;

const { get, set } = op;
const add = op.i32Add;
const RUN = frame(
  { ROWS: I32, COLS: I32, SOURCE: I32, TARGET: I32 },
  // prettier-ignore
  { I: I32, J: I32, SOURCE_ROW: I32, TARGET_ROW: I32, P: I32, O: I32, J0: I32, WIDTH: I32, I0: I32,
    HEIGHT: I32, A: V128, B: V128, C: V128, D: V128, T0: V128, T1: V128, T2: V128, T3: V128 },
);
// prettier-ignore
const { ROWS, COLS, SOURCE, TARGET, I, J, SOURCE_ROW, TARGET_ROW, P, O, J0, WIDTH, I0, HEIGHT,
  A, B, C, D, T0, T1, T2, T3 } = RUN.at;
/**
 * The tiles go block by block, 8 rows × 32 columns: a block reads and writes whole cache lines and
 * keeps a few pages in flight. Sweeping 4 rows across all columns touched a target line and page
 * per column. Blocks took a quarter to a half off the step's transposes; 16 × 32 was better at some
 * shapes and worse at [3200, 1024].
 */
const [BLOCK_ROWS, BLOCK_COLUMNS] = [8, 32];

const tile = tileTranspose([A, B, C, D], [T0, T1, T2, T3]);

/**
 * run(rows, cols, source, target): target [cols, rows] = source [rows, cols]ᵀ, row-major, byte
 * offsets, sides multiples of 4. Also the sparse engine's (../sparse/simdModule).
 */
export function transposeRun(): Func {
  const tileCopy: Bytes = [
    ...[A, B, C, D].flatMap((v, r) => [...rowOf(P, SOURCE_ROW, r), ...v128.load(), set, v]),
    ...tile.interleave,
    ...[0, 1, 2, 3].flatMap((r) => [
      ...rowOf(O, TARGET_ROW, r),
      ...tile.column(r),
      ...v128.store(),
    ]),
    ...[get, P, ...i32Const(16), add, set, P],
    ...[get, O, get, TARGET_ROW, ...i32Const(4), op.i32Mul, add, set, O],
  ];
  const rowBlock: Bytes = [
    ...[get, SOURCE, get, I0, get, I, add, get, SOURCE_ROW, op.i32Mul, add],
    ...[get, J0, ...i32Const(2), op.i32Shl, add, set, P],
    ...[get, TARGET, get, J0, get, TARGET_ROW, op.i32Mul, add, get, I0, get, I, add],
    ...[...i32Const(4), op.i32Mul, add, set, O],
    ...forLoop(J, [get, WIDTH], 4, tileCopy),
  ];
  const limit = (local: number, total: number, start: number, most: number): Bytes => [
    ...[get, total, get, start, op.i32Sub, set, local],
    ...when([get, local, ...i32Const(most), op.i32GtU], [...i32Const(most), set, local]),
  ];
  const block: Bytes = [
    ...limit(WIDTH, COLS, J0, BLOCK_COLUMNS),
    ...forLoop(I, [get, HEIGHT], 4, rowBlock),
  ];
  const body: Bytes = [
    ...[get, COLS, ...i32Const(2), op.i32Shl, set, SOURCE_ROW],
    ...[get, ROWS, ...i32Const(2), op.i32Shl, set, TARGET_ROW],
    ...forLoop(I0, [get, ROWS], BLOCK_ROWS, [
      ...limit(HEIGHT, ROWS, I0, BLOCK_ROWS),
      ...forLoop(J0, [get, COLS], BLOCK_COLUMNS, block),
    ]),
  ];
  return { ...RUN.declaration, body };
}

/** The module's functions by export name (./heap heapModule). */
export const transposeFuncs = { run: transposeRun() };
const transposer = onWasmHeap<{ run: Run }>(transposeFuncs);

/** xᵀ: by the module where the WASM backend runs and both sides are multiples of 4. */
export function transpose2d(x: tf.Tensor2D): tf.Tensor2D {
  const [rows, cols] = x.shape;
  const heap = transposer();
  if (!heap || x.dtype !== 'float32' || rows % 4 !== 0 || cols % 4 !== 0) return tf.transpose(x);
  const out = heap.backend.makeOutput([cols, rows], 'float32');
  if (rows * cols > 0)
    heap.exports.run(rows, cols, offsetOf(heap.backend, x), offsetOf(heap.backend, out));
  return tensorOf(out);
}
