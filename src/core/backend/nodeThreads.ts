/**
 * Helper threads for the WASM GEMM in Node (CLI, benchmark). tfjs-wasm runs its non-threaded
 * build in Node, whose memory is not shared, so the helpers (worker_threads running
 * ./nodeGemmThread.mjs) work in the GEMM's own arena (src/core/wasm/kernels/arena.ts): kernel
 * calls big enough to pay for copying their tensors there (GEMMs, and the cross-entropy, whose
 * module the helpers run too) are split across the helpers. The
 * helpers never keep the process alive: they are unref'd and told to stop when it exits.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { gemmArena } from '../wasm/kernels/arena';
import { setRowSplitter, simdAvailable } from '../wasm/kernels/gemm';
import { helperModules } from '../wasm/kernels/helperModules';
import { GemmPool, helpersFor, type SpawnHelper } from '../wasm/kernels/pool';

const spawnThread: SpawnHelper = (start, { ready, failed }) => {
  const url = new URL('./nodeGemmThread.mjs', import.meta.url);
  const worker = new Worker(url, { workerData: start });
  worker.on('message', (message: string) =>
    message === 'ready' ? ready() : failed(`a helper ${message}`),
  );
  worker.on('error', (e: Error) => failed(`a helper could not start (${e.message})`));
  // After the listeners: adding a 'message' listener refs the worker again.
  worker.unref();
  return worker;
};

let pool: GemmPool | null = null;

/** The running pool, if any. */
export const nodeGemmPool = (): GemmPool | null => pool;

/**
 * Starts availableParallelism − 1 helpers (at most 3) on the GEMM arena, once, and waits until
 * they run; returns the threads big products will use (1: none started).
 */
export async function startNodeGemmPool(): Promise<number> {
  const count = helpersFor(availableParallelism());
  if (!simdAvailable || count < 1) return 1;
  if (!pool) {
    const { gemm } = gemmArena();
    pool = new GemmPool(helperModules(gemm), gemm.memory, count, spawnThread);
    setRowSplitter(pool);
    process.once('exit', stopNodeGemmPool);
  }
  return 1 + (await pool.whenStarted());
}

/**
 * Stops the helpers (a sleeping one would hold up the process's exit) and removes the pool;
 * resolves once they have ended.
 */
export async function stopNodeGemmPool(): Promise<void> {
  if (!pool) return;
  const stopping = pool.stop();
  setRowSplitter(null);
  process.off('exit', stopNodeGemmPool);
  pool = null;
  await stopping;
}
