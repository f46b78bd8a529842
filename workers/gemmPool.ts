/**
 * Helper threads for the hand-written WASM GEMM (src/core/wasm/kernels/gemm.ts) in the browser.
 * tfjs-wasm runs XNNPACK on half the cores (one thread on a 2-core machine); where its memory is
 * a shared WebAssembly.Memory (the threaded build, cross-origin isolated), dedicated workers
 * (./gemmThread.ts) instantiate our GEMM and cross-entropy modules against that same memory and
 * take a share of the rows of each big product and cross-entropy call, in place (the pool:
 * src/core/wasm/kernels/pool.ts). Without shared memory, workers or SIMD, nothing starts and
 * both run on one thread as before. The caller must be a worker: it waits in Atomics.wait. */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { isShared, setRowSplitter, simdAvailable, wasmGemm } from '../src/core/wasm/kernels/gemm';
import { helperModules } from '../src/core/wasm/kernels/helperModules';
import { GemmPool, helpersFor, type SpawnHelper } from '../src/core/wasm/kernels/pool';

export type { GemmPoolStats } from '../src/core/wasm/kernels/pool';

const spawnWorker: SpawnHelper = (start, { ready, failed }) => {
  const worker = new Worker(new URL('./gemmThread.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<string>) =>
    data === 'ready' ? ready() : failed(`a helper ${data}`);
  worker.onerror = (e) => failed(`a helper could not start (${e.message || 'error'})`);
  worker.postMessage(start);
  return worker;
};

let pool: GemmPool | null = null;

/** The running pool, if any (tests switch it off and on with setRowSplitter). */
export const gemmPool = (): GemmPool | null => pool;

/** Why big products cannot be shared among threads here, or null when they can. */
function whyOneThread(): string | null {
  if (!simdAvailable) return 'this browser has no WebAssembly SIMD';
  if (typeof Worker !== 'function') return 'this browser starts no workers from a worker';
  if (globalThis.crossOriginIsolated !== true || typeof SharedArrayBuffer !== 'function')
    return 'the page is not cross-origin isolated, so threads cannot share memory';
  if (typeof document !== 'undefined') return 'it runs on the page, not in a worker'; // Atomics.wait
  return null;
}

/** The threads a WASM step runs on, and why only one when that is all it gets. */
export interface GemmThreads {
  threads: number;
  oneThreadBecause: string | null;
}

/**
 * Starts helper threads for the started WASM backend's GEMM (hardwareConcurrency − 1 of them, at
 * most 3) and waits until they run; returns the threads big products will use.
 */
export async function startGemmPool(): Promise<GemmThreads> {
  const backend = tf.findBackend('wasm') as BackendWasm | null;
  const why = whyOneThread();
  const gemm = why === null && backend ? wasmGemm(backend) : null;
  if (why !== null || !gemm) return { threads: 1, oneThreadBecause: why ?? 'no WASM backend' };
  if (!isShared(gemm.memory))
    return { threads: 1, oneThreadBecause: 'tfjs loaded its WASM build without threads' };
  if (pool?.module !== gemm.module) {
    void pool?.stop();
    const count = helpersFor(navigator.hardwareConcurrency || 1);
    pool = count > 0 ? new GemmPool(helperModules(gemm), gemm.memory, count, spawnWorker) : null;
    setRowSplitter(pool);
  }
  if (!pool) return { threads: 1, oneThreadBecause: 'the browser reports one core' };
  const threads = 1 + (await pool.whenStarted());
  return { threads, oneThreadBecause: threads > 1 ? null : 'its helper threads did not start' };
}
