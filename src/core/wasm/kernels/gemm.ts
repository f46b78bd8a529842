/**
 * The GEMM module (./gemmModule) instantiated against tfjs-wasm's own WebAssembly.Memory, so it
 * reads and writes tensors where tfjs keeps them: no copies in or out. Non-threaded builds export
 * that memory from their module; the threaded build creates it in JS (shared) as `wasmMemory`.
 * B is packed once into 8-column panels (contiguous K × 8 blocks): read in place, its rows are
 * 4 KB apart at n = 1024 and land in the same L1 set, which halved the speed when measured.
 * Where that memory is shared, a RowSplitter (./pool.ts, started by the app's worker or Node's
 * CLI: core creates no threads) can run the same module on helper threads; they take whole rows of
 * a big product, so every output element is summed in the same order as on one thread. Where it
 * is not (Node), `gemmIn` binds the module to a shared memory of our own instead (./arena.ts).
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { TensorInfo } from '@tensorflow/tfjs-core';
import { gemmModule } from './gemmModule';
import {
  BLOCK_BYTES,
  KERNEL,
  runBlocked,
  runSteps,
  TILE_ROWS,
  type GemmCall,
  type StepsArgs,
  type StepsCall,
} from './gemmThreads.mjs';

export { runBlocked, runSteps, type GemmCall, type StepsCall };

/** The parts of tfjs-wasm's Emscripten module used here (its typings need @types/emscripten). */
interface EmscriptenHeap {
  HEAPF32: Float32Array;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  wasmMemory?: WebAssembly.Memory;
  asm?: Record<string, unknown>;
  wasmExports?: Record<string, unknown>;
}

/** 6 × 8 accumulators over packed A (see ./gemmModule); unrolling K by 2 or 4 was slower under V8. */
const TILE = { rows: TILE_ROWS };
/**
 * Smallest product (2·M·N·K flops) worth splitting. With B = 64 rows and back-to-back products (a
 * helper spins between them), one helper makes a product of about a MFLOP clearly faster and one of
 * half that no faster. Waking a sleeping helper costs tens of µs, so nothing under ~1 MFLOP (~25 µs
 * of work) is split.
 */
export const SPLIT_FLOPS = 1e6;

const probe = (fma: boolean) =>
  typeof WebAssembly === 'object' &&
  WebAssembly.validate(gemmModule({ ...TILE, fma, memory: { export: 'memory' } }));
export const simdAvailable = probe(false);
/** Relaxed SIMD (fused multiply-add): Chromium yes, Node 20 only with a V8 flag. */
export const relaxedSimdAvailable = simdAvailable && probe(true);

export interface WasmGemm {
  /** C = A·B with the flags' epilogue; b is a packed B (see `pack`), pointers are byte offsets. */
  run(m: number, n: number, k: number, a: number, b: number, c: number, extra?: Extras): void;
  /** A recurrence's time loop (see runSteps), its batch rows shared out among the threads. */
  runSteps(args: StepsArgs): void;
  /**
   * f(at) with `bytes` of the GEMM's memory at byte offset `at`, freed when f returns; nothing
   * else may be allocated there meanwhile (the arena frees by rewinding).
   */
  borrow<T>(bytes: number, f: (at: number) => T): T;
  /** B [K, N] at byte offset b, copied into 8-column panels on the heap; `release` frees it. */
  pack(b: number, k: number, n: number): number;
  release(packed: number): void;
  /** Threads a big product runs on now: 1, or 1 + the ready helpers of a matching splitter. */
  threads(): number;
  /** The compiled module and the memory it works in, for helper threads to instantiate. */
  readonly module: WebAssembly.Module;
  readonly memory: WebAssembly.Memory;
}

/** Helper threads running `module` against `memory` (both from a WasmGemm). */
export interface RowSplitter {
  readonly module: WebAssembly.Module;
  readonly memory: WebAssembly.Memory;
  /** Helpers ready to take calls now (0 until they have started, or once they failed). */
  helpers(): number;
  /** Hands calls[i] of `kernel` (default GEMM) to helper i (null: nothing) and returns at once. */
  start(calls: (readonly number[] | null)[], kernel?: number): void;
  /** Returns once every helper has finished its call; throws if one failed. */
  finish(): void;
}

