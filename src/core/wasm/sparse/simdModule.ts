/**
 * The bytes of the sparse forward pass in WASM SIMD: `steps` recurrent steps (or one read-out)
 * in one call, each with its bias and ReLU fused into the store, so JS neither loops over the
 * steps nor passes over the states. States live unit-major, [units][stride lanes], in a row of
 * slots in the module's memory, step s reading the slot at x + s·slot and writing the next one's
 * first rows (the caller has put x_t below h_t in each slot). Exports (pointers are byte
 * offsets; `colOff` holds column · 4, the unit's offset when there is one lane):
 *
 *   spmm(rows, stride, lanes, rowPtr, colOff, values, x, bias, relu, steps, slot)
 *     CSR; `lanes` (a multiple of 4) from x's first, in rows of `stride` lanes
 *   spmv(slices, slicePtr, colOff, values, x, bias, relu, rowOff, steps, slot)
 *     SELL-4 (./sell), one lane
 *   out[j][·] = act(Σ_p values[p] · x[col_p][·] + bias[j]),  out = x + slot,  act = ReLU if
 *   relu, else identity
 *   transpose(rows, cols, source, target)   ../kernels/transpose's, for states in and out
 *
 * A thread may take some of a batch's lanes through all the steps (a lane's state depends on that
 * lane alone), so helper threads need one hand-over per call, not one per step. spmm walks a row's
 * weights once per chunk of 6 vectors (24 lanes), then 4, 2, 1, keeping the chunk in v128
 * accumulators: per weight and vector one load of x and a multiply-add, no load/store of the
 * output. Chunks of 6 ran fastest: 4 walks the row's weights more often, 7 or 8 run out of V8's
 * SIMD registers and spill. The 2 serves a thread's half of 64 lanes (6 + 2, not 6 + 1 + 1 walks of
 * the row). spmv (one free-running trajectory) would fill one lane in four that way; its lanes are
 * four rows instead, each multiply-add taking one entry of each with x gathered lane by lane.
 */
import {
  assemble,
  f32x4,
  forLoop,
  frame,
  i32Const,
  i32Load,
  I32,
  op,
  V128,
  v128,
  when,
  type Bytes,
  type MemorySpec,
} from '../assembler';
import { transposeRun } from '../kernels/transpose';

const { get, set, tee, block, loop, brIf, br, end, void: void_ } = op;
const { i32Add: add, i32Mul: mul, i32Shl: shl, i32GeU: geU, i32GtU: gtU } = op;
const NEG_INF = [0, 0, 0x80, 0xff];

/** local = relu ? 0 : −∞ in every lane: pmax with it is the activation (ReLU, or identity). */
const floorOf = (relu: number, local: number): Bytes => [
  ...[...v128.const([...NEG_INF, ...NEG_INF, ...NEG_INF, ...NEG_INF]), set, local],
  ...when([get, relu], [...v128.zero, set, local]),
];

const CHUNKS = [6, 4, 2, 1];
// spmm's parameters, then locals: ACC0 … ACC5 hold a chunk of vectors (CHUNKS[0]).
const SPMM = frame(
  // prettier-ignore
  { ROWS: I32, STRIDE: I32, LANES: I32, ROW_PTR: I32, COL_OFF: I32, VALUES: I32, X: I32,
    BIAS: I32, RELU: I32, STEPS: I32, SLOT: I32 },
  // prettier-ignore
  { J: I32, Q: I32, Q_END: I32, Q_START: I32, OUT_ROW: I32, ROW_BYTES: I32, C: I32, X_ROW: I32,
    LANE_BYTES: I32, STEP: I32, OUT: I32,
    W: V128, BIAS_V: V128, FLOOR: V128, ACC: [V128, CHUNKS[0]] },
);
// prettier-ignore
const { ROWS, STRIDE, LANES, ROW_PTR, COL_OFF, VALUES, X, BIAS, RELU, STEPS, SLOT,
  J, Q, Q_END, Q_START, OUT_ROW, ROW_BYTES, C, X_ROW, LANE_BYTES, STEP, OUT, W, BIAS_V, FLOOR,
} = SPMM.at;
const ACC = (k: number) => SPMM.at.ACC + k;

