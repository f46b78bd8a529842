/** Types of ./gemmThreads.mjs (plain JS so that Node's worker_threads can load it). */

/** A product and its epilogue, as the module's `gemm` export takes them first. */
type Product = [
  rows: number,
  n: number,
  k: number,
  a: number,
  b: number,
  c: number,
  addOffset: number,
  maskOffset: number,
  flags: number,
];

/** One product for runBlocked, with the scratch its thread packs A into. */
export type GemmCall = [...Product, scratch: number];

/** What a helper thread is started with: the kernels' modules, by MODULE index. */
export interface GemmThreadStart {
  modules: readonly WebAssembly.Module[];
  memory: WebAssembly.Memory;
  control: SharedArrayBuffer;
  index: number;
}

export const TILE_ROWS: number;
/** The module's `gemm` export: a product, the K chunk it covers (kFull, k0), the scratch. */
export type GemmExport = (
  ...args: [...Product, kFull: number, k0: number, scratch: number]
) => void;

export const ACCUMULATE: number;
export const BLOCK_BYTES: number;
export function runBlocked(gemm: GemmExport, call: GemmCall): void;

export const MODULE: {
  readonly gemm: number;
  readonly crossEntropy: number;
  readonly sparse: number;
};
export const KERNEL: {
  readonly gemm: number;
  readonly crossEntropy: number;
  readonly steps: number;
  readonly spmm: number;
  readonly sparseRows: number;
};

/** A recurrence's time loop as a caller gives it (see runSteps), and one thread's share of it. */
export type StepsArgs = [
  rows: number,
  n: number,
  steps: number,
  firstA: number,
  firstK: number,
  w: number,
  c: number,
  stride: number,
  addOffset: number,
  maskOffset: number,
  flags: number,
];
export type StepsCall = [...StepsArgs, scratch: number];
export function runSteps(gemm: GemmExport, call: StepsCall): void;

export const SEQ: number;
export const DONE: number;
export const FAILED: number;
export const STOP: number;
export function controlLength(helpers: number): number;
export function writeCall(
  control: Int32Array,
  index: number,
  call: readonly number[] | null,
  kernel?: number,
): void;
export function waitFor(
  control: Int32Array,
  index: number,
  done: (value: number) => boolean,
  spinMs: number,
  timeoutMs?: number,
): number | null;

/** Runs helper `start.index` until STOP; `post` gets 'ready', or 'failed: …'. */
export function serveGemm(start: GemmThreadStart, post: (message: string) => void): void;

/** The sparse module's spmm export (../sparse/simdModule.ts). */
type SpmmExport = (...args: number[]) => void;
/** A sparse pass's steps over one share of its rows, with a barrier after each step. */
export function runSparseRows(spmm: SpmmExport, memory: WebAssembly.Memory, call: number[]): void;