let splitter: RowSplitter | null = null;

/** Installs (or with null removes) the helper threads that big products are split across. */
export function setRowSplitter(next: RowSplitter | null): void {
  splitter = next;
}

/** The installed splitter, if any (other row-wise kernels check that it runs their module). */
export const rowSplitter = (): RowSplitter | null => splitter;

const byModule = new WeakMap<WebAssembly.Module, WasmGemm>();

/** The GEMM whose module the installed splitter runs: where other kernels borrow helpers' memory. */
export const splitterGemm = (): WasmGemm | null =>
  (splitter && byModule.get(splitter.module)) ?? null;

/**
 * Hands calls[1…] of `kernel` (KERNEL in ./gemmThreads.mjs) to the helpers, runs calls[0] here
 * with `run`, and waits for them.
 */
export function runSplit<T extends readonly number[]>(
  helpers: RowSplitter,
  kernel: number,
  [own, ...theirs]: (T | null)[],
  run: (call: T) => void,
): void {
  helpers.start(theirs, kernel);
  try {
    if (own) run(own);
  } finally {
    helpers.finish();
  }
}

/**
 * `rows` cut into `threads` ranges [first, count] as even as can be; trailing ones may be null.
 * Each C element is summed by the same operations in whichever tile its row lands, so the
 * shares need not be whole tiles to give the bits of one thread.
 */
export function shares(rows: number, threads: number): ([number, number] | null)[] {
  const share = Math.ceil(rows / threads);
  return Array.from({ length: threads }, (_, i) => {
    const [first, count] = [i * share, Math.min(share, rows - i * share)];
    return count > 0 ? [first, count] : null;
  });
}

/**
 * The call's rows shared out (see shares), each thread with its own part of the scratch. Add and
 * Mask offsets are relative to C: they stay.
 */
export function splitRows(call: GemmCall, threads: number): (GemmCall | null)[] {
  const [m, n, k, a, b, c, addOffset, maskOffset, flags, scratch] = call;
  return shares(m, threads).map((share, i) => {
    if (!share) return null;
    const [first, rows] = share;
    const [at, cAt, own] = [a + 4 * first * k, c + 4 * first * n, scratch + i * BLOCK_BYTES];
    return [rows, n, k, at, b, cAt, addOffset, maskOffset, flags, own];
  });
}

/** A time loop's batch rows shared out; every step's A and C rows move with them. */
export function splitStepRows(call: StepsCall, threads: number): (StepsCall | null)[] {
  const [batch, n, steps, firstA, firstK, w, c, stride, addOffset, maskOffset, flags, scratch] =
    call;
  return shares(batch, threads).map((share, i) => {
    if (!share) return null;
    const [first, rows] = share;
    const [a, at, own] = [firstA + 4 * first * n, c + 4 * first * n, scratch + i * BLOCK_BYTES];
    return [rows, n, steps, a, firstK, w, at, stride, addOffset, maskOffset, flags, own];
  });
}

/** The epilogue: flags from ./gemmModule, and where its Add and Mask matrices are. */
export interface Extras {
  flags: number;
  add?: number;
  mask?: number;
}

function tfjsMemory(heap: EmscriptenHeap): WebAssembly.Memory | null {
  if (heap.wasmMemory instanceof WebAssembly.Memory) return heap.wasmMemory;
  const exported = Object.values(heap.asm ?? heap.wasmExports ?? {});
  const memory = exported.find((m) => m instanceof WebAssembly.Memory) as WebAssembly.Memory;
  return memory?.buffer === heap.HEAPF32.buffer ? memory : null;
}

const bound = new WeakMap<object, WasmGemm | null>();

