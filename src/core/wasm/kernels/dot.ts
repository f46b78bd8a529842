/**
 * Σ a ⊙ b over two float32 tensors of one size, the moduli penalty's value (P = Σ W ⊙ ∂P/∂W / ℓ):
 * as tf.mul then tf.sum that was two passes over n² floats, and tfjs-wasm's Sum alone was a seventh
 * of the trained embedding's penalty at n = 1024. Here it is one read of each, in two four-lane
 * float32 accumulators (the sum's order differs from tf.sum's: equal to float round-off).
 */
import * as tf from '@tensorflow/tfjs-core';
import {
  F32,
  f32x4,
  forLoop,
  frame,
  i32Const,
  I32,
  op,
  V128,
  v128,
  type Bytes,
  type Func,
} from '../assembler';
import { across } from '../vectorMath';
import { offsetOf } from './gemm';
import { onWasmHeap } from './heap';

type Run = (n: number, a: number, b: number) => number;

const { get, set } = op;
const RUN = frame({ N: I32, A: I32, B: I32 }, { I: I32, MAIN: I32, ACC: V128, ACC2: V128 });
const { N, A, B, I, MAIN, ACC, ACC2 } = RUN.at;

/** run(n, a, b) → Σ a[i]·b[i] over n floats at byte offsets a and b. */
function dotRun(): Func {
  const at = (base: number, extra: number): Bytes => [
    ...[get, base, get, I, op.i32Add],
    ...(extra ? [...i32Const(extra), op.i32Add] : []),
  ];
  const term = (to: number, load: Bytes, extra = 0): Bytes => [
    ...[get, to, ...at(A, extra), ...load, ...at(B, extra), ...load, ...f32x4.mul, ...f32x4.add],
    ...[set, to],
  ];
  const bytes = [get, N, ...i32Const(2), op.i32Shl];
  return {
    ...RUN.declaration,
    results: [F32],
    body: [
      ...[...bytes, ...i32Const(-32), op.i32And, set, MAIN],
      ...forLoop(I, [get, MAIN], 32, [...term(ACC, v128.load()), ...term(ACC2, v128.load(), 16)]),
      // The tail one float at a time, in lane 0 of zero vectors.
      ...[get, MAIN, set, I, op.block, op.void, op.loop, op.void],
      ...[get, I, ...bytes, op.i32GeU, op.brIf, 1, ...term(ACC, v128.load32Zero())],
      ...[get, I, ...i32Const(4), op.i32Add, set, I, op.br, 0, op.end, op.end],
      ...[get, ACC, get, ACC2, ...f32x4.add, set, ACC, ...across(ACC, f32x4.add)],
      ...[get, ACC, ...f32x4.extractLane(0)],
    ],
  };
}

/** The module's functions by export name (./heap heapModule). */
export const dotFuncs = { run: dotRun() };
const dotter = onWasmHeap<{ run: Run }>(dotFuncs);

/** Σ a ⊙ b as a scalar tensor; a and b have the same size. */
export function dot(a: tf.Tensor, b: tf.Tensor): tf.Scalar {
  const heap = a.dtype === 'float32' && b.dtype === 'float32' ? dotter() : null;
  if (!heap || a.size !== b.size) return tf.tidy(() => tf.sum(tf.mul(a, b)));
  return tf.scalar(heap.exports.run(a.size, offsetOf(heap.backend, a), offsetOf(heap.backend, b)));
}
