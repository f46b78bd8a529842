import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it } from 'vitest';
import { recurrence, recurrenceBackward } from '../../kernels/recurrence';
import {
  runBlocked,
  runSteps,
  setRowSplitter,
  splitRows,
  splitStepRows,
  offsetOf,
  wasmGemm,
  type GemmCall,
  type RowSplitter,
  type StepsCall,
} from './gemm';
import { BLOCK_BYTES, KERNEL, type GemmExport } from './gemmThreads.mjs';
import { ADD, RELU } from './gemmModule';
import { gemm, registerWasmKernels } from './index';
import { relativeError } from '../../../../tests/numerics';

/**
 * Helpers that run their calls on this thread, on a second instance of the same module in the
 * same memory (as the browser's helper threads do), in finish(): what the caller sees of a pool.
 */
function inThreadSplitter(
  helpers: number,
): RowSplitter & { calls: (readonly number[] | null)[][] } {
  const gemmOf = wasmGemm(tf.backend() as BackendWasm)!;
  const { module, memory } = gemmOf;
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  const run = instance.exports.gemm as GemmExport;
  const calls: (readonly number[] | null)[][] = [];
  const kernels: number[] = [];
  const runCall = (kernel: number, call: readonly number[]) =>
    kernel === KERNEL.steps ? runSteps(run, call as StepsCall) : runBlocked(run, call as GemmCall);
  return {
    module,
    memory,
    calls,
    helpers: () => helpers,
    start: (next, kernel = KERNEL.gemm) => void (calls.push(next), kernels.push(kernel)),
    finish: () => calls.at(-1)!.forEach((call) => call && runCall(kernels.at(-1)!, call)),
  };
}

function products(batch: number, n: number, seed: number) {
  return tf.tidy(() => {
    const w = tf.randomNormal<tf.Rank.R2>([n, n], 0, 1 / Math.sqrt(n), 'float32', seed);
    const h0 = tf.relu(tf.randomNormal<tf.Rank.R2>([batch, n], 0, 1, 'float32', seed + 1));
    const drive = tf.randomNormal<tf.Rank.R2>([3 * batch, n], 0, 1, 'float32', seed + 2);
    const grads = tf.randomNormal<tf.Rank.R2>([3 * batch, n], 0, 1, 'float32', seed + 3);
    const states = recurrence({ h0, whhT: tf.transpose(w), drive });
    const { deltas, dh0 } = recurrenceBackward({ whh: w, states, stateGrads: grads }, batch);
    return [gemm(drive, w), states, deltas, dh0].map((t) => t.dataSync() as Float32Array);
  });
}

describe('the WASM GEMM in K chunks', () => {
  it('takes a big B in chunks with the bits of one pass, and its epilogue after the last', () => {
    const [m, k, n] = [9, 1100, 2000]; // 8.8 MB of packed B: chunks of 512, 512 and 76
    const backend = tf.backend() as BackendWasm;
    const gemmOf = wasmGemm(backend)!;
    const { module, memory } = gemmOf;
    const onePass = new WebAssembly.Instance(module, { env: { memory } }).exports
      .gemm as GemmExport;
    const [a, b, add] = [
      [m, k],
      [k, n],
      [m, n],
    ].map((shape, i) =>
      tf.randomUniform<tf.Rank.R2>(shape as [number, number], -1, 1, 'float32', i),
    );
    const [chunked, whole] = [tf.zeros<tf.Rank.R2>([m, n]), tf.ones<tf.Rank.R2>([m, n])];
    const scratch = tf.zeros([BLOCK_BYTES / 4]);
    const at = (t: tf.Tensor) => offsetOf(backend, t);
    const packed = gemmOf.pack(at(b), k, n);
    const [flags, room] = [ADD | RELU, at(scratch)];
    const addTo = (c: tf.Tensor) => at(add) - at(c);
    runBlocked(onePass, [m, n, k, at(a), packed, at(chunked), addTo(chunked), 0, flags, room]);
    onePass(m, n, k, at(a), packed, at(whole), addTo(whole), 0, flags, k, 0, room);
    gemmOf.release(packed);
    scratch.dispose();
    expect(chunked.dataSync()).toEqual(whole.dataSync());
    const reference = tf.tidy(() => tf.relu(tf.add(tf.matMul(a, b), add)).dataSync());
    expect(
      relativeError(chunked.dataSync() as Float32Array, reference as Float32Array),
    ).toBeLessThan(1e-5);
    tf.dispose([a, b, add, chunked, whole]);
  });
});

describe('the WASM GEMM split across helper threads', () => {
  afterEach(() => setRowSplitter(null));

  it('cuts rows into even shares that cover the product once, each with its own scratch', () => {
    for (const [m, threads] of [
      [64, 2],
      [64, 4],
      [9, 2],
      [13, 3],
      [203, 4],
    ]) {
      const parts = splitRows([m, 5, 7, 1000, 0, 5000, 40, 80, 3, 90000], threads);
      expect(parts).toHaveLength(threads);
      const rows = parts.map((p) => p?.[0] ?? 0);
      expect(rows.reduce((s, r) => s + r, 0)).toBe(m);
      rows.slice(0, -1).forEach((r) => expect(r).toBe(Math.ceil(m / threads)));
      parts.forEach((p, i) => {
        if (!p) return;
        const first = rows.slice(0, i).reduce((s, r) => s + r, 0);
        const [a, c, scratch] = [
          1000 + 4 * first * 7,
          5000 + 4 * first * 5,
          90000 + i * BLOCK_BYTES,
        ];
        expect(p.slice(1)).toEqual([5, 7, a, 0, c, 40, 80, 3, scratch]);
      });
    }
  });

  it('shares a time loop’s batch rows out evenly, moving A, C and the scratch with them', () => {
    // [rows, n, steps, firstA, firstK, w, c, stride, add, mask, flags, scratch], n = 5.
    const parts = splitStepRows([21, 5, 50, 1000, 5, 0, 5000, -420, 40, 80, 3, 90000], 2);
    const [a, c] = [1000 + 4 * 11 * 5, 5000 + 4 * 11 * 5];
    expect(parts).toEqual([
      [11, 5, 50, 1000, 5, 0, 5000, -420, 40, 80, 3, 90000],
      [10, 5, 50, a, 5, 0, c, -420, 40, 80, 3, 90000 + BLOCK_BYTES],
    ]);
    expect(splitStepRows([1, 5, 50, 0, 0, 0, 0, 20, 0, 0, 0, 0], 2)[1]).toBeNull();
  });

  // B = 64, n = 256 is the app's recurrence step; B = 21 leaves a row tail and a null share.
  it.each([
    [64, 256, 3],
    [21, 200, 3],
    [64, 256, 1],
  ])('gives the same bits as one thread at B=%i, n=%i with %i helper(s)', (batch, n, helpers) => {
    registerWasmKernels();
    const single = products(batch, n, 11);
    const splitter = inThreadSplitter(helpers);
    setRowSplitter(splitter);
    expect(wasmGemm(tf.backend() as BackendWasm)!.threads()).toBe(1 + helpers);
    const split = products(batch, n, 11);
    expect(splitter.calls.length).toBeGreaterThan(0);
    split.forEach((values, i) => expect(values).toEqual(single[i]));
  });

  it('keeps small products on one thread', () => {
    registerWasmKernels();
    const splitter = inThreadSplitter(1);
    setRowSplitter(splitter);
    products(8, 32, 3);
    expect(splitter.calls).toHaveLength(0);
  });
});
