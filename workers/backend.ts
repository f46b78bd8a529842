/**
 * Choosing the tfjs backend inside the worker: WebGPU → WebGL → WASM → CPU, or the one the
 * user forces. The WebGPU backend is imported here, inside the worker bundle, because tfjs
 * otherwise reports "backend not found in registry" in workers. Each failure is kept as the
 * reason shown on the UI's badge.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { backendComputes } from '../src/core/backend/selfTest';
import { registerWasmKernels } from '../src/core/wasm/kernels';
import { registerWebGpuKernels } from '../src/core/kernels/webgpu';
import { startGemmPool, type GemmThreads } from './gemmPool';
import { gpuDeviceName, isSoftwareDevice } from './gpuDevice';
import type { BackendInfo, BackendName, BackendPreference } from './protocol';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd,
});

// Fused recurrence kernels (one dispatch per time step); they run only on their backend.
registerWebGpuKernels();

const order: BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** The WASM backend's threads, for the badge; the other backends run a step on one CPU thread. */
let wasmThreads: GemmThreads = { threads: 1, oneThreadBecause: null };

async function tryBackend(name: BackendName, forced: boolean): Promise<string | null> {
  try {
    if (name === 'webgpu' && !('gpu' in navigator))
      return 'this browser has no WebGPU (navigator.gpu)';
    if (name === 'webgl' && typeof OffscreenCanvas === 'undefined')
      return 'no OffscreenCanvas in workers';
    if (!forced && (name === 'webgl' || name === 'webgpu')) {
      const device = await gpuDeviceName(name);
      if (isSoftwareDevice(device))
        return `software renderer (${device}), no GPU: WASM on the CPU is faster`;
    }
    const ok = await tf.setBackend(name);
    if (!ok) return 'it failed to initialise';
    await tf.ready();
    // Needs the started backend: the kernels work in tfjs-wasm's own memory, and where that is
    // shared, helper threads of our own split big products (registration counts them).
    if (name === 'wasm') {
      wasmThreads = await startGemmPool();
      registerWasmKernels();
    }
    return (await backendComputes()) ? null : 'a test computation gave a wrong result';
  } catch (e) {
    return (e as Error).message || String(e);
  }
}

/** Starts the first backend that works, from the preferred one down the order. */
export async function startBackend(preference: BackendPreference): Promise<BackendInfo> {
  const candidates =
    preference === 'auto' ? order : [preference, ...order.filter((b) => b !== preference)];
  const fallbackReasons: string[] = [];
  for (const name of candidates) {
    const failure = await tryBackend(name, name === preference);
    if (failure === null) {
      const threads = name === 'wasm' ? wasmThreads : { threads: 1, oneThreadBecause: null };
      return { name, fallbackReasons, ...threads };
    }
    fallbackReasons.push(`${name}: ${failure}`);
  }
  throw new Error(`No tfjs backend could start: ${fallbackReasons.join('; ')}`);
}
