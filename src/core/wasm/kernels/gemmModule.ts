/**
 * The bytes of a register-tiled WASM SIMD GEMM with a fused epilogue, the one routine behind the
 * recurrence kernels: the forward step adds the drive and applies the ReLU, the backward step
 * adds the state gradient and zeroes where h_t ≤ 0, each on a tile while it is still in L1.
 * Exported functions (all pointers are byte offsets into the memory):
 *
 *   gemm(M, N, K, a, b, c, addOffset, maskOffset, flags, kFull, k0, scratch):  C = A·B
 *     (row-major) over columns k0 … k0 + K of A [M, kFull] and rows of B [kFull, N] (whole
 *     product: K = kFull, k0 = 0); A's M × K block is packed into `scratch` first
 *     flags & ACCUMULATE: C += A·B, summing on from C's values
 *     flags & ADD:   C += Add,           Add  at c + addOffset   (same layout as C)
 *     flags & RELU:  C = max(C, 0)
 *     flags & MASK:  C = C ⊙ [Mask > 0], Mask at c + maskOffset
 *   pack(K, N, b, to):  B [K, N] rewritten into the column-panel layout `gemm` reads as b
 *
 * Loop order: 8-column panels of B outside, row tiles inside, so a panel (K·8 floats) stays in
 * L1/L2 while A streams past it; callers block large M so A stays in L2 too. Each micro-kernel
 * holds rows × 8 accumulators in v128 locals (6 × 8: 12 vectors, + 2 for B + 1 for A, of the 15
 * SIMD registers V8 allocates on x64), loads B as v128 and broadcasts A with load32_splat from one
 * pointer: A's rows are packed tile by tile (K steps of 6 floats), so a K step costs two pointer
 * adds, not one per row. That beats 4 × 8 tiles with a pointer per row by about a tenth and comes
 * close to the peak of V8's 128-bit FMA. Column tails (4, then 1–3) use lane loads and stores, so
 * nothing outside a tensor is touched.
 */
import {
  assemble,
  f32Load,
  f32Store,
  f32x4,
  frame,
  i32Const,
  I32,
  op,
  V128,
  v128,
  when,
  type Bytes,
  type Func,
  type MemorySpec,
} from '../assembler';
import { ACCUMULATE } from './gemmThreads.mjs';

export const ADD = 1;
export const RELU = 2;
export const MASK = 4;
/** Start from C's values instead of 0: the K chunks after the first (see gemm below). */
export { ACCUMULATE };

export interface GemmOptions {
  /** Use relaxed-SIMD f32x4.relaxed_madd instead of f32x4.mul + f32x4.add. */
  fma: boolean;
  /** Rows of the register tile. */
  rows: number;
  memory: MemorySpec;
}

/** Columns per micro-tile: two vectors, one vector, then the 1–3 column tails. */
const WIDTHS = [8, 4, 1, 2, 3];
const { get, set } = op;
const add = op.i32Add;
/** The flags that need the epilogue pass over a finished tile. */
const EPILOGUE = ADD | RELU | MASK;

/** f(0) … f(count − 1), concatenated. */
const each = (count: number, f: (i: number) => Bytes): Bytes =>
  Array.from({ length: count }, (_, i) => f(i)).flat();

/** Load the first `width` (1–4) floats at addr + offset into a vector, zeroing the rest. */
function loadCols(addr: Bytes, width: number, offset: number): Bytes {
  if (width === 4) return [...addr, ...v128.load(offset)];
  if (width === 1) return [...addr, ...v128.load32Zero(offset)];
  if (width === 2) return [...addr, ...v128.load64Zero(offset)];
  return [...addr, ...addr, ...v128.load64Zero(offset), ...v128.load32Lane(offset + 8, 2)];
}

/** Store the first `width` lanes of `value` at addr + offset. */
function storeCols(addr: Bytes, value: Bytes, width: number, offset: number): Bytes {
  if (width === 4) return [...addr, ...value, ...v128.store(offset)];
  const low = width === 1 ? v128.store32Lane(offset, 0) : v128.store64Lane(offset, 0);
  const rest = width === 3 ? [...addr, ...value, ...v128.store32Lane(offset + 8, 2)] : [];
  return [...addr, ...value, ...low, ...rest];
}

