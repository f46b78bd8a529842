/**
 * The sparse forward pass as one WASM SIMD call per step (./simdModule): W_hh in CSR, W_ih as
 * extra CSR columns over the stacked state [h; x_t], bias and ReLU fused. The states stay in the
 * module's memory, unit-major [n + in][lanes], for the whole run: transposed in once, out once,
 * so JS touches only x_t (in · B values), the read-out and states it was asked for, and tanh
 * where used.
 * A batch fills lanes of 4 (B rounded up; the spare lanes run harmlessly); B = 1 runs the
 * SELL-4 kernel, whose lanes are rows. `simdSupported` is false where WebAssembly SIMD is missing,
 * and callers keep the JS maps there.
 * A batch whose step is worth splitting (SPLIT_FLOPS) runs where the GEMM's helper threads are
 * (../kernels/wasm/gemm: tfjs-wasm's shared heap in the app's worker, the arena in Node): its
 * matrices and states are copied into a block of that memory for the call, and each step's rows
 * are shared out. Every row is summed by the same code on whichever thread, so the bits are those
 * of one thread.
 */
import {
  instantiateIn,
  rowSplitter,
  runSplit,
  shares,
  splitterGemm,
  SPLIT_FLOPS,
  type WasmGemm,
} from '../kernels/wasm/gemm';
import { KERNEL, MODULE } from '../kernels/wasm/gemmThreads.mjs';
import { GemmPool } from '../kernels/wasm/pool';
import type { Activation } from '../model/recurrent';
import { appendColumns, type Csr } from './csr';
import { checkForward, type Forward, type ForwardOptions, type ForwardResult } from './forward';
import { toSell } from './sell';
import { sparseModule } from './simdModule';

const OWN_MEMORY = { export: 'mem' } as const;
const validates = (fma: boolean) =>
  typeof WebAssembly === 'object' && WebAssembly.validate(sparseModule(fma, OWN_MEMORY));
export const simdSupported = validates(false);
/** Relaxed SIMD (fused multiply-add): Chromium yes, Node 20 only with a V8 flag. */
const fma = simdSupported && validates(true);
const module = simdSupported ? new WebAssembly.Module(sparseModule(fma, OWN_MEMORY)) : null;

/** The trained network's matrices, as ./forward's RecurrentMaps but in CSR. */
export interface RecurrentCsr {
  whh: Csr;
  wih: Csr;
  bias: Float32Array | null;
  activation: Activation;
  decoder: Csr | null;
  decoderBias: Float32Array | null;
}

type Product = (...args: number[]) => void;

interface SparseExports {
  spmm: Product;
  spmv: Product;
}

const built = new WeakMap<
  WebAssembly.Memory,
  { module: WebAssembly.Module; exports: SparseExports }
>();

/** The module bound to a GEMM's memory (tfjs-wasm's or the arena's), as its helpers run it too. */
export function sparseIn(memory: WebAssembly.Memory) {
  if (!built.has(memory)) {
    const { module, exports } = instantiateIn(memory, (shared) =>
      sparseModule(fma, { import: 'env.memory', shared }),
    );
    built.set(memory, { module, exports: exports as unknown as SparseExports });
  }
  return built.get(memory)!;
}

/** A matrix and its bias placed in the module's memory; `apply` runs one fused product. */
interface Placed {
  rows: number;
  apply(lanes: number, x: number, out: number, relu: boolean): void;
}

const aligned = (bytes: number) => Math.ceil(bytes / 16) * 16;

/**
 * Bump allocation from byte `start`, 16-byte aligned. Without an `end` the memory grows as
 * needed (the engine's own); with one the block must hold it all (a borrowed one). Views must
 * be re-made after `reserve`.
 */
function arena(memory: WebAssembly.Memory, start = 0, end = Infinity) {
  let top = start;
  const reserve = (until: number) => {
    if (until > end) throw new Error('sparse engine: the borrowed block is too small');
    const missing = until - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / 65536));
  };
  const place = (data: Int32Array | Float32Array): number => {
    const at = top;
    top += aligned(4 * data.length);
    reserve(top);
    const view =
      data instanceof Int32Array ? new Int32Array(memory.buffer) : new Float32Array(memory.buffer);
    view.set(data, at / 4);
    return at;
  };
  return { place, reserve, top: () => top };
}

type Arena = ReturnType<typeof arena>;

/** A CSR matrix as spmm reads it: columns as byte offsets (column · 4), a bias for every row. */
interface CsrArrays {
  rows: number;
  rowPtr: Int32Array;
  colOff: Int32Array;
  values: Float32Array;
  bias: Float32Array;
  /** Bytes `placeCsr` takes. */
  bytes: number;
}

function csrArrays(csr: Csr, bias: Float32Array | null): CsrArrays {
  const arrays = {
    rows: csr.rows,
    rowPtr: csr.rowPtr,
    colOff: csr.colIdx.map((c) => 4 * c),
    values: csr.values,
    bias: bias ?? new Float32Array(csr.rows),
  };
  const lengths = [arrays.rowPtr, arrays.colOff, arrays.values, arrays.bias].map((a) => a.length);
  return { ...arrays, bytes: lengths.reduce((sum, length) => sum + aligned(4 * length), 0) };
}

