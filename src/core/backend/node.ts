/**
 * Backend setup for Node (tests, CLI, benchmark). tfjs-node cannot be installed here (it
 * downloads a binary at install time), so Node runs the WASM backend, or the CPU one on request,
 * or WebGPU through Dawn (./nodeWebGpu.ts, imported only when asked for: it loads a native module).
 * Helper threads for its GEMM (./nodeThreads.ts) start only when asked (`threads`: the CLIs and
 * the benchmark), never in tests that do not ask; once started they stay for later calls.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { registerWasmKernels } from '../wasm/kernels';
import { startNodeGemmPool } from './nodeThreads';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

export type NodeBackend = 'wasm' | 'cpu' | 'webgpu';

export const nodeBackends: readonly NodeBackend[] = ['wasm', 'cpu', 'webgpu'];

export interface NodeBackendOptions {
  /** Start the WASM GEMM's helper threads (WASM only). */
  threads?: boolean;
}

export async function initNodeBackend(
  name: NodeBackend = 'wasm',
  { threads = false }: NodeBackendOptions = {},
): Promise<string> {
  if (name === 'webgpu') {
    const { startNodeWebGpu } = await import('./nodeWebGpu');
    await startNodeWebGpu();
    return tf.getBackend();
  }
  if (name === 'wasm') {
    const require = createRequire(import.meta.url);
    const wasmDir = dirname(
      require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'),
    );
    setWasmPaths(`${wasmDir}/`);
  }
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`Could not start the ${name} backend`);
  await tf.ready();
  if (name === 'wasm' && threads) await startNodeGemmPool();
  if (name === 'wasm') registerWasmKernels();
  return tf.getBackend();
}
