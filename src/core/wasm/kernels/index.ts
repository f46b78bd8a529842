/**
 * Hand-written WASM SIMD kernels for the tfjs WASM backend. `registerWasmKernels` makes
 * recurrence / recurrenceBackward (../recurrence.ts) with ReLU run fused on 'wasm'; call it after
 * the WASM backend has started, where it can check that tfjs's memory is reachable. It also
 * registers ModuliMatMul, the same GEMM as a matrix product (`gemm(a, b)`), the fused
 * place-cell cross-entropy (../crossEntropy.ts) and ModuliAdam (../../optim/adam.ts). The
 * single-pass helpers (transpose2d, stackRows) are plain functions that fall back to tfjs ops.
 */
import { getThreadsCount, type BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { adamConfig } from './adam';
import { crossEntropyConfig } from './crossEntropy';
import { relaxedSimdAvailable, simdAvailable, wasmGemm } from './gemm';
import { matMulConfig } from './matmul';
import { reluRecurrenceBackwardConfig, reluRecurrenceConfig } from './recurrence';

export { relaxedSimdAvailable, simdAvailable };
export { gemm, MODULI_MATMUL } from './matmul';
export { stackRows } from './stackRows';
export { transpose2d } from './transpose';

/**
 * Registers the fused kernels for 'wasm' (once); false where WASM SIMD or tfjs's heap is missing,
 * or where tfjs-wasm runs XNNPACK on more threads than our GEMM has (one, unless helper threads
 * were set up first, see setRowSplitter): per thread the kernels are ~1.4× one XNNPACK thread, so
 * where tfjs uses 4 threads and we use 1 they would slow the step down.
 */
export function registerWasmKernels(): boolean {
  if (!simdAvailable) return false;
  const backend = tf.findBackend('wasm') as BackendWasm | null;
  const gemm = backend && wasmGemm(backend);
  if (backend && (!gemm || getThreadsCount() > gemm.threads())) return false;
  const configs = [
    reluRecurrenceConfig,
    reluRecurrenceBackwardConfig,
    matMulConfig,
    crossEntropyConfig,
    adamConfig,
  ];
  for (const config of configs)
    if (!tf.getKernel(config.kernelName, 'wasm')) tf.registerKernel(config);
  return true;
}

/** f run with the named kernels unregistered (the composite paths), which are then put back. */
export function withoutWasmKernels<T>(names: string[], f: () => T): T {
  names.forEach((name) => tf.unregisterKernel(name, 'wasm'));
  try {
    return f();
  } finally {
    registerWasmKernels();
  }
}
