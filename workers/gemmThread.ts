/**
 * A helper thread of the GEMM pool (./gemmPool.ts): instantiates the GEMM module against
 * tfjs-wasm's shared memory, reports ready, then loops forever, each job running its slot's rows
 * (see ./gemmControl.ts). It blocks in Atomics.wait between jobs, so it answers no messages.
 */
import { runBlocked, type GemmCall } from '../src/core/kernels/wasm/gemm';
import { DONE, FAILED, readCall, SEQ, STOP, waitFor } from './gemmControl';

export interface GemmThreadStart {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  control: SharedArrayBuffer;
  index: number;
}

/** How long an idle helper spins before it sleeps: about one recurrence step at n = 256. */
const SPIN_MS = 0.2;

function serve({ module, memory, control: buffer, index }: GemmThreadStart): void {
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  const gemm = instance.exports.gemm as (...args: GemmCall) => void;
  const control = new Int32Array(buffer);
  let seq = Atomics.load(control, SEQ);
  postMessage('ready');
  for (;;) {
    const last = seq;
    seq = waitFor(control, SEQ, (value) => value !== last, SPIN_MS) ?? seq;
    if (Atomics.load(control, STOP)) return;
    const call = readCall(control, index);
    try {
      if (call[0] > 0) runBlocked(gemm, call);
    } catch (e) {
      Atomics.store(control, FAILED, 1);
      console.error('GEMM helper thread:', e);
    }
    Atomics.add(control, DONE, 1);
    Atomics.notify(control, DONE);
  }
}

self.onmessage = ({ data }: MessageEvent<GemmThreadStart>) => {
  try {
    serve(data);
  } catch (e) {
    postMessage(`failed: ${(e as Error).message}`);
  }
};
