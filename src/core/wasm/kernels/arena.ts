/**
 * Where a kernel call's GEMMs run: in place on tfjs's heap, or in an arena of the GEMM's own.
 * Where tfjs's memory is not shared (Node: tfjs-wasm runs its non-threaded build there), helper
 * threads cannot reach the tensors; the arena is a shared WebAssembly.Memory that the caller and
 * the helpers (./pool.ts, set with setRowSplitter for the arena's module) instantiate the same
 * module against. A call that goes there copies its operands in (TypedArray.set), runs its split
 * products and copies its results out. That pays for calls whose products would be split and
 * that do FLOPS_PER_FLOAT or more per float moved (and only while the arena has helpers); all
 * others stay in place.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { util, type TensorInfo } from '@tensorflow/tfjs-core';
import { gemmIn, offsetOf, SPLIT_FLOPS, wasmGemm, type WasmGemm } from './gemm';

/** The GEMMs of one kernel call, seen the same way in place and in the arena. */
export interface GemmSpace {
  readonly gemm: WasmGemm;
  /** Byte offset where `gemm` reads input tensor t. */
  input(t: TensorInfo): number;
  /** Byte offset where `gemm` writes output tensor t; it is tfjs's when the call returns. */
  output(t: TensorInfo): number;
  /** Input t as a packed B [k, n] (WasmGemm.pack), freed when the call returns. */
  packed(t: TensorInfo, k: number, n: number): number;
}

/** A kernel call's work: `products` GEMMs of `flops` each, over tensors of `floats` in total. */
export interface GemmWork {
  flops: number;
  products: number;
  floats: number;
}

/**
 * Flops per float copied in or out from which a call pays for the arena. Copies run at several
 * GB/s, so only products that barely compute lose: with one helper, a product of 6 flops per float
 * copied ran slightly slower in the arena than in place, one of 8 slightly faster, and the step's
 * large products up to twice as fast.
 */
const FLOPS_PER_FLOAT = 8;
const PAGE_BYTES = 65536;
/** The arena's ceiling, 2 GB; a shared memory reserves its maximum up front (address space). */
const MAX_PAGES = 32768;
const ALIGN_BYTES = 64;

/** A space while its call runs: `close` frees it, copying the outputs back if `done`. */
interface OpenSpace extends GemmSpace {
  close(done: boolean): void;
}

class InPlace implements OpenSpace {
  private readonly packs: number[] = [];

  constructor(
    private readonly backend: BackendWasm,
    readonly gemm: WasmGemm,
  ) {}

  input(t: TensorInfo): number {
    return offsetOf(this.backend, t);
  }

  output(t: TensorInfo): number {
    return offsetOf(this.backend, t);
  }

  packed(t: TensorInfo, k: number, n: number): number {
    this.packs.push(this.gemm.pack(offsetOf(this.backend, t), k, n));
    return this.packs.at(-1)!;
  }

  close(): void {
    this.packs.splice(0).forEach((packed) => this.gemm.release(packed));
  }
}

/** The arena: a bump allocator over its shared memory, emptied after every call. */
export class GemmArena implements OpenSpace {
  readonly gemm: WasmGemm;
  private readonly memory = new WebAssembly.Memory({
    initial: 1,
    maximum: MAX_PAGES,
    shared: true,
  });
  private backend: BackendWasm | null = null;
  private top = 0;
  private outputs: [TensorInfo, number][] = [];
  private view = new Float32Array(this.memory.buffer);

  constructor() {
    // Freeing rewinds to the block (and drops any allocated after it): the GEMM's scratch and
    // WasmGemm.borrow free in reverse order; packed panels and tensors go when the call closes.
    const free = (at: number) => (this.top = Math.min(this.top, at));
    this.gemm = gemmIn(this.memory, { alloc: (bytes) => this.alloc(bytes), free });
  }

  /** Whether `work` pays for its copies here: the arena has helpers and it would be split. */
  pays({ flops, products, floats }: GemmWork): boolean {
    const fits = 8 * floats < MAX_PAGES * PAGE_BYTES; // operands, results and packed panels
    const split = this.gemm.threads() > 1 && flops >= SPLIT_FLOPS;
    return fits && split && (flops * products) / floats >= FLOPS_PER_FLOAT;
  }

  open(backend: BackendWasm): this {
    if (this.backend) throw new Error('GEMM arena: a kernel call is already running in it');
    this.backend = backend;
    return this;
  }

  input(t: TensorInfo): number {
    const data = this.heap().typedArrayFromHeap(t) as Float32Array;
    const at = this.alloc(data.byteLength);
    this.view.set(data, at / 4);
    return at;
  }

  output(t: TensorInfo): number {
    const at = this.alloc(4 * util.sizeFromShape(t.shape));
    this.outputs.push([t, at]);
    return at;
  }

  packed(t: TensorInfo, k: number, n: number): number {
    return this.gemm.pack(this.input(t), k, n);
  }

  /** Copies the outputs back to tfjs (if `done`) and empties the arena. */
  close(done: boolean): void {
    const heap = this.heap();
    for (const [t, at] of done ? this.outputs : []) {
      const out = heap.typedArrayFromHeap(t) as Float32Array;
      out.set(this.view.subarray(at / 4, at / 4 + out.length));
    }
    [this.backend, this.top, this.outputs] = [null, 0, []];
  }

  private heap(): BackendWasm {
    if (!this.backend) throw new Error('GEMM arena: used outside a kernel call');
    return this.backend;
  }

  private alloc(bytes: number): number {
    const at = this.top;
    this.top = Math.ceil((at + bytes) / ALIGN_BYTES) * ALIGN_BYTES;
    const pages = Math.ceil(this.top / PAGE_BYTES) - this.memory.buffer.byteLength / PAGE_BYTES;
    if (pages > 0) this.memory.grow(pages);
    if (this.view.buffer.byteLength !== this.memory.buffer.byteLength)
      this.view = new Float32Array(this.memory.buffer);
    return at;
  }
}

let arena: GemmArena | null = null;

/** The arena (made on first use), for the platform to start helper threads on its module. */
export function gemmArena(): GemmArena {
  arena ??= new GemmArena();
  return arena;
}

/**
 * Runs a kernel call's GEMMs: in the arena where `work` pays for it and tfjs's memory has no
 * helpers of its own, else in place. Outputs are tfjs's once `body` returns.
 */
export function withGemmSpace<T>(
  backend: BackendWasm,
  work: GemmWork,
  body: (space: GemmSpace) => T,
): T {
  const inPlace = wasmGemm(backend);
  if (!inPlace) throw new Error('WASM GEMM: tfjs-wasm memory is not reachable');
  const space: OpenSpace =
    inPlace.threads() === 1 && arena?.pays(work)
      ? arena.open(backend)
      : new InPlace(backend, inPlace);
  let done = false;
  try {
    const result = body(space);
    done = true;
    return result;
  } finally {
    space.close(done);
  }
}
