/**
 * The bytes of the fused place-cell cross-entropy (contract in ../crossEntropy.ts): per row, the
 * place-cell targets of the position, the softmax of the logits, d loss / d logits and the row's
 * loss, in four sweeps over a row held in L1, instead of ~15 tfjs ops that each stream the whole
 * [T·B, Np] matrix through memory. Export (pointers are byte offsets into the memory):
 *
 *   run(rows, np, logits, positions, dLogits, parts, expSums, scratch)
 *     dLogits[r, i] = (p_ri − y_ri) / rows,  p = softmax(logits_r),  y = place-cell targets
 *     parts[r] = max_i logits_ri − Σ_i y_ri·logits_ri,  expSums[r] = Σ_i e^(logits_ri − max)
 *   so the row's loss is parts[r] + log(expSums[r]) (one log per row, left to tfjs).
 *
 * The scratch (filled by ./crossEntropy.ts) holds the constants, then one 128-byte stripe per
 * four cells: centres x, y, a validity mask, and working vectors. Every sweep walks the stripes,
 * so the 1–3 cells past the last multiple of four need no code of their own: their lanes hold a
 * far centre and a very negative logit (both give e^x = 0) and a mask of 0.
 */
import {
  assemble,
  frame,
  f32Load,
  f32Store,
  f32x4,
  i32Const,
  I32,
  op,
  V128,
  v128,
  type Bytes,
  type MemorySpec,
} from '../assembler';
import { across, expConstantLocals, expf, expSetup, madd, splat } from '../vectorMath';

/** Scratch: [scale = −1/(2σ²), 1/rows, np, SURROUND_FLOOR], then the stripes. */
export const CONSTANTS_BYTES = 16;
/**
 * A surround below this has no centre (its square would be subnormal). WebAssembly keeps IEEE
 * subnormals and x64 computes them slowly: with σ = 0.12 m the cells 1.6–1.7 m from the walker
 * squared into that range and made the whole call half as slow again. The centre it drops is below
 * 2^−126 of the nearest cell's.
 */
export const SURROUND_FLOOR = 2 ** -63;
export const STRIPE_BYTES = 128;
/** Byte offsets of the vectors in a stripe; the first three are written once per call. */
export const FIELD = {
  cx: 0,
  cy: 16,
  valid: 32,
  logits: 48,
  centre: 64,
  surround: 80,
  exp: 96,
  out: 112,
};

const { get, set } = op;
const add = op.i32Add;
const RUN = frame(
  // prettier-ignore
  { ROWS: I32, NP: I32, LOGITS: I32, POSITIONS: I32, OUT: I32, PARTS: I32, SUMS: I32,
    SCRATCH: I32 },
  // prettier-ignore
  { ROW: I32, J: I32, END: I32, Q: I32, QEND: I32, NB: I32,
    X: V128, Y: V128, MIN: V128, MAX: V128, SC: V128, SS: V128, SE: V128, HALF_SCALE: V128,
    RATIO: V128, SHIFT: V128, INVY: V128, INVE: V128, SUM: V128, EX: V128, EK: V128, ER: V128,
    ...expConstantLocals() },
);
// prettier-ignore
const { ROWS, NP, LOGITS, POSITIONS, OUT, PARTS, SUMS, SCRATCH, ROW, J, END, Q, QEND, NB,
  X, Y, MIN, MAX, SC, SS, SE, HALF_SCALE, RATIO, SHIFT, INVY, INVE, SUM, EX, EK, ER } = RUN.at;
const EXP = { x: EX, k: EK, r: ER, constants: RUN.at.EXP_MIN };

/** while (!exit) { body } */
const loop = (exit: Bytes, body: Bytes): Bytes => [
  ...[op.block, op.void, op.loop, op.void, ...exit, op.brIf, 1],
  ...[...body, op.br, 0, op.end, op.end],
];

/** body once per stripe, J pointing at it. */
const sweep = (body: Bytes): Bytes => [
  ...[get, SCRATCH, ...i32Const(CONSTANTS_BYTES), add, set, J],
  ...loop([get, J, get, END, op.i32GeU], [...body, get, J, ...i32Const(STRIPE_BYTES), add, set, J]),
];

