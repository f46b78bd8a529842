/**
 * The kernels page's WASM check, in a dedicated worker as in the app (the GEMM pool's caller
 * sleeps in Atomics.wait, which a page's main thread may not): starts 'wasm' as the training
 * worker does (workers/backend.ts, helper threads included), then compares ModuliMatMul with
 * tf.matMul, and the split products and fused recurrence with the same run on one thread.
 */
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { recurrence, recurrenceBackward } from '../../src/core/kernels/recurrence';
import { gemm, MODULI_MATMUL } from '../../src/core/wasm/kernels';
import { setRowSplitter } from '../../src/core/wasm/kernels/gemm';
import { startBackend } from '../../workers/backend';
import { gemmPool, type GemmPoolStats } from '../../workers/gemmPool';
import { relativeError } from './relativeError';

export interface WasmCheck {
  backend: string;
  crossOriginIsolated: boolean;
  tfjsThreads: number;
  /** ModuliMatMul is registered, so gemm() below is ours, not tf.matMul. */
  registered: boolean;
  /** Max |gemm − tf.matMul| / max |tf.matMul| per product shape. */
  matMulErrors: number[];
  /** Every product and recurrence output has the same bits with the helpers as without. */
  identical: boolean;
  pool: GemmPoolStats | null;
}

export type WasmCheckReply = { check: WasmCheck } | { error: string };

/** [M, K, N]: 100 MFLOP in whole tiles, and 9 MFLOP with row and column tails. */
const SHAPES: [number, number, number][] = [
  [256, 512, 384],
  [203, 300, 77],
];

const random = (shape: [number, number], seed: number) =>
  tf.randomUniform(shape, -1, 1, 'float32', seed) as tf.Tensor2D;

/** The products, then the recurrence at the app's B = 64, n = 256, as plain arrays. */
function outputs(): Float32Array[] {
  return tf.tidy(() => {
    const products = SHAPES.map(([m, k, n]) => gemm(random([m, k], m), random([k, n], n)));
    const w = tf.mul(random([256, 256], 1), 1 / 16) as tf.Tensor2D;
    const h0 = tf.relu(random([64, 256], 2));
    const [drive, grads] = [random([192, 256], 3), random([192, 256], 4)];
    const states = recurrence({ h0, whhT: tf.transpose(w), drive });
    const { deltas, dh0 } = recurrenceBackward({ whh: w, states, stateGrads: grads }, 64);
    return [...products, states, deltas, dh0].map((t) => t.dataSync() as Float32Array);
  });
}

async function check(): Promise<WasmCheck> {
  const { name } = await startBackend('wasm');
  const split = outputs();
  const stats = gemmPool()?.stats() ?? null;
  const references = tf.tidy(() =>
    SHAPES.map(([m, k, n]) => tf.matMul(random([m, k], m), random([k, n], n)).dataSync()),
  );
  setRowSplitter(null);
  const single = outputs();
  setRowSplitter(gemmPool());
  return {
    backend: name,
    crossOriginIsolated,
    tfjsThreads: getThreadsCount(),
    registered: tf.getKernel(MODULI_MATMUL, 'wasm') !== undefined,
    matMulErrors: references.map((r, i) => relativeError(split[i], r as Float32Array)),
    identical: split.every((values, i) => values.every((v, j) => Object.is(v, single[i][j]))),
    pool: stats,
  };
}

self.onmessage = async () => {
  const reply: WasmCheckReply = await check().then(
    (result) => ({ check: result }),
    (e: Error) => ({ error: e.message || String(e) }),
  );
  postMessage(reply);
};
