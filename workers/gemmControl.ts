/**
 * The control block shared by the GEMM pool (./gemmPool.ts) and its helper threads
 * (./gemmThread.ts): an Int32Array on a SharedArrayBuffer. The caller writes each helper's call
 * into its slot, zeroes DONE and bumps SEQ; each helper runs its slot and adds 1 to DONE.
 */
import type { GemmCall } from '../src/core/kernels/wasm/gemm';

/** Job sequence number, helpers finished, a helper failed (1), helpers should exit (1). */
export const [SEQ, DONE, FAILED, STOP] = [0, 1, 2, 3];
const HEADER = 4;
const CALL_LENGTH = 9;

export const controlLength = (helpers: number) => HEADER + helpers * CALL_LENGTH;

/** Helper `index`'s call (rows 0: nothing to do), written by the caller before SEQ moves. */
export function writeCall(control: Int32Array, index: number, call: GemmCall | null): void {
  const at = HEADER + index * CALL_LENGTH;
  if (!call) Atomics.store(control, at, 0);
  else call.forEach((value, i) => Atomics.store(control, at + i, value));
}

export function readCall(control: Int32Array, index: number): GemmCall {
  const at = HEADER + index * CALL_LENGTH;
  return Array.from({ length: CALL_LENGTH }, (_, i) => Atomics.load(control, at + i)) as GemmCall;
}

/**
 * Waits until control[index] satisfies `done`, and returns that value: first spinning on
 * Atomics.load for `spinMs` (a time step's next product follows within microseconds, and a
 * futex wake-up costs tens of µs), then sleeping in Atomics.wait (allowed in workers only).
 * Returns null after `timeoutMs`.
 */
export function waitFor(
  control: Int32Array,
  index: number,
  done: (value: number) => boolean,
  spinMs: number,
  timeoutMs = Infinity,
): number | null {
  const start = performance.now();
  for (let i = 0; ; i++) {
    const value = Atomics.load(control, index);
    if (done(value)) return value;
    if ((i & 63) !== 63) continue;
    const elapsed = performance.now() - start;
    if (elapsed > timeoutMs) return null;
    if (elapsed > spinMs) Atomics.wait(control, index, value, Math.min(timeoutMs - elapsed, 1000));
  }
}