const field = (name: keyof typeof FIELD): Bytes => [get, J, ...v128.load(FIELD[name])];
const store = (name: keyof typeof FIELD, value: Bytes): Bytes => [
  ...[get, J, ...value, ...v128.store(FIELD[name])],
];
const accumulate = (local: number, value: Bytes, combine = f32x4.add): Bytes => [
  ...[get, local, ...value, ...combine, set, local],
];

/**
 * Row `at` (a byte pointer) ↔ the stripes' `name` vectors: whole vectors, then the 1–3 float
 * tail lane by lane into the last stripe.
 */
function copyRow(at: Bytes, name: keyof typeof FIELD, toStripes: boolean): Bytes {
  const [vectorMove, floatMove] = toStripes
    ? [
        [get, J, get, Q, ...v128.load(0), ...v128.store(FIELD[name])],
        [get, J, get, Q, ...f32Load(0), ...f32Store(FIELD[name])],
      ]
    : [
        [get, Q, get, J, ...v128.load(FIELD[name]), ...v128.store(0)],
        [get, Q, get, J, ...f32Load(FIELD[name]), ...f32Store(0)],
      ];
  const step = (q: number, j: number) => [
    ...[get, Q, ...i32Const(q), add, set, Q, get, J, ...i32Const(j), add, set, J],
  ];
  return [
    ...[...at, set, Q, get, Q, get, NB, add, set, QEND],
    ...[get, SCRATCH, ...i32Const(CONSTANTS_BYTES), add, set, J],
    ...loop(
      [get, Q, ...i32Const(16), add, get, QEND, op.i32GtU],
      [...vectorMove, ...step(16, 128)],
    ),
    ...loop([get, Q, get, QEND, op.i32GeU], [...floatMove, ...step(4, 4)]),
  ];
}

const rowAt = (base: number): Bytes => [get, base, get, ROW, get, NB, op.i32Mul, add];
const scalarAt = (base: number, bytes: number): Bytes => [
  ...[get, base, get, ROW, ...i32Const(bytes), op.i32Mul, add],
];
const constant = (offset: number): Bytes => [get, SCRATCH, ...v128.load32Splat(offset)];
const reciprocal = (value: Bytes): Bytes => [...splat(1), ...value, ...f32x4.div];

/** Squared distances to the centres (kept in `centre`), their minimum and the logits' maximum. */
function distances(fma: boolean): Bytes {
  const dx = [get, X, ...field('cx'), ...f32x4.sub];
  const dy = [get, Y, ...field('cy'), ...f32x4.sub];
  return [
    ...[...scalarAt(POSITIONS, 8), ...v128.load32Splat(0), set, X],
    ...[...scalarAt(POSITIONS, 8), ...v128.load32Splat(4), set, Y],
    ...[...splat(Infinity), set, MIN, ...splat(-Infinity), set, MAX],
    ...sweep([
      ...store('centre', madd(dx, dx, [...dy, ...dy, ...f32x4.mul], fma)),
      ...accumulate(MIN, field('centre'), f32x4.pmin),
      ...accumulate(MAX, field('logits'), f32x4.pmax),
    ]),
    ...across(MIN, f32x4.pmin),
    ...across(MAX, f32x4.pmax),
  ];
}

/**
 * The surround Gaussians e^((d² − min d²)·scale/2), the centre's (their squares: the surround's
 * variance is twice the centre's), e^(l − max). Squaring rather than taking square roots keeps
 * the surround where the centre's underflows, as two softmaxes would: with few cells, all of
 * them far but the nearest, the difference of the two would otherwise be 0 everywhere.
 */
function exponentials(fma: boolean): Bytes {
  const half = [...field('centre'), get, MIN, ...f32x4.sub, get, HALF_SCALE, ...f32x4.mul];
  return [
    ...[...v128.zero, set, SC, ...v128.zero, set, SS, ...v128.zero, set, SE],
    ...sweep([
      ...store('surround', expf(half, EXP, fma)),
      ...store('centre', [
        ...[...field('surround'), ...constant(12), ...f32x4.gt, ...field('surround'), ...v128.and],
        ...[op.tee, EX, get, EX, ...f32x4.mul],
      ]),
      ...store('exp', expf([...field('logits'), get, MAX, ...f32x4.sub], EXP, fma)),
      ...accumulate(SC, field('centre')),
      ...accumulate(SS, field('surround')),
      ...accumulate(SE, field('exp')),
    ]),
    ...[SC, SS, SE].flatMap((sum) => across(sum, f32x4.add)),
    ...[get, SS, get, SC, ...f32x4.div, set, RATIO],
  ];
}

