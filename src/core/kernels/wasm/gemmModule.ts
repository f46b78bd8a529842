/**
 * The bytes of a register-tiled WASM SIMD GEMM with a fused epilogue, the one routine behind the
 * recurrence kernels: the forward step adds the drive and applies the ReLU as it stores, the
 * backward step adds the state gradient and zeroes where h_t ≤ 0, so no step makes a second pass
 * over its output. Exported functions (all pointers are byte offsets into the memory):
 *
 *   gemm(M, N, K, a, b, c, addOffset, maskOffset, flags, kFull, k0):  C = A·B  (row-major) over
 *     columns k0 … k0 + K of A [M, kFull] and rows of B [kFull, N] (whole product: K = kFull, 0)
 *     flags & ACCUMULATE: C += A·B, summing on from C's values
 *     flags & ADD:   C += Add,           Add  at c + addOffset   (same layout as C)
 *     flags & RELU:  C = max(C, 0)
 *     flags & MASK:  C = C ⊙ [Mask > 0], Mask at c + maskOffset
 *   pack(K, N, b, to):  B [K, N] rewritten into the column-panel layout `gemm` reads as b
 *
 * Loop order: 8-column panels of B outside, row tiles inside, so a panel (K·8 floats) stays in
 * L1/L2 while A streams past it; callers block large M so A stays in L2 too. Each micro-kernel
 * holds rows × 8 accumulators in v128 locals (4 × 8 = 8 vectors + 2 for B + 1 for A fits the 16
 * SIMD registers V8 allocates on x64), loads B as v128 and broadcasts A with load32_splat. Column
 * tails (4, then 1–3) use lane loads and stores, so nothing outside a tensor is touched.
 */
import {
  assemble,
  f32Load,
  f32Store,
  f32x4,
  i32Const,
  I32,
  op,
  V128,
  v128,
  when,
  type Bytes,
  type Func,
  type MemorySpec,
} from '../../wasm/assembler';
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

// Micro-kernel parameters and i32 locals.
const [K, A, LDA, B, LDB, C, LDC, ADD_OFF, MASK_OFF, FLAGS, B_END, BP] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
];
const AP = (r: number) => 12 + r;

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

/** f(0) … f(count − 1), concatenated. */
const each = (count: number, f: (i: number) => Bytes): Bytes =>
  Array.from({ length: count }, (_, i) => f(i)).flat();

function microKernel(rows: number, width: number, { fma }: GemmOptions): Func {
  const vectors = width === 8 ? 2 : 1;
  const lanes = width >= 4 ? 4 : width;
  const AV = 12 + rows;
  const BV = (v: number) => AV + 1 + v;
  const ACC = (r: number, v: number) => AV + 1 + vectors + r * vectors + v;
  const tile = (f: (r: number, v: number) => Bytes) =>
    each(rows, (r) => each(vectors, (v) => f(r, v)));
  const madd = (r: number, v: number) =>
    fma
      ? [get, AV, get, BV(v), get, ACC(r, v), ...f32x4.relaxedMadd, set, ACC(r, v)]
      : [get, AV, get, BV(v), ...f32x4.mul, get, ACC(r, v), ...f32x4.add, set, ACC(r, v)];
  // One K step: row BP of B times the next column of each A row, then advance the pointers. The
  // loop ends when BP reaches B's end: a K counter of its own made the loop ~9% slower.
  const kLoop: Bytes = [
    ...[op.block, op.void, op.loop, op.void, get, BP, get, B_END, op.i32Eq, op.brIf, 1],
    ...each(vectors, (v) => [...loadCols([get, BP], lanes, 16 * v), set, BV(v)]),
    ...each(rows, (r) => [
      ...[get, AP(r), ...v128.load32Splat(), set, AV],
      ...each(vectors, (v) => madd(r, v)),
    ]),
    ...each(rows, (r) => [get, AP(r), ...i32Const(4), add, set, AP(r)]),
    ...[get, BP, get, LDB, add, set, BP],
    ...[op.br, 0, op.end, op.end],
  ];
  const row = (r: number): Bytes =>
    r ? [get, C, get, LDC, ...i32Const(r), op.i32Mul, add] : [get, C];
  const flag = (bit: number) => [get, FLAGS, ...i32Const(bit), op.i32And];
  const epilogue = (bit: number, f: (r: number, v: number) => Bytes) => when(flag(bit), tile(f));
  const body: Bytes = [
    ...[get, A, set, AP(0)],
    ...each(rows - 1, (r) => [get, AP(r), get, LDA, add, set, AP(r + 1)]),
    ...[get, B, set, BP, get, B, get, K, get, LDB, op.i32Mul, add, set, B_END],
    ...epilogue(ACCUMULATE, (r, v) => [...loadCols(row(r), lanes, 16 * v), set, ACC(r, v)]),
    ...kLoop,
    ...epilogue(ADD, (r, v) => [
      ...[get, ACC(r, v), ...loadCols([...row(r), get, ADD_OFF, add], lanes, 16 * v)],
      ...[...f32x4.add, set, ACC(r, v)],
    ]),
    ...epilogue(RELU, (r, v) => [...v128.zero, get, ACC(r, v), ...f32x4.pmax, set, ACC(r, v)]),
    ...epilogue(MASK, (r, v) => [
      ...[get, ACC(r, v), ...loadCols([...row(r), get, MASK_OFF, add], lanes, 16 * v)],
      ...[...v128.zero, ...f32x4.gt, ...v128.and, set, ACC(r, v)],
    ]),
    ...tile((r, v) => storeCols(row(r), [get, ACC(r, v)], lanes, 16 * v)),
  ];
  const locals: [number, number][] = [
    [2 + rows, I32],
    [1 + vectors + rows * vectors, V128],
  ];
  return { params: new Array(10).fill(I32), locals, body };
}

