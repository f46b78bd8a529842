/**
 * The three largest entries of each row, as column ids: what the navigation metric decodes a
 * position from (the mean centre of the 3 best place cells). Reading the [T·B, Np] logits back and
 * scanning them in JS cost a twentieth of a step at n = 256, tf.topk on WASM several times that;
 * this module scans them where tfjs keeps them and hands back 3 ids a row. Most of a row cannot
 * enter the top three once a few entries are seen, so it compares four entries at a time with the
 * third best and inserts one by one only where some lane is larger. Same order as tf.topk:
 * descending, ties to the lower column; NaN never enters.
 */
import * as tf from '@tensorflow/tfjs-core';
import {
  F32,
  f32Const,
  f32Load,
  f32x4,
  forLoop,
  frame,
  i32Const,
  I32,
  i32Store,
  op,
  V128,
  v128,
  when,
  type Bytes,
  type Func,
} from '../assembler';
import { offsetOf } from './gemm';
import { onWasmHeap, tensorOf } from './heap';

type Run = (rows: number, cols: number, source: number, target: number) => void;

const { get, set } = op;
const add = op.i32Add;
const RUN = frame(
  { ROWS: I32, COLS: I32, SOURCE: I32, TARGET: I32 },
  // prettier-ignore
  { R: I32, J: I32, P: I32, I1: I32, I2: I32, I3: I32, INDEX: I32,
    B1: F32, B2: F32, B3: F32, S: F32, THIRD: V128 },
);
const { ROWS, COLS, SOURCE, TARGET, R, J, P, I1, I2, I3, INDEX, B1, B2, B3, S, THIRD } = RUN.at;

const move = (pairs: [number, number][]): Bytes =>
  pairs.flatMap(([to, from]) => [get, from, set, to]);
const greater = (a: number, b: number): Bytes => [get, a, get, b, op.f32Gt];

/** Score S of column INDEX into the ranking B1 ≥ B2 ≥ B3 (ids I1..I3); strict > keeps ties' order. */
// prettier-ignore
const insert: Bytes = when(greater(S, B3), [
  ...greater(S, B1),
  ...[op.if, op.void, ...move([[B3, B2], [I3, I2], [B2, B1], [I2, I1], [B1, S], [I1, INDEX]])],
  ...[op.else, ...greater(S, B2)],
  ...[op.if, op.void, ...move([[B3, B2], [I3, I2], [B2, S], [I2, INDEX]])],
  ...[op.else, ...move([[B3, S], [I3, INDEX]]), op.end],
  op.end,
]);

/** Entry J of the row at P + 4·lane, scored. */
const score = (lane: number): Bytes => [
  ...[get, P, ...f32Load(4 * lane), set, S],
  ...[get, J, ...i32Const(lane), add, set, INDEX],
  ...insert,
];

/** Four entries at P: inserted only if one beats the third best (THIRD holds it in every lane). */
const quad: Bytes = [
  ...when(
    [get, P, ...v128.load(), get, THIRD, ...f32x4.gt, ...v128.anyTrue],
    [...[0, 1, 2, 3].flatMap(score), get, B3, ...f32x4.splat, set, THIRD],
  ),
  ...[get, P, ...i32Const(16), add, set, P],
];

const row: Bytes = [
  ...[B1, B2, B3].flatMap((b) => [...f32Const(-Infinity), set, b]),
  ...[I1, I2, I3].flatMap((i) => [...i32Const(0), set, i]),
  ...[get, B3, ...f32x4.splat, set, THIRD],
  ...[...i32Const(0), set, J],
  ...[op.block, op.void, op.loop, op.void],
  ...[get, J, ...i32Const(4), add, get, COLS, op.i32GtU, op.brIf, 1],
  ...[...quad, get, J, ...i32Const(4), add, set, J, op.br, 0, op.end, op.end],
  ...[op.block, op.void, op.loop, op.void, get, J, get, COLS, op.i32GeU, op.brIf, 1],
  ...[...score(0), get, P, ...i32Const(4), add, set, P],
  ...[get, J, ...i32Const(1), add, set, J, op.br, 0, op.end, op.end],
  ...[I1, I2, I3].flatMap((i, k) => [get, TARGET, get, i, ...i32Store(4 * k)]),
  ...[get, TARGET, ...i32Const(12), add, set, TARGET],
];

/** run(rows, cols, source, target): int32 [rows, 3] at target from float32 [rows, cols] at source. */
function rowTop3Run(): Func {
  return {
    ...RUN.declaration,
    body: [get, SOURCE, set, P, ...forLoop(R, [get, ROWS], 1, row)],
  };
}

/** The module's functions by export name (./heap heapModule). */
export const rowTop3Funcs = { run: rowTop3Run() };
const ranker = onWasmHeap<{ run: Run }>(rowTop3Funcs);

/**
 * The ids of each row's three largest entries, int32 [rows, 3], where the WASM backend runs
 * (null elsewhere: the caller picks its own way). Needs at least 3 columns.
 */
export function rowTop3(x: tf.Tensor2D): tf.Tensor2D | null {
  const heap = ranker();
  if (!heap) return null;
  const [rows, cols] = x.shape;
  if (cols < 3) throw new Error(`rowTop3: a row needs 3 entries, these have ${cols}`);
  const out = heap.backend.makeOutput([rows, 3], 'int32');
  if (rows > 0)
    heap.exports.run(rows, cols, offsetOf(heap.backend, x), offsetOf(heap.backend, out));
  return tensorOf(out);
}
