/**
 * A helper thread of the browser's GEMM pool (./gemmPool.ts). Its loop, the same one Node's
 * worker_threads helpers run, is serveGemm in src/core/wasm/kernels/gemmThreads.mjs.
 */
import { serveGemm, type GemmThreadStart } from '../src/core/wasm/kernels/gemmThreads.mjs';

self.onmessage = ({ data }: MessageEvent<GemmThreadStart>) =>
  serveGemm(data, (message) => postMessage(message));