/** A tile's shape: rows, columns, and how its columns split into vectors and lanes. */
function tileOf(rows: number, width: number) {
  const vectors = width === 8 ? 2 : 1;
  const lanes = width >= 4 ? 4 : width;
  return {
    vectors,
    lanes,
    each: (f: (r: number, v: number) => Bytes) => each(rows, (r) => each(vectors, (v) => f(r, v))),
  };
}

/** Byte address of row r of the tile at local `c`, rows `ldc` bytes apart. */
const rowAt = (c: number, ldc: number, r: number): Bytes =>
  r ? [get, c, get, ldc, ...i32Const(r), op.i32Mul, add] : [get, c];

/**
 * kernel(K, A, B, LDB, C, LDC): the rows × width tile of C = A·B over K, from 0 or (`accumulate`)
 * from C's values. A is the tile's packed rows (K steps of `rows` floats, one pointer: a load with
 * a constant offset per row), B a panel (K rows LDB bytes apart). No epilogue here: a branch after
 * the loop made V8 spill the accumulators inside it (6-row tiles ran several times slower).
 */
function microKernel(rows: number, width: number, fma: boolean, accumulate: boolean): Func {
  const tile = tileOf(rows, width);
  const KERNEL = frame(
    { K: I32, A: I32, B: I32, LDB: I32, C: I32, LDC: I32 },
    // BV: the row of B; ACC: the accumulators, row by row.
    { B_END: I32, BP: I32, AV: V128, BV: [V128, tile.vectors], ACC: [V128, rows * tile.vectors] },
  );
  const { K, A, B, LDB, C, LDC, B_END, BP, AV } = KERNEL.at;
  const BV = (v: number) => KERNEL.at.BV + v;
  const ACC = (r: number, v: number) => KERNEL.at.ACC + r * tile.vectors + v;
  const madd = (r: number, v: number) =>
    fma
      ? [get, AV, get, BV(v), get, ACC(r, v), ...f32x4.relaxedMadd, set, ACC(r, v)]
      : [get, AV, get, BV(v), ...f32x4.mul, get, ACC(r, v), ...f32x4.add, set, ACC(r, v)];
  // One K step: row BP of B times the next packed A value of each row. The loop ends when BP
  // reaches B's end: a K counter of its own made the loop ~9% slower.
  const kLoop: Bytes = [
    ...[op.block, op.void, op.loop, op.void, get, BP, get, B_END, op.i32Eq, op.brIf, 1],
    ...each(tile.vectors, (v) => [...loadCols([get, BP], tile.lanes, 16 * v), set, BV(v)]),
    ...each(rows, (r) => [
      ...[get, A, ...v128.load32Splat(4 * r), set, AV],
      ...each(tile.vectors, (v) => madd(r, v)),
    ]),
    ...[get, A, ...i32Const(4 * rows), add, set, A, get, BP, get, LDB, add, set, BP],
    ...[op.br, 0, op.end, op.end],
  ];
  const row = (r: number) => rowAt(C, LDC, r);
  const body: Bytes = [
    ...(accumulate
      ? tile.each((r, v) => [...loadCols(row(r), tile.lanes, 16 * v), set, ACC(r, v)])
      : []),
    ...[get, B, set, BP, get, B, get, K, get, LDB, op.i32Mul, add, set, B_END],
    ...kLoop,
    ...tile.each((r, v) => storeCols(row(r), [get, ACC(r, v)], tile.lanes, 16 * v)),
  ];
  const name = `kernel${rows}x${width}${accumulate ? 'Accumulate' : ''}`;
  return { ...KERNEL.declaration, name, body };
}

/**
 * epilogue(C, LDC, addOffset, maskOffset, flags) on a finished rows × width tile, still in L1:
 * the same operations in the same order as when they ran on the accumulators.
 */
