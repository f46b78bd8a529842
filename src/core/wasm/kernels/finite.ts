/**
 * Whether a step left every weight finite: after each update the trainer checks its variables, so
 * that a NaN from Adam (∞/∞ when a gradient overflows) stops the run at the step that made it. As
 * tfjs ops that is IsFinite, All and a Stack per variable, each a pass of its own; on the WASM heap
 * it is one read of each variable: x − x is 0 exactly when x is finite (∞ − ∞ and NaN − NaN are
 * NaN), and the lanes' "== 0" masks are and-ed together.
 */
import * as tf from '@tensorflow/tfjs-core';
import {
  f32x4,
  forLoop,
  frame,
  i32Const,
  I32,
  i32x4,
  op,
  V128,
  v128,
  type Bytes,
  type Func,
} from '../assembler';
import { offsetOf } from './gemm';
import { onWasmHeap } from './heap';

type Run = (n: number, at: number) => number;

const { get, set } = op;
const RUN = frame({ N: I32, AT: I32 }, { I: I32, MAIN: I32, ALL: V128, X: V128 });
const { N, AT, I, MAIN, ALL, X } = RUN.at;

/** ALL &= (x − x == 0) for the lanes of x loaded by `load` at AT + I. */
const check = (load: Bytes): Bytes => [
  ...[get, AT, get, I, op.i32Add, ...load, set, X],
  ...[get, ALL, get, X, get, X, ...f32x4.sub, ...v128.zero, ...f32x4.eq, ...v128.and, set, ALL],
];

/** run(n, at) → 1 if the n floats at byte offset `at` are all finite, else 0. */
function finiteRun(): Func {
  const bytes = [get, N, ...i32Const(2), op.i32Shl];
  return {
    ...RUN.declaration,
    results: [I32],
    body: [
      ...[...v128.zero, ...v128.zero, ...f32x4.eq, set, ALL],
      ...[...bytes, ...i32Const(-16), op.i32And, set, MAIN],
      ...forLoop(I, [get, MAIN], 16, check(v128.load())),
      // The tail one float at a time, in lane 0 of a zero (finite) vector.
      ...[get, MAIN, set, I, op.block, op.void, op.loop, op.void],
      ...[get, I, ...bytes, op.i32GeU, op.brIf, 1, ...check(v128.load32Zero())],
      ...[get, I, ...i32Const(4), op.i32Add, set, I, op.br, 0, op.end, op.end],
      ...[get, ALL, ...i32x4.allTrue],
    ],
  };
}

/** The module's functions by export name (./heap heapModule). */
export const finiteFuncs = { run: finiteRun() };
const checker = onWasmHeap<{ run: Run }>(finiteFuncs);

/** One flag per tensor, 1 where all its entries are finite, 0 where one is not; read it back. */
export function finiteFlags(tensors: tf.Tensor[]): tf.Tensor1D {
  const heap = tensors.every((t) => t.dtype === 'float32') ? checker() : null;
  if (!heap)
    return tf.tidy(() => tf.stack(tensors.map((t) => tf.all(tf.isFinite(t)))) as tf.Tensor1D);
  const flags = tensors.map((t) => heap.exports.run(t.size, offsetOf(heap.backend, t)));
  return tf.tensor1d(flags, 'int32');
}