/** spmm's arguments for x → out over `lanes`: rows, lanes, rowPtr, colOff, values, x, out, bias, relu. */
type SpmmCall = (lanes: number, x: number, out: number, relu: boolean) => number[];

function placeCsr(alloc: Arena, m: CsrArrays): SpmmCall {
  const [rowPtr, colOff, values, bias] = [m.rowPtr, m.colOff, m.values, m.bias].map(alloc.place);
  return (lanes, x, out, relu) => [m.rows, lanes, rowPtr, colOff, values, x, out, bias, +relu];
}

/** The matrix as CSR for batches (spmm) and as SELL-4 for one trajectory (spmv). */
function placeOwn(alloc: Arena, { spmm, spmv }: SparseExports, csr: Csr, m: CsrArrays): Placed {
  const spmmCall = placeCsr(alloc, m);
  const sell = toSell(csr, m.bias);
  const sliced = [sell.slicePtr, sell.colOff, sell.values].map(alloc.place);
  const [sellBias, rowOff] = [alloc.place(sell.bias), alloc.place(sell.rowOff)];
  return {
    rows: m.rows,
    apply(lanes, x, out, relu) {
      if (lanes === 1) spmv(sell.slices, ...sliced, x, out, sellBias, +relu, rowOff);
      else spmm(...spmmCall(lanes, x, out, relu));
    },
  };
}

/** The matrix in a borrowed block, each product's rows shared among `threads` threads. */
function placeSplit(alloc: Arena, m: CsrArrays, helpers: Helpers, threads: number): Placed {
  const spmmCall = placeCsr(alloc, m);
  const { pool, exports } = helpers;
  const helping = {
    start: (calls: (number[] | null)[]) => pool.start(calls, KERNEL.spmm),
    finish: () => pool.finish(),
  };
  return {
    rows: m.rows,
    apply(lanes, x, out, relu) {
      const [rows, , rowPtr, colOff, values, , , bias] = spmmCall(lanes, x, out, relu);
      const calls = shares(rows, threads).map((share) => {
        if (!share) return null;
        const [first, length] = share;
        const at = [rowPtr + 4 * first, colOff, values, x, out + 4 * first * lanes];
        return [length, lanes, ...at, bias + 4 * first, +relu];
      });
      runSplit(helping, calls, (own) => exports.spmm(...own));
    },
  };
}

/** The GEMM's helper threads, its memory and this module bound to it. */
interface Helpers {
  pool: GemmPool;
  gemm: WasmGemm;
  exports: SparseExports;
}

/** The helpers, if they run this module and a step of `entries` weights over `lanes` pays. */
function helpersFor(entries: number, lanes: number): Helpers | null {
  const [pool, gemm] = [rowSplitter(), splitterGemm()];
  if (!(pool instanceof GemmPool) || !gemm || pool.helpers() === 0) return null;
  if (lanes === 1 || 2 * entries * lanes < SPLIT_FLOPS) return null;
  const { module: sparse, exports } = sparseIn(gemm.memory);
  return pool.modules[MODULE.sparse] === sparse ? { pool, gemm, exports } : null;
}

/** A pass's matrices, placed, and the byte offset from which its states go. */
interface Placement {
  memory: WebAssembly.Memory;
  step: Placed;
  decoder: Placed | null;
  statesAt: number;
}

/** [B][units] at `from` ↔ [units][lanes] at `at` (floats) of `heap`. */
function toUnitMajor(
  from: Float32Array,
  heap: Float32Array,
  at: number,
  units: number,
  lanes: number,
) {
  const batch = from.length / units;
  for (let b = 0; b < batch; b++)
    for (let j = 0; j < units; j++) heap[at + j * lanes + b] = from[b * units + j];
}
function fromUnitMajor(
  heap: Float32Array,
  at: number,
  to: Float32Array,
  units: number,
  lanes: number,
) {
  const batch = to.length / units;
  for (let b = 0; b < batch; b++)
    for (let j = 0; j < units; j++) to[b * units + j] = heap[at + j * lanes + b];
}

const lanesFor = (batch: number) => (batch === 1 ? 1 : Math.ceil(batch / 4) * 4);

/**
 * One trajectory's read-out at every step waits for the end: its T states then take a single
 * product with T lanes instead of T products of one lane. The read-out (Np × n, unpruned) was
 * nine tenths of a 500-step probe at n = 1024 and 98% sparsity.
 */
const defersReadout = ({ batch, readout, states }: ForwardOptions, out: number) =>
  batch === 1 && readout === 'all' && states === 'all' && out > 0;

/**
 * Bytes of a pass's states: two stacked states [h; x] (current, next), then the read-out; with a
 * deferred read-out, the T states unit-major and their read-out.
 */
function passBytes([n, width, out]: [number, number, number], options: ForwardOptions): number {
  const lanes = lanesFor(options.batch);
  const deferred = defersReadout(options, out) ? (n + out) * lanesFor(options.seqLen) : 0;
  return 4 * ((2 * (n + width) + out) * lanes + deferred);
}

