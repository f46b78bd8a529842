/**
 * The same SIMD GEMM as a plain matrix product, for the big per-step products outside the
 * recurrence (input projection, decoder, dW over all steps). On one thread it beats XNNPACK's
 * matMul at the step's shapes (`npm run bench`, kernels section, has the current ratios).
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { withGemmSpace } from './arena';

export const MODULI_MATMUL = 'ModuliMatMul';

/** a [M, K] · b [K, N], float32, no transposes. */
const kernelFunc: tf.KernelFunc = ({ inputs, backend }) => {
  const wasm = backend as BackendWasm;
  const { a, b } = inputs as Record<string, tf.TensorInfo>;
  const [[m, k], n] = [a.shape, b.shape[1]];
  const out = wasm.makeOutput([m, n], 'float32');
  if (m * n === 0) return out;
  const work = { flops: 2 * m * n * k, products: 1, floats: m * k + k * n + m * n };
  withGemmSpace(wasm, work, (space) =>
    space.gemm.run(m, n, k, space.input(a), space.packed(b, k, n), space.output(out)),
  );
  return out;
};

export const matMulConfig: tf.KernelConfig = {
  kernelName: MODULI_MATMUL,
  backendName: 'wasm',
  kernelFunc,
};

/** a · b through ModuliMatMul where it is registered for the current backend, else tf.matMul. */
export function gemm(a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor2D {
  if (!tf.getKernel(MODULI_MATMUL, tf.getBackend())) return tf.matMul(a, b);
  return tf.engine().runKernel(MODULI_MATMUL, { a, b }) as unknown as tf.Tensor2D;
}
