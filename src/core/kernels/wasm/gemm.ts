/**
 * The GEMM module (./gemmModule) instantiated against tfjs-wasm's own WebAssembly.Memory, so it
 * reads and writes tensors where tfjs keeps them: no copies in or out. Non-threaded builds export
 * that memory from their module; the threaded build creates it in JS (shared) as `wasmMemory`.
 * B is packed once into 8-column panels (contiguous K × 8 blocks): read in place, its rows are
 * 4 KB apart at n = 1024 and land in the same L1 set, which halved the speed when measured.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { TensorInfo } from '@tensorflow/tfjs-core';
import { gemmModule, type GemmOptions } from './gemmModule';

/** The parts of tfjs-wasm's Emscripten module used here (its typings need @types/emscripten). */
interface EmscriptenHeap {
  HEAPF32: Float32Array;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  wasmMemory?: WebAssembly.Memory;
  asm?: Record<string, unknown>;
  wasmExports?: Record<string, unknown>;
}

/** 4 × 8 accumulators: faster than 5 or 6 rows, and than unrolling K by 2 or 4, on Node 20 x64. */
const TILE = { rows: 4 };
/** Rows of A per block, so a block (rows × K floats) stays in L2 while the panels pass it. */
const BLOCK_BYTES = 512 * 1024;

const probe = (fma: boolean) =>
  typeof WebAssembly === 'object' &&
  WebAssembly.validate(gemmModule({ ...TILE, fma, memory: { export: 'memory' } }));
export const simdAvailable = probe(false);
/** Relaxed SIMD (fused multiply-add): Chromium yes, Node 20 only with a V8 flag. */
export const relaxedSimdAvailable = simdAvailable && probe(true);

export interface WasmGemm {
  /** C = A·B with the flags' epilogue; b is a packed B (see `pack`), pointers are byte offsets. */
  run(m: number, n: number, k: number, a: number, b: number, c: number, extra?: Extras): void;
  /** B [K, N] at byte offset b, copied into 8-column panels on the heap; `release` frees it. */
  pack(b: number, k: number, n: number): number;
  release(packed: number): void;
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
  const shared = memory !== null && isShared(memory);
  const gemm =
    memory && bind(heap, memory, { ...TILE, fma, memory: { import: 'env.memory', shared } });
  if (cached) bound.set(heap, gemm);
  return gemm;
}

const isShared = (memory: WebAssembly.Memory) =>
  typeof SharedArrayBuffer === 'function' && memory.buffer instanceof SharedArrayBuffer;

function bind(heap: EmscriptenHeap, memory: WebAssembly.Memory, options: GemmOptions): WasmGemm {
  const module = new WebAssembly.Module(gemmModule(options));
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  const { gemm, pack } = instance.exports as Record<string, (...args: number[]) => void>;
  return {
    run(m, n, k, a, b, c, { flags, add = c, mask = c } = { flags: 0 }) {
      const block = Math.max(
        options.rows,
        Math.floor(BLOCK_BYTES / (4 * k * options.rows)) * options.rows,
      );
      for (let i = 0; i < m; i += block) {
        const [aRow, cRow] = [a + 4 * i * k, c + 4 * i * n];
        gemm(Math.min(block, m - i), n, k, aRow, b, cRow, add - c, mask - c, flags);
      }
    },
    pack(b, k, n) {
      const packed = heap._malloc(4 * k * n);
      pack(k, n, b, packed);
      return packed;
    },
    release: (packed) => heap._free(packed),
  };
}

/** Byte offset of a tensor's data in the heap. */
export const offsetOf = (backend: BackendWasm, t: TensorInfo): number =>
  backend.dataIdMap.get(t.dataId).memoryOffset;