function epilogue(rows: number, width: number): Func {
  const EPILOGUE_FRAME = frame(
    { C: I32, LDC: I32, ADD_OFF: I32, MASK_OFF: I32, FLAGS: I32 },
    { X: V128 },
  );
  const { C, LDC, ADD_OFF, MASK_OFF, FLAGS, X } = EPILOGUE_FRAME.at;
  const { lanes, each: tiled } = tileOf(rows, width);
  const at = (r: number, v: number, offset: number[]) => [
    ...loadCols([...rowAt(C, LDC, r), ...offset], lanes, 16 * v),
  ];
  const flag = (bit: number) => [get, FLAGS, ...i32Const(bit), op.i32And];
  const body = tiled((r, v) => [
    ...[...at(r, v, []), set, X],
    ...when(flag(ADD), [get, X, ...at(r, v, [get, ADD_OFF, add]), ...f32x4.add, set, X]),
    ...when(flag(RELU), [...v128.zero, get, X, ...f32x4.pmax, set, X]),
    ...when(flag(MASK), [
      ...[get, X, ...at(r, v, [get, MASK_OFF, add]), ...v128.zero, ...f32x4.gt],
      ...[...v128.and, set, X],
    ]),
    ...storeCols(rowAt(C, LDC, r), [get, X], lanes, 16 * v),
  ]);
  return { ...EPILOGUE_FRAME.declaration, name: `epilogue${rows}x${width}`, body };
}

/**
 * packTile(K, a, lda, to): `rows` rows of A (lda bytes apart) as K steps of `rows` floats, the
 * layout a micro-kernel reads: four k at a time per row, one vector load, four lane stores.
 */
function packTile(rows: number): Func {
  const PACK_TILE = frame(
    { K: I32, A: I32, LDA: I32, TO: I32 },
    { P: I32, T: I32, END: I32, X: V128 },
  );
  const { K, A, LDA, TO, P, T, END, X } = PACK_TILE.at;
  const step = 4 * rows;
  const body: Bytes = [
    ...[get, A, set, P, get, TO, set, T, get, A, get, K, ...i32Const(2), op.i32Shl, add, set, END],
    ...[op.block, op.void, op.loop, op.void],
    ...[get, P, ...i32Const(16), add, get, END, op.i32GtU, op.brIf, 1],
    ...each(rows, (r) => [
      ...[...rowAt(P, LDA, r), ...v128.load(), set, X],
      ...each(4, (j) => [get, T, get, X, ...v128.store32Lane(4 * r + step * j, j)]),
    ]),
    ...[get, P, ...i32Const(16), add, set, P, get, T, ...i32Const(4 * step), add, set, T],
    ...[op.br, 0, op.end, op.end],
    ...[op.block, op.void, op.loop, op.void, get, P, get, END, op.i32GeU, op.brIf, 1],
    ...each(rows, (r) => [get, T, ...rowAt(P, LDA, r), ...f32Load(0), ...f32Store(4 * r)]),
    ...[get, P, ...i32Const(4), add, set, P, get, T, ...i32Const(step), add, set, T],
    ...[op.br, 0, op.end, op.end],
  ];
  return { ...PACK_TILE.declaration, name: `packTile${rows}`, body };
}

/** Function indices in the module, rows 1 … R (the tile's height) and a width index. */
function layout(R: number) {
  const perRows = WIDTHS.length;
  const kernel = (rows: number, w: number, accumulate: boolean) =>
    2 * ((rows - 1) * perRows + w) + (accumulate ? 1 : 0);
  const epilogueAt = (rows: number, w: number) => 2 * R * perRows + (rows - 1) * perRows + w;
  const packTileAt = (rows: number) => 3 * R * perRows + rows - 1;
  const packA = 3 * R * perRows + R;
  const sweep = (w: number) => packA + 1 + w;
  const gemm = sweep(perRows);
  return { kernel, epilogueAt, packTileAt, packA, sweep, gemm, pack: gemm + 1 };
}

/**
 * `call(rows)` for each tile of M rows (local `m`), row index in local `i`: full tiles of R rows,
 * then one tile of the 1 … R − 1 rows left.
 */
const overTiles = (R: number, m: number, i: number, call: (rows: number) => Bytes): Bytes => [
  ...[op.block, op.void, op.loop, op.void],
  ...[get, i, ...i32Const(R), add, get, m, op.i32GtU, op.brIf, 1],
  ...call(R),
  ...[get, i, ...i32Const(R), add, set, i, op.br, 0, op.end, op.end],
  ...each(R - 1, (r) =>
    when([get, m, get, i, op.i32Sub, ...i32Const(r + 1), op.i32Eq], call(r + 1)),
  ),
];

