import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  RELU_RECURRENCE,
  RELU_RECURRENCE_BACKWARD,
  recurrence,
  recurrenceBackward,
} from '../../kernels/recurrence';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { offsetOf, wasmGemm } from './gemm';
import { gemm, MODULI_MATMUL, registerWasmKernels, withoutWasmKernels } from './index';
import { relativeError } from '../../../../tests/numerics';

const NAMES = [RELU_RECURRENCE, RELU_RECURRENCE_BACKWARD];

function inputs(steps: number, batch: number, n: number, seed: number) {
  const w = tf.randomNormal<tf.Rank.R2>([n, n], 0, 1 / Math.sqrt(n), 'float32', seed);
  return {
    h0: tf.relu(tf.randomNormal<tf.Rank.R2>([batch, n], 0, 1, 'float32', seed + 1)),
    whh: w,
    whhT: tf.transpose(w),
    drive: tf.randomNormal<tf.Rank.R2>([steps * batch, n], 0, 1, 'float32', seed + 2),
    grads: tf.randomNormal<tf.Rank.R2>([steps * batch, n], 0, 1, 'float32', seed + 3),
  };
}

/** Forward states, deltas and dh0, as plain arrays. */
function run(x: ReturnType<typeof inputs>, batch: number) {
  return tf.tidy(() => {
    const states = recurrence({ h0: x.h0, whhT: x.whhT, drive: x.drive });
    const back = recurrenceBackward({ whh: x.whh, states, stateGrads: x.grads }, batch);
    return [states, back.deltas, back.dh0].map((t) => t.dataSync() as Float32Array);
  });
}

describe('WASM SIMD recurrence kernels', () => {
  it('register for the wasm backend, idempotently', () => {
    expect(registerWasmKernels()).toBe(true);
    expect(registerWasmKernels()).toBe(true);
    for (const name of NAMES) expect(tf.getKernel(name, 'wasm')).toBeDefined();
  });

  it('are what recurrence and recurrenceBackward run with ReLU', async () => {
    registerWasmKernels();
    const x = inputs(3, 4, 10, 7);
    const profile = await tf.profile(() => run(x, 4));
    expect(profile.kernelNames).toEqual(expect.arrayContaining(NAMES));
    tf.dispose(Object.values(x));
  });

  // [T, B, n]: tile multiples, tails in rows (B mod 4) and columns (n mod 8, n mod 4), T = 1, B = 1.
  const shapes = [
    [4, 8, 16],
    [1, 1, 1],
    [1, 5, 13],
    [6, 1, 7],
    [5, 3, 37],
    [3, 7, 30],
    [2, 64, 256],
    [3, 9, 100],
  ];
  it.each(shapes)('equal the composite at T=%i, B=%i, n=%i', (steps, batch, n) => {
    registerWasmKernels();
    const x = inputs(steps, batch, n, steps * 1000 + batch * 10 + n);
    const fused = run(x, batch);
    const reference = withoutWasmKernels(NAMES, () => run(x, batch));
    fused.forEach((values, i) => {
      expect(values.length).toBe(reference[i].length);
      expect(relativeError(values, reference[i])).toBeLessThan(1e-5);
    });
    tf.dispose(Object.values(x));
  });

  it('leave the tensor count unchanged', () => {
    registerWasmKernels();
    const x = inputs(4, 6, 19, 3);
    const before = tf.memory().numTensors;
    run(x, 6);
    run(x, 6);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose(Object.values(x));
  });

  it.each([
    [1, 1, 1],
    [5, 3, 13],
    [64, 256, 256],
    [130, 300, 37],
  ])('gemm equals tf.matMul at [%i, %i]·[·, %i] through ModuliMatMul', async (m, k, n) => {
    registerWasmKernels();
    const a = tf.randomNormal<tf.Rank.R2>([m, k], 0, 1, 'float32', m);
    const b = tf.randomNormal<tf.Rank.R2>([k, n], 0, 1, 'float32', n);
    const before = tf.memory().numTensors;
    const profile = await tf.profile(() => tf.tidy(() => gemm(a, b).dataSync()));
    expect(profile.kernelNames).toContain(MODULI_MATMUL);
    const [ours, reference] = tf.tidy(() => [gemm(a, b), tf.matMul(a, b)].map((t) => t.dataSync()));
    expect(relativeError(ours as Float32Array, reference as Float32Array)).toBeLessThan(1e-5);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([a, b]);
  });

  // Vitest runs with relaxed SIMD on (vitest.config.ts), as Chromium does; browsers without it
  // get the mul + add build, checked here on its own.
  it.each([false, true])('the GEMM built with fused multiply-add %s equals tf.matMul', (fma) => {
    const backend = tf.backend() as BackendWasm;
    const gemmOf = wasmGemm(backend, fma);
    expect(gemmOf).not.toBeNull();
    const [m, k, n] = [13, 37, 21];
    const a = tf.randomNormal<tf.Rank.R2>([m, k], 0, 1, 'float32', 5);
    const b = tf.randomNormal<tf.Rank.R2>([k, n], 0, 1, 'float32', 6);
    const c = tf.zeros<tf.Rank.R2>([m, n]);
    const packed = gemmOf!.pack(offsetOf(backend, b), k, n);
    gemmOf!.run(m, n, k, offsetOf(backend, a), packed, offsetOf(backend, c));
    gemmOf!.release(packed);
    const reference = tf.tidy(() => tf.matMul(a, b).dataSync() as Float32Array);
    expect(relativeError(c.dataSync() as Float32Array, reference)).toBeLessThan(1e-5);
    tf.dispose([a, b, c]);
  });
});
