/**
 * Helper threads for the hand-written WASM GEMM (src/core/kernels/wasm/gemm.ts). tfjs-wasm runs
 * XNNPACK on half the cores (one thread on a 2-core machine); where its memory is a shared
 * WebAssembly.Memory (the threaded build, cross-origin isolated), dedicated workers
 * (./gemmThread.ts) instantiate our GEMM module against that same memory and take a share of
 * each big product's rows, in place. Without shared memory, workers or SIMD, nothing starts and
 * the GEMM runs on one thread as before. The caller must be a worker: it waits in Atomics.wait.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import {
  setRowSplitter,
  simdAvailable,
  wasmGemm,
  type GemmCall,
  type RowSplitter,
} from '../src/core/kernels/wasm/gemm';
import { controlLength, DONE, FAILED, SEQ, STOP, waitFor, writeCall } from './gemmControl';
import type { GemmThreadStart } from './gemmThread';

/** At most this many helpers: the recurrence's 64-row products split into ≥ 16-row shares. */
const MAX_HELPERS = 3;
/** The caller spins this long for the helpers before it sleeps. */
const SPIN_MS = 0.5;
/** A helper that has not answered by then is taken as lost, and the pool is stopped. */
const LOST_MS = 10_000;
/** startGemmPool waits at most this long for the helpers to start. */
const READY_MS = 5_000;

export interface GemmPoolStats {
  /** Helper threads running (0 before they are ready or after a failure). */
  helpers: number;
  /** Products split so far, and the most threads (caller included) one of them used. */
  splitRuns: number;
  maxThreads: number;
}

export class GemmPool implements RowSplitter {
  private readonly control: Int32Array;
  private readonly workers: Worker[] = [];
  private ready = 0;
  private broken = false;
  private splitRuns = 0;
  private maxThreads = 1;
  /** Resolves with the helpers running once all have started, or 0 if one could not. */
  readonly started: Promise<number>;

  constructor(
    readonly module: WebAssembly.Module,
    readonly memory: WebAssembly.Memory,
    count: number,
  ) {
    const buffer = new SharedArrayBuffer(4 * controlLength(count));
    this.control = new Int32Array(buffer);
    this.started = new Promise((resolve) => {
      const fail = (why: string) => {
        console.warn(`GEMM pool: ${why}; the GEMM runs on one thread`);
        this.stop();
        resolve(0);
      };
      for (let index = 0; index < count; index++) {
        const worker = new Worker(new URL('./gemmThread.ts', import.meta.url), { type: 'module' });
        worker.onmessage = ({ data }: MessageEvent<string>) => {
          if (data !== 'ready') return fail(`a helper ${data}`);
          if (++this.ready === count && !this.broken) resolve(count);
        };
        worker.onerror = (e) => fail(`a helper could not start (${e.message || 'error'})`);
        const start: GemmThreadStart = { module, memory, control: buffer, index };
        worker.postMessage(start);
        this.workers.push(worker);
      }
    });
  }

  helpers(): number {
    return !this.broken && this.ready === this.workers.length ? this.ready : 0;
  }

  start(calls: (GemmCall | null)[]): void {
    const control = this.control;
    this.workers.forEach((_, i) => writeCall(control, i, calls[i] ?? null));
    Atomics.store(control, DONE, 0);
    Atomics.add(control, SEQ, 1);
    Atomics.notify(control, SEQ);
    this.splitRuns++;
    this.maxThreads = Math.max(this.maxThreads, 1 + calls.filter(Boolean).length);
  }

  finish(): void {
    const count = this.workers.length;
    const done = waitFor(this.control, DONE, (value) => value === count, SPIN_MS, LOST_MS);
    const failed = Atomics.load(this.control, FAILED) === 1;
    if (done !== null && !failed) return;
    this.stop();
    throw new Error(`GEMM pool: a helper thread ${failed ? 'failed' : 'did not answer'}`);
  }

  stats(): GemmPoolStats {
    return { helpers: this.helpers(), splitRuns: this.splitRuns, maxThreads: this.maxThreads };
  }

  /** Stops the helpers for good; products run on the calling thread from then on. */
  stop(): void {
    this.broken = true;
    Atomics.store(this.control, STOP, 1);
    Atomics.add(this.control, SEQ, 1);
    Atomics.notify(this.control, SEQ);
    this.workers.forEach((w) => w.terminate());
  }
}

let pool: GemmPool | null = null;

/** The running pool, if any (tests switch it off and on with setRowSplitter). */
export const gemmPool = (): GemmPool | null => pool;

const canThread = () =>
  simdAvailable &&
  typeof Worker === 'function' &&
  typeof SharedArrayBuffer === 'function' &&
  globalThis.crossOriginIsolated === true &&
  typeof document === 'undefined'; // Atomics.wait throws on a page's main thread

/**
 * Starts helper threads for the started WASM backend's GEMM (hardwareConcurrency − 1 of them, at
 * most MAX_HELPERS) and waits until they run; returns the threads big products will use.
 */
export async function startGemmPool(): Promise<number> {
  const backend = tf.findBackend('wasm') as BackendWasm | null;
  const gemm = canThread() && backend ? wasmGemm(backend) : null;
  if (!gemm || !(gemm.memory.buffer instanceof SharedArrayBuffer)) return 1;
  if (pool?.module !== gemm.module) {
    pool?.stop();
    const count = Math.min(MAX_HELPERS, (navigator.hardwareConcurrency || 1) - 1);
    pool = count > 0 ? new GemmPool(gemm.module, gemm.memory, count) : null;
    setRowSplitter(pool);
  }
  if (!pool) return 1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<number>((resolve) => (timer = setTimeout(resolve, READY_MS, 0)));
  const helpers = await Promise.race([pool.started, late]);
  clearTimeout(timer);
  return 1 + helpers;
}
