/**
 * The fused place-cell cross-entropy (contract in ../crossEntropy.ts) for the WASM backend: the
 * module of ./crossEntropyModule instantiated against tfjs-wasm's memory (the one the GEMM is
 * bound to), run over all rows in one call, reading the logits and writing d loss / d logits
 * where tfjs keeps them. The centres go into a scratch tensor once per call, four to a stripe.
 * Rows are independent, so where the GEMM's helper threads (./pool.ts) run this module too, a
 * big call's rows are split across them, each thread with its own copy of the scratch (it holds
 * the row's working vectors): every row is computed as on one thread. Where tfjs's memory is not
 * shared (Node), such calls run in the GEMM's arena (./arena.ts), as the GEMM's do.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { PLACE_CELL_CROSS_ENTROPY } from '../../kernels/crossEntropy';
import { withGemmSpace, type GemmSpace, type GemmWork } from './arena';
import {
  crossEntropyModule,
  CONSTANTS_BYTES,
  FIELD,
  STRIPE_BYTES,
  SURROUND_FLOOR,
} from './crossEntropyModule';
import {
  instantiateIn,
  relaxedSimdAvailable,
  rowSplitter,
  runSplit,
  shares,
  SPLIT_FLOPS,
} from './gemm';
import { KERNEL, MODULE } from './gemmThreads.mjs';
import { GemmPool } from './pool';

/** `run`'s arguments: rows, np, then byte offsets of logits, positions, outputs and scratch. */
type CrossEntropyCall = [number, number, number, number, number, number, number, number];
type Run = (...call: CrossEntropyCall) => void;

/** Padding cells: a centre this far gives e^((d² − min d²)·scale) = 0, a logit this low e^x = 0. */
const FAR_METRES = 1e15;
const NO_LOGIT = -1e30;
/** Work per cell, counted as flops (two expf of ~15, ~25 more), to weigh a call like a GEMM. */
const FLOPS_PER_CELL = 55;

/** The module's build bound to one memory, and its `run`. */
interface CrossEntropyBuild {
  module: WebAssembly.Module;
  run: Run;
}

const built = new WeakMap<WebAssembly.Memory, Map<boolean, CrossEntropyBuild>>();

/** The module instantiated against `memory` (tfjs-wasm's, or the arena's), once per build. */
export function crossEntropyIn(
  memory: WebAssembly.Memory,
  fma = relaxedSimdAvailable,
): CrossEntropyBuild {
  const builds = built.get(memory) ?? new Map<boolean, CrossEntropyBuild>();
  built.set(memory, builds);
  if (!builds.has(fma)) {
    const { module, exports } = instantiateIn(memory, (shared) =>
      crossEntropyModule(fma, { import: 'env.memory', shared }),
    );
    builds.set(fma, { module, run: exports.run as Run });
  }
  return builds.get(fma)!;
}

/** Constants, then per stripe of four cells: x, y and validity of each (see the module). */
function fillScratch(scratch: Float32Array, centres: Float32Array, scale: number, rows: number) {
  const count = centres.length / 2;
  scratch.set([scale, 1 / rows, count, SURROUND_FLOOR]);
  const lanes = CONSTANTS_BYTES / 4;
  const padded = ((scratch.length - lanes) / STRIPE_BYTES) * 16;
  for (let i = 0; i < padded; i++) {
    const [stripe, lane] = [Math.floor(i / 4), i % 4];
    const at = lanes + (stripe * STRIPE_BYTES) / 4 + lane;
    const valid = i < count;
    scratch[at + FIELD.cx / 4] = valid ? centres[2 * i] : FAR_METRES;
    scratch[at + FIELD.cy / 4] = valid ? centres[2 * i + 1] : FAR_METRES;
    scratch[at + FIELD.valid / 4] = valid ? 1 : 0;
    scratch[at + FIELD.logits / 4] = NO_LOGIT;
  }
}

/** Threads (1 + helpers) a call of `cells` runs on, and the pool if it is more than one. */
function threadsFor(module: WebAssembly.Module, rows: number, cells: number) {
  const pool = rowSplitter();
  const runs = pool instanceof GemmPool && pool.modules[MODULE.crossEntropy] === module;
  const threads = runs && FLOPS_PER_CELL * cells >= SPLIT_FLOPS ? 1 + pool.helpers() : 1;
  return { pool: runs ? pool : null, threads: Math.min(threads, rows) };
}

/** The call cut into `threads` row ranges, range i working in scratch copy i; some may be null. */
function splitCall(call: CrossEntropyCall, threads: number, scratchBytes: number) {
  const [rows, np, logits, positions, out, parts, sums, scratch] = call;
  return shares(rows, threads).map((range, i): CrossEntropyCall | null => {
    if (!range) return null;
    const [first, count] = range;
    const [row, scalar] = [4 * first * np, 4 * first];
    const at = [logits + row, positions + 2 * scalar, out + row, parts + scalar, sums + scalar];
    return [count, np, ...at, scratch + i * scratchBytes] as CrossEntropyCall;
  });
}

/** The kernel with a given build (relaxed SIMD or not); the registered one uses the default. */
export function crossEntropyKernel(fma = relaxedSimdAvailable): KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const wasm = backend as BackendWasm;
    const { logits, positions, centres } = inputs as Record<string, TensorInfo>;
    const [rows, count] = logits.shape;
    const outputs = [
      wasm.makeOutput([rows, count], 'float32'),
      wasm.makeOutput([rows], 'float32'),
      wasm.makeOutput([rows], 'float32'),
    ];
    if (rows * count === 0) return outputs;
    const cells = rows * count;
    const work: GemmWork = { flops: FLOPS_PER_CELL * cells, products: 1, floats: 2 * cells };
    withGemmSpace(wasm, work, (space) => {
      const heap = (t: TensorInfo) => wasm.typedArrayFromHeap(t) as Float32Array;
      const { module, run } = crossEntropyIn(space.gemm.memory, fma);
      const { pool, threads } = threadsFor(module, rows, cells);
      const scratchBytes = CONSTANTS_BYTES + Math.ceil(count / 4) * STRIPE_BYTES;
      const scratch = wasm.makeOutput([(threads * scratchBytes) / 4], 'float32');
      const copies = heap(scratch);
      fillScratch(
        copies.subarray(0, scratchBytes / 4),
        heap(centres),
        attrs?.scale as number,
        rows,
      );
      for (let i = 1; i < threads; i++)
        copies.copyWithin((i * scratchBytes) / 4, 0, scratchBytes / 4);
      const call = [rows, count, ...offsets(space, [logits, positions], outputs, scratch)];
      if (!pool || threads < 2) run(...(call as CrossEntropyCall));
      else
        runSplit(
          pool,
          KERNEL.crossEntropy,
          splitCall(call as CrossEntropyCall, threads, scratchBytes),
          (own) => run(...own),
        );
      wasm.disposeData(scratch.dataId);
    });
    return outputs;
  };
}

/** Where the space reads the inputs, writes the outputs, and reads the scratch (a copy in the arena). */
const offsets = (space: GemmSpace, ins: TensorInfo[], outs: TensorInfo[], scratch: TensorInfo) => [
  ...ins.map((t) => space.input(t)),
  ...outs.map((t) => space.output(t)),
  space.input(scratch),
];

export const crossEntropyConfig: KernelConfig = {
  kernelName: PLACE_CELL_CROSS_ENTROPY,
  backendName: 'wasm',
  kernelFunc: crossEntropyKernel(),
};