/** f(0) … f(count − 1), concatenated. */
const each = (count: number, f: (k: number) => Bytes): Bytes =>
  Array.from({ length: count }, (_, k) => f(k)).flat();

/** while (!exitIf) body. */
const whileNot = (exitIf: Bytes, body: Bytes): Bytes => [
  ...[block, void_, loop, void_, ...exitIf, brIf, 1],
  ...body,
  ...[br, 0, end, end],
];

/** Byte range [Q_START, Q_END) of row J's entries, and Q at its start. */
const rowRange: Bytes = [
  ...[get, ROW_PTR, get, J, ...i32Const(2), shl, add, tee, Q_END],
  ...[...i32Load(0), ...i32Const(2), shl, set, Q_START],
  ...[get, Q_END, ...i32Load(4), ...i32Const(2), shl, set, Q_END],
  ...[get, Q_START, set, Q],
];

/** acc += a · b, fused where relaxed SIMD is available. */
const madd = (acc: number, a: Bytes, b: Bytes, fma: boolean): Bytes =>
  fma
    ? [...a, ...b, get, acc, ...f32x4.relaxedMadd, set, acc]
    : [get, acc, ...a, ...b, ...f32x4.mul, ...f32x4.add, set, acc];

/** One pass over row J's weights for `vectors` × 4 lanes from byte C on, stored with the epilogue. */
function chunk(vectors: number, fma: boolean): Bytes {
  const weight = [get, VALUES, get, Q, add, ...v128.load32Splat(), set, W];
  const xRow = [
    ...[get, COL_OFF, get, Q, add, ...i32Load(0)],
    ...[get, STRIDE, mul, get, X, add, get, C, add],
  ];
  return whileNot(
    [get, C, ...i32Const(16 * vectors), add, get, LANE_BYTES, gtU],
    [
      ...each(vectors, (k) => [...v128.zero, set, ACC(k)]),
      ...[get, Q_START, set, Q],
      ...whileNot(
        [get, Q, get, Q_END, geU],
        [
          ...[...weight, ...xRow, set, X_ROW],
          ...each(vectors, (k) => madd(ACC(k), [get, W], [get, X_ROW, ...v128.load(16 * k)], fma)),
          ...[get, Q, ...i32Const(4), add, set, Q],
        ],
      ),
      ...each(vectors, (k) => [
        ...[get, OUT_ROW, get, C, add, get, ACC(k), get, BIAS_V, ...f32x4.add, get, FLOOR],
        ...[...f32x4.pmax, ...v128.store(16 * k)],
      ]),
      ...[get, C, ...i32Const(16 * vectors), add, set, C],
    ],
  );
}

/** for (step = 0; step < steps; step++, x = out) body, with out = x + slot. */
const eachStep = (step: number, [steps, x, slot, out]: number[], body: Bytes): Bytes =>
  forLoop(step, [get, steps], 1, [
    ...[get, x, get, slot, add, set, out],
    ...body,
    ...[get, out, set, x],
  ]);

function spmm(fma: boolean): Bytes {
  return [
    ...[get, STRIDE, ...i32Const(2), shl, set, ROW_BYTES],
    ...[get, LANES, ...i32Const(2), shl, set, LANE_BYTES],
    ...floorOf(RELU, FLOOR),
    ...eachStep(
      STEP,
      [STEPS, X, SLOT, OUT],
      [
        ...forLoop(J, [get, ROWS], 1, [
          ...rowRange,
          ...[get, OUT, get, J, get, ROW_BYTES, mul, add, set, OUT_ROW],
          ...[get, BIAS, get, J, ...i32Const(2), shl, add, ...v128.load32Splat(), set, BIAS_V],
          ...[...i32Const(0), set, C],
          ...CHUNKS.flatMap((vectors) => chunk(vectors, fma)),
        ]),
      ],
    ),
  ];
}

