/**
 * The caller's side of the GEMM's helper threads: a RowSplitter (./gemm.ts) that hands each
 * helper its rows through the control block of ./gemmThreads.mjs and waits for them. The same
 * helpers take rows of the cross-entropy (./crossEntropy.ts), whose module they also run. The threads
 * themselves come from the platform (a `spawn` function: dedicated workers in the browser,
 * workers/gemmPool.ts; worker_threads in Node, src/core/backend/nodeThreads.ts), so core
 * creates none. The caller waits in Atomics.wait: a worker, or Node's main thread.
 */
import type { RowSplitter } from './gemm';
import {
  controlLength,
  DONE,
  FAILED,
  KERNEL,
  MODULE,
  SEQ,
  STOP,
  waitFor,
  writeCall,
  type GemmThreadStart,
} from './gemmThreads.mjs';

/** At most this many helpers: the recurrence's 64-row products split into ≥ 16-row shares. */
const MAX_HELPERS = 3;
/** whenStarted waits at most this long for the helpers to start. */
const READY_MS = 5_000;
/** The caller spins this long for the helpers before it sleeps. */
const SPIN_MS = 0.5;
/** A helper that has not answered by then is taken as lost, and the pool is stopped. */
const LOST_MS = 10_000;

/** Helpers to start on a machine with `cores` logical cores: one core is the caller's. */
export const helpersFor = (cores: number): number => Math.max(0, Math.min(MAX_HELPERS, cores - 1));

/** A helper thread as the pool sees it; `terminate` may return when the thread has ended. */
interface HelperThread {
  terminate(): unknown;
}

/** Starts one helper thread running serveGemm(start); it reports back through `events`. */
export type SpawnHelper = (
  start: GemmThreadStart,
  events: { ready(): void; failed(why: string): void },
) => HelperThread;

export interface GemmPoolStats {
  /** Helper threads running (0 before they are ready or after a failure). */
  helpers: number;
  /** Products split so far, and the most threads (caller included) one of them used. */
  splitRuns: number;
  maxThreads: number;
}

export class GemmPool implements RowSplitter {
  private readonly control: Int32Array;
  private readonly threads: HelperThread[] = [];
  private ready = 0;
  private broken = false;
  private splitRuns = 0;
  private maxThreads = 1;
  /** Resolves with the helpers running once all have started, or 0 if one could not. */
  private readonly started: Promise<number>;

  /** `modules` by MODULE index (./gemmThreads.mjs), all bound to `memory`. */
  constructor(
    readonly modules: readonly WebAssembly.Module[],
    readonly memory: WebAssembly.Memory,
    count: number,
    spawn: SpawnHelper,
  ) {
    const buffer = new SharedArrayBuffer(4 * controlLength(count));
    this.control = new Int32Array(buffer);
    this.started = new Promise((resolve) => {
      const failed = (why: string) => {
        console.warn(`GEMM pool: ${why}; the GEMM runs on one thread`);
        void this.stop();
        resolve(0);
      };
      const ready = () => {
        if (++this.ready === count && !this.broken) resolve(count);
      };
      for (let index = 0; index < count; index++)
        this.threads.push(spawn({ modules, memory, control: buffer, index }, { ready, failed }));
    });
  }

  /** The helpers running once they have all started, or 0 if one failed or `timeoutMs` passed. */
  async whenStarted(timeoutMs = READY_MS): Promise<number> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<number>((resolve) => (timer = setTimeout(resolve, timeoutMs, 0)));
    const helpers = await Promise.race([this.started, late]);
    clearTimeout(timer);
    return helpers;
  }

  /** The GEMM's module, the one RowSplitter names. */
  get module(): WebAssembly.Module {
    return this.modules[MODULE.gemm];
  }

  helpers(): number {
    return !this.broken && this.ready === this.threads.length ? this.ready : 0;
  }

  /** Hands calls[i] of `kernel` (a KERNEL index) to helper i; see RowSplitter.start. */
  start(calls: (readonly number[] | null)[], kernel = KERNEL.gemm): void {
    const control = this.control;
    this.threads.forEach((_, i) => writeCall(control, i, calls[i] ?? null, kernel));
    Atomics.store(control, DONE, 0);
    Atomics.add(control, SEQ, 1);
    Atomics.notify(control, SEQ);
    this.splitRuns++;
    this.maxThreads = Math.max(this.maxThreads, 1 + calls.filter(Boolean).length);
  }

  finish(): void {
    const count = this.threads.length;
    const done = waitFor(this.control, DONE, (value) => value === count, SPIN_MS, LOST_MS);
    const failed = Atomics.load(this.control, FAILED) === 1;
    if (done !== null && !failed) return;
    void this.stop();
    throw new Error(`GEMM pool: a helper thread ${failed ? 'failed' : 'did not answer'}`);
  }

  stats(): GemmPoolStats {
    return { helpers: this.helpers(), splitRuns: this.splitRuns, maxThreads: this.maxThreads };
  }

  /**
   * Stops the helpers for good (products run on the calling thread from then on); resolves once
   * the threads have ended, where the platform tells.
   */
  async stop(): Promise<void> {
    this.broken = true;
    Atomics.store(this.control, STOP, 1);
    Atomics.add(this.control, SEQ, 1);
    Atomics.notify(this.control, SEQ);
    await Promise.all(this.threads.map((thread) => thread.terminate()));
  }
}