/** The GEMM bound to this backend's heap, or null when its memory cannot be reached. */
export function wasmGemm(backend: BackendWasm, fma = relaxedSimdAvailable): WasmGemm | null {
  const heap = backend.wasm as unknown as EmscriptenHeap;
  const cached = fma === relaxedSimdAvailable;
  if (cached && bound.has(heap)) return bound.get(heap) ?? null;
  const memory = tfjsMemory(heap);
  const malloc = {
    alloc: (bytes: number) => heap._malloc(bytes),
    free: (p: number) => heap._free(p),
  };
  const gemm = memory && gemmIn(memory, malloc, fma);
  if (cached) bound.set(heap, gemm);
  return gemm;
}

/** Whether `memory` can be shared with helper threads. */
export const isShared = (memory: WebAssembly.Memory) =>
  typeof SharedArrayBuffer === 'function' && memory.buffer instanceof SharedArrayBuffer;

/** A module built for `memory` (imported as env.memory, shared where it is), and its instance. */
export function instantiateIn(
  memory: WebAssembly.Memory,
  build: (shared: boolean) => Uint8Array<ArrayBuffer>,
): { module: WebAssembly.Module; exports: WebAssembly.Exports } {
  const module = new WebAssembly.Module(build(isShared(memory)));
  return { module, exports: new WebAssembly.Instance(module, { env: { memory } }).exports };
}

/** Where `pack` puts its panels in the GEMM's memory. */
export interface Allocator {
  alloc(bytes: number): number;
  free(pointer: number): void;
}

/** The GEMM module instantiated against `memory`, packing into blocks from `allocator`. */
export function gemmIn(
  memory: WebAssembly.Memory,
  allocator: Allocator,
  fma = relaxedSimdAvailable,
): WasmGemm {
  const { module, exports } = instantiateIn(memory, (shared) =>
    gemmModule({ ...TILE, fma, memory: { import: 'env.memory', shared } }),
  );
  const { gemm, pack } = exports as Record<string, (...args: number[]) => void>;
  const helpers = () => (splitter?.module === module ? splitter.helpers() : 0);
  /** Threads for a product of `flops` over `rows` rows: 1, or 1 + helpers when it pays. */
  const threadsFor = (rows: number, flops: number) => {
    const threads = Math.min(1 + helpers(), Math.floor(rows / TILE.rows));
    return threads >= 2 && flops >= SPLIT_FLOPS && splitter ? threads : 1;
  };
  const borrow = <T>(bytes: number, f: (at: number) => T): T => {
    const at = allocator.alloc(bytes);
    try {
      return f(at);
    } finally {
      allocator.free(at);
    }
  };
  /** f with a scratch of BLOCK_BYTES per thread, where `gemm` packs A's rows. */
  const withScratch = (threads: number, f: (scratch: number) => void) =>
    borrow(threads * BLOCK_BYTES, f);
  const bound: WasmGemm = {
    run(m, n, k, a, b, c, { flags, add = c, mask = c } = { flags: 0 }) {
      const threads = threadsFor(m, 2 * m * n * k);
      withScratch(threads, (scratch) => {
        const call: GemmCall = [m, n, k, a, b, c, add - c, mask - c, flags, scratch];
        if (threads === 1) return runBlocked(gemm, call);
        runSplit(splitter!, KERNEL.gemm, splitRows(call, threads), (own) => runBlocked(gemm, own));
      });
    },
    pack(b, k, n) {
      const packed = allocator.alloc(4 * k * n);
      pack(k, n, b, packed);
      return packed;
    },
    runSteps(args) {
      const [batch, n, steps] = args;
      const threads = threadsFor(batch, 2 * batch * n * n * steps);
      withScratch(threads, (scratch) => {
        const call: StepsCall = [...args, scratch];
        if (threads === 1) return runSteps(gemm, call);
        runSplit(splitter!, KERNEL.steps, splitStepRows(call, threads), (own) =>
          runSteps(gemm, own),
        );
      });
    },
    borrow,
    release: (packed) => allocator.free(packed),
    threads: () => 1 + helpers(),
    module,
    memory,
  };
  byModule.set(module, bound);
  return bound;
}

/** Byte offset of a tensor's data in the heap. */
export const offsetOf = (backend: BackendWasm, t: TensorInfo): number =>
  backend.dataIdMap.get(t.dataId).memoryOffset;