/** packA(M, K, a, lda, to): A's M rows as packed tiles of R rows (the last may be shorter). */
function packA(R: number): Func {
  const PACK_A = frame({ M: I32, K: I32, A: I32, LDA: I32, TO: I32 }, { I: I32 });
  const { M, K, A, LDA, TO, I } = PACK_A.at;
  const at = layout(R);
  const call = (rows: number): Bytes => [
    ...[get, K, get, A, get, I, get, LDA, op.i32Mul, add, get, LDA],
    ...[get, TO, get, I, get, K, op.i32Mul, ...i32Const(2), op.i32Shl, add],
    ...[op.call, at.packTileAt(rows)],
  ];
  return { ...PACK_A.declaration, name: 'packA', body: overTiles(R, M, I, call) };
}

/** Row tiles down one column panel: full tiles of R rows, then one of the remaining rows. */
function rowSweep(widthIndex: number, R: number): Func {
  const SWEEP = frame(
    // prettier-ignore
    { K: I32, M: I32, A: I32, B: I32, LDB: I32, C: I32, LDC: I32, ADD_OFF: I32, MASK_OFF: I32,
      FLAGS: I32 },
    { I: I32 },
  );
  const { K, M, A, B, LDB, C, LDC, ADD_OFF, MASK_OFF, FLAGS, I } = SWEEP.at;
  const at = layout(R);
  const flag = (bits: number) => [get, FLAGS, ...i32Const(bits), op.i32And];
  const tileC = [get, C, get, I, get, LDC, op.i32Mul, add];
  const args = [
    ...[get, K, get, A, get, I, get, K, op.i32Mul, ...i32Const(2), op.i32Shl, add],
    ...[get, B, get, LDB, ...tileC, get, LDC],
  ];
  const call = (rows: number): Bytes => [
    ...[...flag(ACCUMULATE), op.if, op.void, ...args, op.call, at.kernel(rows, widthIndex, true)],
    ...[op.else, ...args, op.call, at.kernel(rows, widthIndex, false), op.end],
    ...when(flag(EPILOGUE), [
      ...[...tileC, get, LDC, get, ADD_OFF, get, MASK_OFF, get, FLAGS],
      ...[op.call, at.epilogueAt(rows, widthIndex)],
    ]),
  ];
  const name = `sweep${WIDTHS[widthIndex]}`;
  return { ...SWEEP.declaration, name, body: overTiles(R, M, I, call) };
}

/**
 * The exported entry: A's rows packed into the scratch, then 8-column panels, a 4-column one and
 * the 1–3 column tail. A call may cover K chunk [K0, K0 + K) of a product over KFULL: A (at a)
 * and the panels have rows of KFULL.
 */
function gemm(R: number): Func {
  const GEMM = frame(
    // prettier-ignore
    { M: I32, N: I32, K: I32, A: I32, B: I32, C: I32, ADD_OFF: I32, MASK_OFF: I32, FLAGS: I32,
      KFULL: I32, K0: I32, SCRATCH: I32 },
    { J: I32, NB: I32 },
  );
  // prettier-ignore
  const { M, N, K, A, B, C, ADD_OFF, MASK_OFF, FLAGS, KFULL, K0, SCRATCH, J, NB } = GEMM.at;
  const at = layout(R);
  const width = (widthIndex: number) => i32Const(4 * WIDTHS[widthIndex]);
  const sweep = (widthIndex: number): Bytes => [
    ...[get, K, get, M, get, SCRATCH, get, B, get, J, get, KFULL, op.i32Mul, add],
    ...[get, K0, ...width(widthIndex), op.i32Mul, add],
    ...width(widthIndex),
    ...[get, C, get, J, add, get, NB, get, ADD_OFF, get, MASK_OFF, get, FLAGS],
    ...[op.call, at.sweep(widthIndex)],
  ];
  const left = [get, NB, get, J, op.i32Sub];
  const body: Bytes = [
    ...[get, M, get, K, get, A, get, KFULL, ...i32Const(2), op.i32Shl, get, SCRATCH],
    ...[op.call, at.packA],
    ...[get, N, ...i32Const(2), op.i32Shl, set, NB],
    ...[op.block, op.void, op.loop, op.void],
    ...[get, J, ...i32Const(32), add, get, NB, op.i32GtU, op.brIf, 1],
    ...sweep(0),
    ...[get, J, ...i32Const(32), add, set, J, op.br, 0, op.end, op.end],
    ...when(
      [...left, ...i32Const(16), op.i32GeU],
      [...sweep(1), get, J, ...i32Const(16), add, set, J],
    ),
    ...[2, 3, 4].map((w) => when([...left, ...i32Const(4 * WIDTHS[w]), op.i32Eq], sweep(w))).flat(),
  ];
  return { ...GEMM.declaration, name: 'gemm', body };
}

