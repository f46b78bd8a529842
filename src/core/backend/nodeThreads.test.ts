import * as tf from '@tensorflow/tfjs-core';
import { afterAll, expect, it } from 'vitest';
import { PLACE_CELL_CROSS_ENTROPY } from '../kernels/crossEntropy';
import { gemm } from '../wasm/kernels';
import { recurrence, recurrenceBackward } from '../kernels/recurrence';
import { Rng } from '../random';
import { simdForward, toCsr } from '../sparse';
import { nodeGemmPool, startNodeGemmPool, stopNodeGemmPool } from './nodeThreads';

afterAll(() => stopNodeGemmPool());

/**
 * ModuliMatMul and both recurrence kernels at shapes whose products are split (B = 64, n = 256:
 * the app's recurrence step; M = 202 leaves a row tail), as plain arrays.
 */
function products(seed: number) {
  return tf.tidy(() => {
    const [steps, batch, n] = [3, 64, 256];
    const w = tf.randomNormal<tf.Rank.R2>([n, n], 0, 1 / Math.sqrt(n), 'float32', seed);
    const h0 = tf.relu(tf.randomNormal<tf.Rank.R2>([batch, n], 0, 1, 'float32', seed + 1));
    const drive = tf.randomNormal<tf.Rank.R2>([steps * batch, n], 0, 1, 'float32', seed + 2);
    const grads = tf.randomNormal<tf.Rank.R2>([steps * batch, n], 0, 1, 'float32', seed + 3);
    const a = tf.randomNormal<tf.Rank.R2>([202, n], 0, 1, 'float32', seed + 4);
    const states = recurrence({ h0, whhT: tf.transpose(w), drive });
    const { deltas, dh0 } = recurrenceBackward({ whh: w, states, stateGrads: grads }, batch);
    return [gemm(a, w), states, deltas, dh0].map((t) => t.dataSync() as Float32Array);
  });
}

it('Node helper threads give the bits of one thread, leak no tensors and stop cleanly', async () => {
  const single = products(5);
  expect(await startNodeGemmPool()).toBeGreaterThan(1);
  const before = tf.memory().numTensors;
  const split = products(5);
  expect(tf.memory().numTensors).toBe(before);
  // All in the arena, split: the forward time loop and the backward one (each one hand-over for
  // all its steps), dh0 and the matMul.
  const stats = nodeGemmPool()!.stats();
  expect(stats.splitRuns).toBe(4);
  expect(stats.maxThreads).toBeGreaterThan(1);
  split.forEach((values, i) => expect(values).toEqual(single[i]));
  await stopNodeGemmPool();
  expect(nodeGemmPool()).toBeNull();
  products(5).forEach((values, i) => expect(values).toEqual(single[i]));
});

/** The fused place-cell cross-entropy's three outputs (an odd row count: uneven shares), as arrays. */
function crossEntropy(seed: number) {
  return tf.tidy(() => {
    const [rows, cells] = [321, 512];
    const logits = tf.randomNormal<tf.Rank.R2>([rows, cells], 0, 2, 'float32', seed);
    const positions = tf.randomUniform<tf.Rank.R2>([rows, 2], 0, 2.2, 'float32', seed + 1);
    const centres = tf.randomUniform<tf.Rank.R2>([cells, 2], 0, 2.2, 'float32', seed + 2);
    const outputs = tf
      .engine()
      .runKernel(
        PLACE_CELL_CROSS_ENTROPY,
        { logits, positions, centres },
        { scale: -1 / (2 * 0.12 ** 2) },
      ) as tf.Tensor[];
    return outputs.map((t) => t.dataSync() as Float32Array);
  });
}

it('Node helper threads split the cross-entropy rows and give the bits of one thread', async () => {
  const single = crossEntropy(9);
  expect(await startNodeGemmPool()).toBeGreaterThan(1);
  const runs = nodeGemmPool()!.stats().splitRuns;
  const before = tf.memory().numTensors;
  const split = crossEntropy(9);
  expect(tf.memory().numTensors).toBe(before);
  expect(nodeGemmPool()!.stats().splitRuns).toBe(runs + 1);
  split.forEach((values, i) => expect(values).toEqual(single[i]));
  await stopNodeGemmPool();
});

/** The sparse engine's pass at n = 256 with a read-out, as plain arrays. */
function sparsePass(
  activation: 'relu' | 'tanh',
  [batch, sparsity, seqLen, out]: [number, number, number, number],
) {
  const rng = new Rng(11);
  const n = 256;
  const rand = (size: number, scale: number) =>
    Float32Array.from({ length: size }, () => rng.range(-scale, scale));
  const mask = Uint8Array.from({ length: n * n }, () => (rng.uniform() < sparsity ? 0 : 1));
  const forward = simdForward({
    whh: toCsr(rand(n * n, 0.3 / Math.sqrt(1 - sparsity) / 4), mask, n),
    wih: toCsr(rand(n * 2, 1), null, n, 2),
    bias: rand(n, 0.1),
    activation,
    decoder: toCsr(rand(out * n, 0.1), null, out, n),
    decoderBias: rand(out, 0.1),
  });
  const h0 = rand(batch * n, 1);
  const inputs = rand(seqLen * batch * 2, 1);
  return forward(h0, inputs, { seqLen, batch, readout: 'all', states: 'all' });
}

it.each([
  // B = 101 (lanes padded to 104), 90% sparse, ReLU: the lanes of all 6 steps split in one
  // call, then the read-out of all 606 states, one GEMM split by rows.
  ['a batch with ReLU', 'relu', [101, 0.9, 6, 40], 1 + 1],
  // With tanh, applied between calls, one call (~1.5 MFLOP) a step.
  ['a batch with tanh', 'tanh', [101, 0.9, 6, 40], 6 + 1],
  // 30% sparse: ~10 MFLOP a step, so the rows are split, the threads meeting after each step.
  ['a batch split by rows', 'relu', [101, 0.3, 6, 40], 1 + 1],
  // One trajectory: its steps on one thread, its read-out of all T = 20 states one split GEMM
  // (1.3 MFLOP).
  ['one trajectory', 'tanh', [1, 0.9, 20, 128], 1],
] as const)(
  'Node helper threads share the sparse engine’s work on %s with the bits of one thread',
  async (_what, activation, pass, splits) => {
    const single = sparsePass(activation, [...pass]);
    expect(await startNodeGemmPool()).toBeGreaterThan(1);
    const runs = nodeGemmPool()!.stats().splitRuns;
    const split = sparsePass(activation, [...pass]);
    expect(nodeGemmPool()!.stats().splitRuns).toBe(runs + splits);
    expect(split.states).toEqual(single.states);
    expect(split.outputs).toEqual(single.outputs);
    await stopNodeGemmPool();
  },
);
