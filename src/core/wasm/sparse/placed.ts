/**
 * A matrix of the sparse engine placed in WASM memory, ready for the module's products: in the
 * engine's own memory once (CSR for batches, SELL-4 for one trajectory), or for one pass in a
 * block of the GEMM's shared memory, each call shared out among the GEMM's helper threads: by
 * lanes through all its steps, or by rows a step at a time (see ROW_SPLIT_FLOPS). Each lane of
 * each row is summed by the same code as on one thread: the bits do not depend on the split.
 */
import {
  rowSplitter,
  runSplit,
  shares,
  splitterGemm,
  SPLIT_FLOPS,
  type WasmGemm,
} from '../kernels/gemm';
import { KERNEL, MODULE, runSparseRows } from '../kernels/gemmThreads.mjs';
import { GemmPool } from '../kernels/pool';
import type { Csr } from '../../sparse/csr';
import { toSell } from '../../sparse/sell';
import { sparseIn, type SparseExports } from './instances';

/**
 * A placed matrix and its bias; `run` makes `steps` fused products over `lanes`, the first from
 * the states at byte x, each into the states `slot` bytes on, which the next reads
 * (./simdModule).
 */
export interface Placed {
  rows: number;
  run(lanes: number, x: number, steps: number, slot: number, relu: boolean): void;
}

/**
 * Blocks start on a cache line: threads write their own lanes of the same state rows, and a line
 * holding both threads' lanes passes between cores at every row (64-byte alignment took about a
 * tenth off a 98% sparse batch pass at n = 1024, against 16-byte).
 */
const LINE = 64;
const aligned = (bytes: number) => Math.ceil(bytes / LINE) * LINE;
const bytesOf = (arrays: (Int32Array | Float32Array)[]) =>
  arrays.reduce((sum, a) => sum + aligned(4 * a.length), 0);

/**
 * Bump allocation from byte `start` (rounded up to a line), in whole lines; `free` rewinds to a
 * block, dropping any allocated after it (its users free in reverse order). Without an `end` the
 * memory grows as needed (the engine's own); with one the block must hold it all (a borrowed
 * one: ask for ARENA_SLACK bytes more than it places). Views must be re-made after an allocation.
 */
export function arena(memory: WebAssembly.Memory, start = 0, end = Infinity) {
  let top = aligned(start);
  const alloc = (bytes: number): number => {
    const at = top;
    top += aligned(bytes);
    if (top > end) throw new Error('sparse engine: the borrowed block is too small');
    const missing = top - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / 65536));
    return at;
  };
  const free = (at: number) => {
    top = Math.min(top, at);
  };
  const place = (data: Int32Array | Float32Array): number => {
    const at = alloc(4 * data.length);
    const view =
      data instanceof Int32Array ? new Int32Array(memory.buffer) : new Float32Array(memory.buffer);
    view.set(data, at / 4);
    return at;
  };
  return { alloc, free, place, top: () => top };
}

type Arena = ReturnType<typeof arena>;
/** What a block's start may lose to alignment. */
export const ARENA_SLACK = LINE;

/**
 * A matrix in both layouts, as the module reads them: CSR with columns as byte offsets
 * (column · 4) and a bias for every row; SELL-4 (./sell).
 */
export interface Layouts {
  rows: number;
  csr: [rowPtr: Int32Array, colOff: Int32Array, values: Float32Array, bias: Float32Array];
  sell: ReturnType<typeof toSell>;
}

export function layouts(csr: Csr, bias: Float32Array | null): Layouts {
  const rowBias = bias ?? new Float32Array(csr.rows);
  return {
    rows: csr.rows,
    csr: [csr.rowPtr, csr.colIdx.map((c) => 4 * c), csr.values, rowBias],
    sell: toSell(csr, rowBias),
  };
}

/** The threads' step barrier (runSparseRows): threads arrived, threads. */
const BARRIER_BYTES = 8;

/**
 * Bytes placeSplit takes in a block for a product over `lanes`: SELL-4 for 1 lane, else CSR
 * and the barrier.
 */
export function placedBytes(m: Layouts, lanes: number): number {
  const { slicePtr, colOff, values, bias, rowOff } = m.sell;
  if (lanes === 1) return bytesOf([slicePtr, colOff, values, bias, rowOff]);
  return bytesOf(m.csr) + aligned(BARRIER_BYTES);
}

/** A call's states: from byte x, `steps` products, each writing `slot` bytes on. */
type Steps = [x: number, steps: number, slot: number, relu: boolean];

/**
 * spmm's arguments over all the lanes: rows, stride (= lanes), lanes, rowPtr, colOff, values, x,
 * bias, relu, steps, slot. laneSplit gives each thread fewer lanes of the same stride.
 */
function placeCsr(alloc: Arena, m: Layouts) {
  const [rowPtr, colOff, values, bias] = m.csr.map(alloc.place);
  return (lanes: number, [x, steps, slot, relu]: Steps) =>
    [m.rows, lanes, lanes, rowPtr, colOff, values, x, bias, +relu, steps, slot] as const;
}

