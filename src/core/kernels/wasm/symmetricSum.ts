/**
 * M + Mᵀ for a square matrix, in one pass: what symmetrising the trained embedding's ∂P/∂D²
 * needs. tfjs-wasm's Transpose is a scalar loop whose writes stride a whole row apart (8 ms at
 * n = 1024, a quarter of the penalty's time); this module reads 4 × 4 tiles, transposes them in
 * registers with shuffles and adds them to the facing tiles, run in place on tfjs's heap. Float
 * addition commutes, so the result is bit-equal to tf.add(m, tf.transpose(m)), which is what runs
 * on other backends and where n is not a multiple of 4. Called as a function, not registered.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import {
  assemble,
  forLoop,
  i32Const,
  I32,
  op,
  V128,
  v128,
  f32x4,
  type Bytes,
} from '../../wasm/assembler';
import { offsetOf, simdAvailable, wasmGemm } from './gemm';

type Run = (n: number, source: number, target: number) => void;

const { get, set } = op;
const add = op.i32Add;
const [N, SOURCE, TARGET, ROW_BYTES, I, J, P, Q, O] = [...Array(9).keys()];
const [A, B, C, D, T0, T1, T2, T3] = [...Array(8).keys()].map((i) => 9 + i);

/** Byte lanes of a shuffle picking f32 lanes (0–3 from the first vector, 4–7 the second). */
const lanes = (...floats: number[]): Bytes =>
  floats.flatMap((f) => [0, 1, 2, 3].map((b) => 4 * f + b));
const shuffle = (x: number, y: number, picks: Bytes): Bytes => [
  get,
  x,
  get,
  y,
  ...v128.shuffle(picks),
];
const LOW = lanes(0, 4, 1, 5);
const HIGH = lanes(2, 6, 3, 7);
const FRONT = lanes(0, 1, 4, 5);
const BACK = lanes(2, 3, 6, 7);

/** local + r row strides (a byte address). */
const rowOf = (local: number, r: number): Bytes => [
  get,
  local,
  ...(r ? [get, ROW_BYTES, ...i32Const(r), op.i32Mul, add] : []),
];

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
function symmetricSumModule(shared: boolean) {
  const tile: Bytes = [
    ...[A, B, C, D].flatMap((v, r) => [...rowOf(Q, r), ...v128.load(), set, v]),
    ...[...shuffle(A, B, LOW), set, T0, ...shuffle(A, B, HIGH), set, T1],
    ...[...shuffle(C, D, LOW), set, T2, ...shuffle(C, D, HIGH), set, T3],
    ...storeRow(0, shuffle(T0, T2, FRONT)),
    ...storeRow(1, shuffle(T0, T2, BACK)),
    ...storeRow(2, shuffle(T1, T3, FRONT)),
    ...storeRow(3, shuffle(T1, T3, BACK)),
    ...[get, P, ...i32Const(16), add, set, P, get, O, ...i32Const(16), add, set, O],
    ...[get, Q, get, ROW_BYTES, ...i32Const(4), op.i32Mul, add, set, Q],
  ];
  const rowBlock: Bytes = [
    ...[get, I, get, ROW_BYTES, op.i32Mul, set, P],
    ...[get, TARGET, get, P, add, set, O, get, SOURCE, get, P, add, set, P],
    ...[get, SOURCE, get, I, ...i32Const(4), op.i32Mul, add, set, Q],
    ...forLoop(J, [get, N], 4, tile),
  ];
  const body = [
    get,
    N,
    ...i32Const(2),
    op.i32Shl,
    set,
    ROW_BYTES,
    ...forLoop(I, [get, N], 4, rowBlock),
  ];
  const run = {
    params: [I32, I32, I32],
    locals: [
      [6, I32],
      [8, V128],
    ] as [number, number][],
    body,
  };
  return assemble([run], { run: 0 }, { import: 'env.memory', shared });
}

const bound = new WeakMap<WebAssembly.Memory, Run>();

/** The module's `run` bound to tfjs-wasm's memory, or null where that memory is out of reach. */
function symmetricSumRun(backend: BackendWasm): Run | null {
  const memory = simdAvailable ? wasmGemm(backend)?.memory : undefined;
  if (!memory) return null;
  if (!bound.has(memory)) {
    const shared =
      typeof SharedArrayBuffer === 'function' && memory.buffer instanceof SharedArrayBuffer;
    const module = new WebAssembly.Module(symmetricSumModule(shared));
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    bound.set(memory, instance.exports.run as Run);
  }
  return bound.get(memory)!;
}

/** m + mᵀ for a square float32 m (not differentiable: for hand-written gradients). */
export function symmetricSum(m: tf.Tensor2D): tf.Tensor2D {
  const [n] = m.shape;
  const backend = tf.getBackend() === 'wasm' ? (tf.backend() as BackendWasm) : null;
  const run = backend && n % 4 === 0 ? symmetricSumRun(backend) : null;
  if (!backend || !run) return tf.tidy(() => tf.add(m, tf.transpose(m)));
  const out = backend.makeOutput([n, n], 'float32');
  if (n > 0) run(n, offsetOf(backend, m), offsetOf(backend, out));
  return tf.engine().makeTensorFromTensorInfo(out) as tf.Tensor2D;
}
