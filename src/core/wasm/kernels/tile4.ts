/**
 * A 4 × 4 float tile transposed in registers, the core of our transposing kernels (./transpose,
 * ./symmetricSum): tfjs-wasm's Transpose is a scalar loop whose writes stride a whole row apart.
 * Rows in four v128 locals are interleaved pairwise into four temporaries, whose halves are the
 * tile's columns: six shuffles in all, no memory traffic.
 */
import { i32Const, op, v128, type Bytes } from '../assembler';

/** Byte lanes of a shuffle picking f32 lanes (0–3 from the first vector, 4–7 the second). */
const lanes = (...floats: number[]): Bytes =>
  floats.flatMap((f) => [0, 1, 2, 3].map((b) => 4 * f + b));
const shuffle = (x: number, y: number, picks: Bytes): Bytes => [
  ...[op.get, x, op.get, y],
  ...v128.shuffle(picks),
];
const [LOW, HIGH] = [lanes(0, 4, 1, 5), lanes(2, 6, 3, 7)];
const [FRONT, BACK] = [lanes(0, 1, 4, 5), lanes(2, 3, 6, 7)];

type Four = [number, number, number, number];

/** The tile in locals `rows` (row r = [x_r0 … x_r3]), through the temporaries `temps`. */
export function tileTranspose([a, b, c, d]: Four, [t0, t1, t2, t3]: Four) {
  return {
    /** t0 = a0 b0 a1 b1, t1 = a2 b2 a3 b3, t2 and t3 the same of c and d. */
    interleave: [
      ...[...shuffle(a, b, LOW), op.set, t0, ...shuffle(a, b, HIGH), op.set, t1],
      ...[...shuffle(c, d, LOW), op.set, t2, ...shuffle(c, d, HIGH), op.set, t3],
    ],
    /** Column j of the tile (x_0j … x_3j) on the stack, after `interleave`. */
    column: (j: number): Bytes =>
      shuffle(j < 2 ? t0 : t1, j < 2 ? t2 : t3, j % 2 === 0 ? FRONT : BACK),
  };
}

/** local + r · (local `stride`): the byte address of row r of a tile. */
export const rowOf = (local: number, stride: number, r: number): Bytes => [
  op.get,
  local,
  ...(r ? [op.get, stride, ...i32Const(r), op.i32Mul, op.i32Add] : []),
];