/**
 * The difference of softmaxes times Σ surround (into `centre`): centre · Σs/Σc − surround, so no
 * far cell's surround is scaled down into subnormals. The targets, this shifted by |min| over
 * its sum, do not change with a common factor. Also its minimum and its sum.
 */
function difference(): Bytes {
  const value = [...field('centre'), get, RATIO, ...f32x4.mul];
  const surround = field('surround');
  return [
    ...[...splat(Infinity), set, SHIFT, ...v128.zero, set, SUM],
    ...sweep([
      ...store('centre', [...value, ...surround, ...f32x4.sub]),
      ...accumulate(SHIFT, field('centre'), f32x4.pmin),
      ...accumulate(SUM, field('centre')),
    ]),
    ...across(SHIFT, f32x4.pmin),
    ...across(SUM, f32x4.add),
    // shift = |min|; the shifted row sums to Σ difference + np·shift.
    ...[get, SHIFT, ...f32x4.abs, set, SHIFT],
    ...reciprocal(madd(constant(8), [get, SHIFT], [get, SUM], false)),
    ...[set, INVY, ...reciprocal([get, SE]), set, INVE],
  ];
}

/** y, (p − y)/rows into `out`, and Σ y·logits (in SUM); then the row's two scalars. */
function gradient(fma: boolean): Bytes {
  const y = [...field('centre'), get, SHIFT, ...f32x4.add, get, INVY, ...f32x4.mul];
  const p = [...field('exp'), get, INVE, ...f32x4.mul];
  return [
    ...[...v128.zero, set, SUM],
    ...sweep([
      ...store('centre', [...y, ...field('valid'), ...f32x4.mul]),
      ...store('out', [...p, ...field('centre'), ...f32x4.sub, ...constant(4), ...f32x4.mul]),
      ...[...madd(field('centre'), field('logits'), [get, SUM], fma), set, SUM],
    ]),
    ...across(SUM, f32x4.add),
    ...[...scalarAt(PARTS, 4), get, MAX, get, SUM, ...f32x4.sub, ...v128.store32Lane(0, 0)],
    ...[...scalarAt(SUMS, 4), get, SE, ...v128.store32Lane(0, 0)],
  ];
}

/** Once per call: row bytes, σ's scale halved, expf's constants, the end of the stripes. */
function setup(): Bytes {
  const stripes = [get, NP, ...i32Const(3), add, ...i32Const(2), op.i32ShrU];
  return [
    ...[get, NP, ...i32Const(2), op.i32Shl, set, NB],
    ...[...constant(0), ...splat(0.5), ...f32x4.mul, set, HALF_SCALE],
    ...expSetup(EXP.constants),
    ...[get, SCRATCH, ...i32Const(CONSTANTS_BYTES), add],
    ...[...stripes, ...i32Const(STRIPE_BYTES), op.i32Mul, add, set, END],
  ];
}

const sweeps = (fma: boolean): Bytes => [
  ...copyRow(rowAt(LOGITS), 'logits', true),
  ...distances(fma),
  ...exponentials(fma),
  ...difference(),
  ...gradient(fma),
  ...copyRow(rowAt(OUT), 'out', false),
];

/** The module bytes; its one export is `run`, all rows in one call. */
export function crossEntropyModule(fma: boolean, memory: MemorySpec): Uint8Array<ArrayBuffer> {
  const body = [
    ...setup(),
    ...loop(
      [get, ROW, get, ROWS, op.i32GeU],
      [...sweeps(fma), get, ROW, ...i32Const(1), add, set, ROW],
    ),
  ];
  return assemble([{ ...RUN.declaration, name: 'run', body }], { run: 0 }, memory);
}