/**
 * pack(K, N, b, to): B [K, N] rewritten as its column panels (8 wide, then 4, then 1–3), each K
 * rows × its width, contiguous: the layout `gemm` reads. Panels of 4 and 8 move as vectors.
 */
function pack(): Func {
  const PACK = frame(
    { K: I32, N: I32, SRC: I32, DST: I32 },
    { J: I32, W: I32, ROW: I32, END: I32, COL: I32, NB: I32 },
  );
  const { K, N, SRC, DST, J, W, ROW, END, COL, NB } = PACK.at;
  const copy = (bytes: number, load: Bytes, store: Bytes): Bytes => [
    ...[op.block, op.void, op.loop, op.void],
    ...[get, COL, ...i32Const(bytes), add, get, W, op.i32GtU, op.brIf, 1],
    ...[get, DST, get, COL, add, get, ROW, get, COL, add, ...load, ...store],
    ...[get, COL, ...i32Const(bytes), add, set, COL, op.br, 0, op.end, op.end],
  ];
  const rows: Bytes = [
    ...[get, SRC, get, J, add, set, ROW, get, ROW, get, K, get, NB, op.i32Mul, add, set, END],
    ...[op.block, op.void, op.loop, op.void, get, ROW, get, END, op.i32GeU, op.brIf, 1],
    ...[...i32Const(0), set, COL],
    ...copy(16, v128.load(), v128.store()),
    ...copy(4, f32Load(0), f32Store(0)),
    ...[get, DST, get, W, add, set, DST],
    ...[get, ROW, get, NB, add, set, ROW, op.br, 0, op.end, op.end],
  ];
  const width = (at: number) => [get, W, ...i32Const(at), op.i32GeU];
  const body: Bytes = [
    ...[get, N, ...i32Const(2), op.i32Shl, set, NB],
    ...[op.block, op.void, op.loop, op.void, get, J, get, NB, op.i32GeU, op.brIf, 1],
    ...[get, NB, get, J, op.i32Sub, set, W],
    ...when(
      [...width(16), get, W, ...i32Const(32), op.i32LtU, op.i32And],
      [...i32Const(16), set, W],
    ),
    ...when(width(32), [...i32Const(32), set, W]),
    ...rows,
    ...[get, J, get, W, add, set, J, op.br, 0, op.end, op.end],
  ];
  return { ...PACK.declaration, name: 'pack', body };
}

/** The module bytes; its exports are `gemm` and `pack`. */
export function gemmModule(options: GemmOptions): Uint8Array<ArrayBuffer> {
  const R = options.rows;
  const heights = Array.from({ length: R }, (_, r) => r + 1);
  const kernels = heights.flatMap((rows) =>
    WIDTHS.flatMap((w) => [false, true].map((acc) => microKernel(rows, w, options.fma, acc))),
  );
  const epilogues = heights.flatMap((rows) => WIDTHS.map((w) => epilogue(rows, w)));
  const sweeps = WIDTHS.map((_, w) => rowSweep(w, R));
  const funcs = [
    ...kernels,
    ...epilogues,
    ...heights.map(packTile),
    packA(R),
    ...sweeps,
    gemm(R),
    pack(),
  ];
  const at = layout(R);
  return assemble(funcs, { gemm: at.gemm, pack: at.pack }, options.memory);
}