/** The time loop on placed matrices; fills `result` (from checkForward). */
function runPass(
  { memory, step, decoder, statesAt }: Placement,
  [n, width, relu]: [number, number, boolean],
  h0: Float32Array,
  inputs: Float32Array,
  options: ForwardOptions,
  { states, outputs }: ForwardResult,
): void {
  const { seqLen, batch, readout } = options;
  const all = options.states === 'all';
  const deferred = defersReadout(options, decoder?.rows ?? 0);
  const lanes = lanesFor(batch);
  const size = (n + width) * lanes;
  // Byte offsets: two stacked states [h; x] (current, next), then the read-out [out][lanes].
  let [h, next] = [statesAt, statesAt + 4 * size];
  const y = statesAt + 8 * size;
  const heap = new Float32Array(memory.buffer);
  heap.fill(0, statesAt / 4, y / 4);
  toUnitMajor(h0, heap, h / 4, n, lanes);
  for (let t = 0; t < seqLen; t++) {
    const x = inputs.subarray(t * batch * width, (t + 1) * batch * width);
    toUnitMajor(x, heap, h / 4 + n * lanes, width, lanes);
    step.apply(lanes, h, next, relu);
    if (!relu) for (let i = next / 4; i < next / 4 + n * lanes; i++) heap[i] = Math.tanh(heap[i]);
    if (all) {
      const to = states.subarray(t * batch * n, (t + 1) * batch * n);
      fromUnitMajor(heap, next / 4, to, n, lanes);
    }
    if (outputs && decoder && !deferred && (readout === 'all' || t === seqLen - 1)) {
      decoder.apply(lanes, next, y, false);
      const at = readout === 'all' ? t * batch * decoder.rows : 0;
      const to = outputs.subarray(at, at + batch * decoder.rows);
      fromUnitMajor(heap, y / 4, to, decoder.rows, lanes);
    }
    [h, next] = [next, h];
  }
  if (!all) fromUnitMajor(heap, h / 4, states, n, lanes);
  if (deferred) readOutAll(heap, decoder!, y + 4 * decoder!.rows * lanes, states, outputs!, n);
}

/** outputs [T][out] = the read-out of states [T][n], as one product over T lanes at byte `at`. */
function readOutAll(
  heap: Float32Array,
  decoder: Placed,
  at: number,
  states: Float32Array,
  outputs: Float32Array,
  n: number,
) {
  const lanes = lanesFor(states.length / n);
  const y = at + 4 * n * lanes;
  heap.fill(0, at / 4, y / 4); // the spare lanes, so they hold no stale denormals
  toUnitMajor(states, heap, at / 4, n, lanes);
  decoder.apply(lanes, at, y, false);
  fromUnitMajor(heap, y / 4, outputs, decoder.rows, lanes);
}

/** The forward pass of ./forward (same options and result) on the WASM SIMD engine. */
export function simdForward(net: RecurrentCsr): Forward {
  if (!module) throw new Error('simdForward: this runtime has no WebAssembly SIMD');
  const instance = new WebAssembly.Instance(module);
  const memory = instance.exports.mem as WebAssembly.Memory;
  const exports = instance.exports as unknown as SparseExports;
  const alloc = arena(memory);
  const [n, width] = [net.whh.rows, net.wih.cols];
  const stepCsr = appendColumns(net.whh, net.wih);
  const stepArrays = csrArrays(stepCsr, net.bias);
  const decoderArrays = net.decoder && csrArrays(net.decoder, net.decoderBias);
  const own: Placement = {
    memory,
    step: placeOwn(alloc, exports, stepCsr, stepArrays),
    decoder: net.decoder && placeOwn(alloc, exports, net.decoder, decoderArrays!),
    statesAt: alloc.top(),
  };
  const shape: [number, number, boolean] = [n, width, net.activation === 'relu'];
  const out = net.decoder?.rows ?? 0;
  return (h0, inputs, options) => {
    const result = checkForward([n, width, net.decoder?.rows ?? null], h0, inputs, options);
    const bytes = passBytes([n, width, out], options);
    const helpers = helpersFor(stepArrays.values.length, lanesFor(options.batch));
    if (!helpers) {
      alloc.reserve(own.statesAt + bytes);
      runPass(own, shape, h0, inputs, options, result);
      return result;
    }
    const threads = 1 + helpers.pool.helpers();
    const matrices = stepArrays.bytes + (decoderArrays?.bytes ?? 0);
    helpers.gemm.borrow(matrices + bytes, (at) => {
      const block = arena(helpers.gemm.memory, at, at + matrices + bytes);
      const step = placeSplit(block, stepArrays, helpers, threads);
      const decoder = decoderArrays && placeSplit(block, decoderArrays, helpers, threads);
      const placed = { memory: helpers.gemm.memory, step, decoder, statesAt: block.top() };
      runPass(placed, shape, h0, inputs, options, result);
    });
    return result;
  };
}