/** Row tiles down one column panel: full tiles of `rows`, then one tile of the remaining rows. */
function rowSweep(widthIndex: number, { rows }: GemmOptions): Func {
  const [K, M, A, LDA, B, LDB, C, LDC, ADD_OFF, MASK_OFF, FLAGS, I] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
  ];
  const call = (r: number): Bytes => [
    ...[get, K, get, A, get, I, get, LDA, op.i32Mul, add, get, LDA, get, B, get, LDB],
    ...[
      get,
      C,
      get,
      I,
      get,
      LDC,
      op.i32Mul,
      add,
      get,
      LDC,
      get,
      ADD_OFF,
      get,
      MASK_OFF,
      get,
      FLAGS,
    ],
    ...[op.call, (r - 1) * WIDTHS.length + widthIndex],
  ];
  const remainder = [get, M, get, I, op.i32Sub];
  const body: Bytes = [
    ...[op.block, op.void, op.loop, op.void],
    ...[get, I, ...i32Const(rows), add, get, M, op.i32GtU, op.brIf, 1],
    ...call(rows),
    ...[get, I, ...i32Const(rows), add, set, I, op.br, 0, op.end, op.end],
    ...Array.from({ length: rows - 1 }, (_, r) =>
      when([...remainder, ...i32Const(r + 1), op.i32Eq], call(r + 1)),
    ).flat(),
  ];
  return { params: new Array(11).fill(I32), locals: [[1, I32]], body };
}

/**
 * The exported entry: 8-column panels, then a 4-column one, then the 1–3 column tail. A call may
 * cover K chunk [K0, K0 + K) of a product over KFULL: A (at a) and the panels have rows of KFULL.
 */
function gemm({ rows }: GemmOptions): Func {
  const [M, N, K, A, B, C, ADD_OFF, MASK_OFF, FLAGS, KFULL, K0, J, NB, LDA] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
  ];
  const width = (widthIndex: number) => i32Const(4 * WIDTHS[widthIndex]);
  const sweep = (widthIndex: number): Bytes => [
    ...[get, K, get, M, get, A, get, LDA, get, B, get, J, get, KFULL, op.i32Mul, add],
    ...[get, K0, ...width(widthIndex), op.i32Mul, add],
    ...width(widthIndex),
    ...[get, C, get, J, add, get, NB, get, ADD_OFF, get, MASK_OFF, get, FLAGS],
    ...[op.call, rows * WIDTHS.length + widthIndex],
  ];
  const left = [get, NB, get, J, op.i32Sub];
  const body: Bytes = [
    ...[get, N, ...i32Const(2), op.i32Shl, set, NB],
    ...[get, KFULL, ...i32Const(2), op.i32Shl, set, LDA],
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
  return { params: new Array(11).fill(I32), locals: [[3, I32]], body };
}

/**
 * pack(K, N, b, to): B [K, N] rewritten as its column panels (8 wide, then 4, then 1–3), each K
 * rows × its width, contiguous: the layout `gemm` reads. Panels of 4 and 8 move as vectors.
 */
function pack(): Func {
  const [K, N, SRC, DST, J, W, ROW, END, COL, NB] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
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
    ...[
      get,
      DST,
      get,
      W,
      add,
      set,
      DST,
      get,
      ROW,
      get,
      NB,
      add,
      set,
      ROW,
      op.br,
      0,
      op.end,
      op.end,
    ],
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
  return { params: new Array(4).fill(I32), locals: [[6, I32]], body };
}

/** The module bytes; its exports are `gemm` and `pack`. */
export function gemmModule(options: GemmOptions): Uint8Array<ArrayBuffer> {
  const kernels = Array.from({ length: options.rows }, (_, r) =>
    WIDTHS.map((w) => microKernel(r + 1, w, options)),
  ).flat();
  const sweeps = WIDTHS.map((_, w) => rowSweep(w, options));
  const funcs = [...kernels, ...sweeps, gemm(options), pack()];
  return assemble(funcs, { gemm: funcs.length - 2, pack: funcs.length - 1 }, options.memory);
}
