/**
 * Our small single-pass modules (./transpose, ./rowTop3, ./symmetricSum, ./adam, ./dot, ./finite) run where tfjs-wasm
 * keeps its tensors: each is instantiated once against tfjs's own memory (the one the GEMM is
 * bound to) and called as a function on tensors' byte offsets, with no copy in or out.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { assemble, type Func } from '../assembler';
import { instantiateIn, simdAvailable, wasmGemm } from './gemm';

/** The WASM backend and the memory its tensors live in, or null (not WASM, no SIMD, no access). */
export function wasmHeap(): { backend: BackendWasm; memory: WebAssembly.Memory } | null {
  const backend = tf.getBackend() === 'wasm' ? (tf.backend() as BackendWasm) : null;
  const memory = backend && simdAvailable ? wasmGemm(backend)?.memory : undefined;
  return backend && memory ? { backend, memory } : null;
}

export interface OnHeap<Exports> {
  backend: BackendWasm;
  exports: Exports;
}

/**
 * The module of single-pass functions by export name (each also named so in the name section),
 * over an imported memory: tfjs's heap, shared in the threaded build.
 */
export function heapModule(funcs: Record<string, Func>, shared: boolean): Uint8Array<ArrayBuffer> {
  const named = Object.entries(funcs).map(([key, func]) => ({ name: key, ...func }));
  const exports = Object.fromEntries(named.map((func, i) => [func.name, i]));
  return assemble(named, exports, { import: 'env.memory', shared });
}

/**
 * A getter for the exports of a module of `funcs` (by export name) over the current backend's
 * heap, instantiated once per memory (see wasmHeap; null where there is none).
 */
export function onWasmHeap<Exports>(funcs: Record<string, Func>): () => OnHeap<Exports> | null {
  const build = (shared: boolean) => heapModule(funcs, shared);
  const bound = new WeakMap<WebAssembly.Memory, Exports>();
  return () => {
    const heap = wasmHeap();
    if (!heap) return null;
    const { backend, memory } = heap;
    if (!bound.has(memory)) bound.set(memory, instantiateIn(memory, build).exports as Exports);
    return { backend, exports: bound.get(memory)! };
  };
}

/** The tensor over an output made with backend.makeOutput and filled by a module. */
export const tensorOf = <T extends tf.Tensor>(out: tf.TensorInfo): T =>
  tf.engine().makeTensorFromTensorInfo(out) as T;