/** spmv's arguments: slices, slicePtr, colOff, values, x, bias, relu, rowOff, steps, slot. */
function placeSell(alloc: Arena, { sell }: Layouts) {
  const [slicePtr, colOff, values] = [sell.slicePtr, sell.colOff, sell.values].map(alloc.place);
  const [bias, rowOff] = [alloc.place(sell.bias), alloc.place(sell.rowOff)];
  return ([x, steps, slot, relu]: Steps) =>
    [sell.slices, slicePtr, colOff, values, x, bias, +relu, rowOff, steps, slot] as const;
}

/** The matrix in the engine's own memory, in both layouts. */
export function placeOwn(alloc: Arena, { spmm, spmv }: SparseExports, m: Layouts): Placed {
  const [csrCall, sellCall] = [placeCsr(alloc, m), placeSell(alloc, m)];
  return {
    rows: m.rows,
    run(lanes, ...steps) {
      if (lanes === 1) spmv(...sellCall(steps));
      else spmm(...csrCall(lanes, steps));
    },
  };
}

/** The GEMM's helper threads, its memory and the module bound to it. */
export interface Helpers {
  pool: GemmPool;
  gemm: WasmGemm;
  exports: SparseExports;
}

/** The GEMM's helpers where they are running and run this module, else null. */
export function sparseHelpers(): Helpers | null {
  const [pool, gemm] = [rowSplitter(), splitterGemm()];
  if (!(pool instanceof GemmPool) || !gemm || pool.helpers() === 0) return null;
  const { module, exports } = sparseIn(gemm.memory);
  return pool.modules[MODULE.sparse] === module ? { pool, gemm, exports } : null;
}

/**
 * Threads a product of `entries` weights over `lanes` is shared among: all, where a batch's step
 * pays for the hand-over (SPLIT_FLOPS). One trajectory (one lane) stays on one thread: a split that
 * ran faster on a quiet machine ran slower on a busy one, where a late helper holds up every one of
 * the T steps.
 */
export function threadsFor(helpers: Helpers, entries: number, lanes: number): number {
  return lanes > 1 && 2 * entries * lanes >= SPLIT_FLOPS ? 1 + helpers.pool.helpers() : 1;
}

/**
 * Flops a step needs, at least, for its rows to be shared out with a barrier after it rather than
 * its lanes through all of a call's steps. Lanes need no barrier, but each thread walks every row's
 * weights for its lanes, so the weight loads and loop work shrink by a third, not a half (chunks of
 * 24 + 8 lanes each against 24 + 24 + 16 on one thread); rows halve the work and wait at each step
 * for the slower thread, some tens of µs on this shared machine. On two threads at n = 1024,
 * B = 64, rows won at 90% sparsity (13 MFLOP a step) and tied or lost at 98% (3 MFLOP).
 */
const ROW_SPLIT_FLOPS = 8e6;

/**
 * The matrix in a borrowed block in the layout for `lanes`: SELL-4 for one lane, else CSR, each
 * call shared among `threads` threads by rows or by lanes (see ROW_SPLIT_FLOPS).
 */
export function placeSplit(
  alloc: Arena,
  m: Layouts,
  lanes: number,
  helpers: Helpers,
  threads: number,
): Placed {
  const { exports } = helpers;
  if (lanes === 1) {
    const sellCall = placeSell(alloc, m);
    return { rows: m.rows, run: (_lanes, ...steps) => exports.spmv(...sellCall(steps)) };
  }
  const csrCall = placeCsr(alloc, m);
  const byRows = 2 * m.csr[2].length * lanes >= ROW_SPLIT_FLOPS;
  const split = byRows ? rowSplit(helpers, alloc.alloc(BARRIER_BYTES)) : laneSplit(helpers);
  return {
    rows: m.rows,
    run(lanes, ...steps) {
      const call = csrCall(lanes, steps);
      if (threads === 1) exports.spmm(...call);
      else split(call, threads);
    },
  };
}

type CsrCall = ReturnType<ReturnType<typeof placeCsr>>;

/** spmm's call, each thread taking some of the lanes through all its steps. */
function laneSplit({ pool, exports }: Helpers) {
  return (call: CsrCall, threads: number) => {
    const [rows, lanes, , rowPtr, colOff, values, x, ...rest] = call;
    const calls = shares(lanes / 4, threads).map((share) => {
      if (!share) return null;
      const [first, count] = [4 * share[0], 4 * share[1]];
      return [rows, lanes, count, rowPtr, colOff, values, x + 4 * first, ...rest];
    });
    runSplit(pool, KERNEL.spmm, calls, (own) => exports.spmm(...own));
  };
}

/** spmm's call a step at a time, each thread taking some of the rows, all meeting at `barrier`. */
function rowSplit({ pool, gemm, exports }: Helpers, barrier: number) {
  return (call: CsrCall, threads: number) => {
    const [rows, lanes, , ...rest] = call;
    const calls = shares(rows, threads).map(
      (share) => share && [share[1], share[0], lanes, ...rest, barrier],
    );
    const counter = new Int32Array(gemm.memory.buffer, barrier, 2);
    Atomics.store(counter, 0, 0);
    Atomics.store(counter, 1, calls.filter(Boolean).length);
    runSplit(pool, KERNEL.sparseRows, calls, (own) =>
      runSparseRows(exports.spmm, gemm.memory, own),
    );
  };
}