// spmv(slices, slicePtr, colOff, values, x, bias, relu, rowOff, steps, slot) over SELL-4 (./sell).
const SPMV = frame(
  // prettier-ignore
  { SLICES: I32, SLICE_PTR: I32, COL_OFF: I32, VALUES: I32, X: I32, BIAS: I32, RELU: I32,
    ROW_OFF: I32, STEPS: I32, SLOT: I32 },
  // prettier-ignore
  { S: I32, SQ: I32, SQ_END: I32, STEP_V: I32, OUT_V: I32,
    V_ACC: V128, V_ACC2: V128, V_X: V128, V_FLOOR: V128 },
);
const SELL = SPMV.at;
const { S, SQ, SQ_END, STEP_V, OUT_V, V_ACC, V_ACC2, V_X, V_FLOOR } = SPMV.at;

/** x at the 4 columns of the quad at byte SQ + 16·quad, loaded lane by lane. */
function gather(quad: number): Bytes {
  const xAt = (lane: number) => [
    ...[get, SELL.X, get, SELL.COL_OFF, get, SQ, add, ...i32Load(16 * quad + 4 * lane), add],
  ];
  return [
    ...[...xAt(0), ...v128.load32Zero()],
    ...[1, 2, 3].flatMap((lane) => [set, V_X, ...xAt(lane), get, V_X, ...v128.load32Lane(0, lane)]),
  ];
}

/** acc += values · x for the quad at byte SQ + 16·quad: one entry of each of the 4 rows. */
const quadMadd = (acc: number, quad: number, fma: boolean) =>
  madd(acc, [get, SELL.VALUES, get, SQ, add, ...v128.load(16 * quad)], gather(quad), fma);

function spmv(fma: boolean): Bytes {
  const slicePtr = (offset: number) => [
    ...[get, SELL.SLICE_PTR, get, S, ...i32Const(2), shl, add, ...i32Load(offset)],
    ...[...i32Const(4), shl],
  ];
  const store = (lane: number) => [
    ...[get, OUT_V, get, SELL.ROW_OFF, get, S, ...i32Const(4), shl, add, ...i32Load(4 * lane)],
    add,
    ...[get, V_ACC, ...v128.store32Lane(0, lane)],
  ];
  return [
    ...floorOf(SELL.RELU, V_FLOOR),
    ...eachStep(
      STEP_V,
      [SELL.STEPS, SELL.X, SELL.SLOT, OUT_V],
      [
        ...forLoop(S, [get, SELL.SLICES], 1, [
          ...[...slicePtr(0), set, SQ, ...slicePtr(4), set, SQ_END],
          ...[...v128.zero, set, V_ACC, ...v128.zero, set, V_ACC2],
          // Two accumulators, so consecutive quads do not wait on each other's multiply-add.
          ...whileNot(
            [get, SQ, get, SQ_END, geU],
            [
              ...quadMadd(V_ACC, 0, fma),
              ...quadMadd(V_ACC2, 1, fma),
              ...[get, SQ, ...i32Const(32), add, set, SQ],
            ],
          ),
          ...[get, V_ACC, get, V_ACC2, ...f32x4.add],
          ...[get, SELL.BIAS, get, S, ...i32Const(4), shl, add, ...v128.load(), ...f32x4.add],
          ...[get, V_FLOOR, ...f32x4.pmax, set, V_ACC],
          ...each(4, store),
        ]),
      ],
    ),
  ];
}

export function sparseModule(fma: boolean, memory: MemorySpec): Uint8Array<ArrayBuffer> {
  return assemble(
    [
      { ...SPMM.declaration, name: 'spmm', body: spmm(fma) },
      { ...SPMV.declaration, name: 'spmv', body: spmv(fma) },
      // The states' way in and out of the engine's [units][lanes] layout.
      { ...transposeRun(), name: 'transpose' },
    ],
    { spmm: 0, spmv: 1, transpose: 2 },
    memory,
  );
}
