/**
 * Vector maths that WASM SIMD lacks as instructions, as byte emitters for the hand-written
 * kernels: constants, a multiply-add that fuses where relaxed SIMD allows, a reduction across the
 * four lanes, and e^x. Softmaxes over every row of a [T·B, Np] matrix need the exponential per
 * element, so it runs on four lanes at a time here rather than once per float.
 */
import { f32x4, i32Const, i32x4, op, V128, v128, type Bytes } from './assembler';

const bytesOf = (lanes: Float32Array | Int32Array): Bytes => [...new Uint8Array(lanes.buffer)];

/** v128.const with `value` in all four lanes. */
export const splat = (value: number): Bytes => v128.const(bytesOf(new Float32Array(4).fill(value)));
const splatI32 = (value: number): Bytes => v128.const(bytesOf(new Int32Array(4).fill(value)));

/** a·b + c: one relaxed_madd with `fma`, else mul then add. */
export const madd = (a: Bytes, b: Bytes, c: Bytes, fma: boolean): Bytes =>
  fma ? [...a, ...b, ...c, ...f32x4.relaxedMadd] : [...a, ...b, ...f32x4.mul, ...c, ...f32x4.add];

const HALVES = [8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7];
const PAIRS = [4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11];

/** local = combine of its four lanes, in every lane (two shuffle + combine rounds). */
export const across = (local: number, combine: Bytes): Bytes =>
  [HALVES, PAIRS].flatMap((lanes) => [
    ...[op.get, local, op.get, local, op.get, local, ...v128.shuffle(lanes), ...combine],
    ...[op.set, local],
  ]);

/** Below this e^x is subnormal (2^−126 ≈ e^−87.34); expf returns 0 there. */
export const EXP_MIN = -87.33;
const LOG2E = 1.4426950408889634;
// ln 2 in two parts (Cody–Waite): k·LN2_HI is exact for |k| < 2^15, so x − k·ln 2 keeps its digits.
const LN2_HI = 0.693359375;
const LN2_LO = -2.1219444e-4;
// Cephes expf: e^r ≈ 1 + r + r²·P(r) on |r| ≤ ln2 / 2, relative error ≲ 2e-7.
const P = [
  1.98756915e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1,
  5.0000001201e-1,
];

/**
 * v128 locals of expf: x, k, r it may overwrite, and from `constants` on, EXP_CONSTANTS locals
 * that expSetup fills once, so the loop bodies hold no v128.const (V8 materialises one per use).
 */
export interface ExpLocals {
  x: number;
  k: number;
  r: number;
  constants: number;
}

// 1.5·2^23: adding it rounds to an integer k, which lands in the low mantissa bits, so no
// rounding or float → int conversion instructions are needed.
const ROUNDER = 12582912;
const CONSTANTS = [EXP_MIN, LOG2E, -LN2_HI, -LN2_LO, ...P, 1, ROUNDER];
export const EXP_CONSTANTS = CONSTANTS.length + 1;
// prettier-ignore
const CONSTANT_NAMES = [
  'EXP_MIN', 'LOG2E', 'MINUS_LN2_HI', 'MINUS_LN2_LO', 'P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'ONE',
  'ROUNDER', 'EXP_BIAS',
] as const;

/**
 * expf's EXP_CONSTANTS constant locals by name, in expSetup's order, to spread into a frame's
 * locals; `constants` of ExpLocals is then the index of EXP_MIN.
 */
export const expConstantLocals = () =>
  Object.fromEntries(CONSTANT_NAMES.map((key) => [key, V128])) as Record<
    (typeof CONSTANT_NAMES)[number],
    number
  >;

/** Sets expf's constant locals (the last is the exponent bias 127 in every i32 lane). */
export const expSetup = (constants: number): Bytes => [
  ...CONSTANTS.flatMap((c, i) => [...splat(c), op.set, constants + i]),
  ...[...splatI32(127), op.set, constants + CONSTANTS.length],
];

/**
 * e^x on four lanes, x (bytes leaving a vector on the stack) ≤ 0: x = k·ln 2 + r with
 * k = round(x·log2 e), e^r by polynomial, times 2^k built in the exponent bits. Lanes below
 * EXP_MIN (and NaN) give 0. Leaves the result on the stack.
 */
export function expf(x: Bytes, locals: ExpLocals, fma: boolean): Bytes {
  const { get, set } = op;
  const { x: X, k: K, r: R } = locals;
  const c = (value: number): Bytes => [get, locals.constants + CONSTANTS.indexOf(value)];
  const horner = P.slice(1).flatMap((p) => madd([], [get, R], c(p), fma));
  // K holds k + ROUNDER; its bits are those of ROUNDER plus k, and (bits + 127) << 23 drops
  // ROUNDER's (all at bit 22 and up) to leave 2^k.
  return [
    ...[...c(EXP_MIN), ...x, ...f32x4.pmax, set, X],
    ...[...madd([get, X], c(LOG2E), c(ROUNDER), fma), set, K],
    ...madd([get, K, ...c(ROUNDER), ...f32x4.sub], c(-LN2_HI), [get, X], fma),
    ...[set, R, ...madd([get, K, ...c(ROUNDER), ...f32x4.sub], c(-LN2_LO), [get, R], fma), set, R],
    ...[...c(P[0]), ...horner],
    ...madd([], [get, R, get, R, ...f32x4.mul], [get, R], fma),
    ...[...c(1), ...f32x4.add],
    ...[get, K, get, locals.constants + CONSTANTS.length, ...i32x4.add],
    ...[...i32Const(23), ...i32x4.shl, ...f32x4.mul],
    ...[get, X, ...c(EXP_MIN), ...f32x4.gt, ...v128.and],
  ];
}
