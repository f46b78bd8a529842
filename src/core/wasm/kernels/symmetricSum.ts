/**
 * M + Mᵀ for a square matrix, in one pass: what symmetrising the trained embedding's ∂P/∂D² needs.
 * tfjs-wasm's Transpose is a scalar loop whose writes stride a whole row apart (a quarter of the
 * penalty's time at n = 1024); this module reads 4 × 4 tiles, transposes them in registers with
 * shuffles and adds them to the facing tiles, run in place on tfjs's heap. Float addition commutes,
 * so the result is bit-equal to tf.add(m, tf.transpose(m)), which is what runs on other backends
 * and where n is not a multiple of 4. Called as a function, not registered.
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
  f32x4,
  type Bytes,
  type Func,
} from '../assembler';
import { offsetOf } from './gemm';
import { onWasmHeap, tensorOf } from './heap';
import { rowOf as tileRow, tileTranspose } from './tile4';

type Run = (n: number, source: number, target: number) => void;

const { get, set } = op;
const add = op.i32Add;
const RUN = frame(
  { N: I32, SOURCE: I32, TARGET: I32 },
  // prettier-ignore
  { ROW_BYTES: I32, I: I32, J: I32, P: I32, Q: I32, O: I32,
    A: V128, B: V128, C: V128, D: V128, T0: V128, T1: V128, T2: V128, T3: V128 },
);
const { N, SOURCE, TARGET, ROW_BYTES, I, J, P, Q, O, A, B, C, D, T0, T1, T2, T3 } = RUN.at;

const tile = tileTranspose([A, B, C, D], [T0, T1, T2, T3]);
const rowOf = (local: number, r: number) => tileRow(local, ROW_BYTES, r);

/** Target row r of the tile = source row r + column r of the facing tile (shuffled). */
const storeRow = (r: number, column: Bytes): Bytes => [
  ...rowOf(O, r),
  ...[...rowOf(P, r), ...v128.load(), ...column, ...f32x4.add],
  ...v128.store(),
];

/**
 * run(n, source, target): target = source + sourceᵀ, n × n row-major at byte offsets, n a
 * multiple of 4. Tile (I, J) of the target is tile (I, J) plus the transpose of tile (J, I);
 * P and O walk the row block I, Q walks down the column block I.
 */
function symmetricSumRun(): Func {
  const tileSum: Bytes = [
    ...[A, B, C, D].flatMap((v, r) => [...rowOf(Q, r), ...v128.load(), set, v]),
    ...tile.interleave,
    ...[0, 1, 2, 3].flatMap((r) => storeRow(r, tile.column(r))),
    ...[get, P, ...i32Const(16), add, set, P, get, O, ...i32Const(16), add, set, O],
    ...[get, Q, get, ROW_BYTES, ...i32Const(4), op.i32Mul, add, set, Q],
  ];
  const rowBlock: Bytes = [
    ...[get, I, get, ROW_BYTES, op.i32Mul, set, P],
    ...[get, TARGET, get, P, add, set, O, get, SOURCE, get, P, add, set, P],
    ...[get, SOURCE, get, I, ...i32Const(4), op.i32Mul, add, set, Q],
    ...forLoop(J, [get, N], 4, tileSum),
  ];
  const body = [
    ...[get, N, ...i32Const(2), op.i32Shl, set, ROW_BYTES],
    ...forLoop(I, [get, N], 4, rowBlock),
  ];
  return { ...RUN.declaration, body };
}

/** The module's functions by export name (./heap heapModule). */
export const symmetricSumFuncs = { run: symmetricSumRun() };
const summer = onWasmHeap<{ run: Run }>(symmetricSumFuncs);

/** m + mᵀ for a square float32 m (not differentiable: for hand-written gradients). */
export function symmetricSum(m: tf.Tensor2D): tf.Tensor2D {
  const [n] = m.shape;
  const heap = n % 4 === 0 ? summer() : null;
  if (!heap) return tf.tidy(() => tf.add(m, tf.transpose(m)));
  const out = heap.backend.makeOutput([n, n], 'float32');
  if (n > 0) heap.exports.run(n, offsetOf(heap.backend, m), offsetOf(heap.backend, out));
  return tensorOf(out);
}
