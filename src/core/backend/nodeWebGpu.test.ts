/**
 * Node WebGPU (Dawn) trains as WASM does: the same tiny runs, from the same seed, for 20 steps
 * on each backend give the same losses and weights to 1e-4, with tfjs's WebGPU kernels and the
 * lab's fused WGSL recurrence doing the work, and no tensor left behind. Without an adapter
 * (no Vulkan driver Dawn accepts) the test fails with Dawn's reason: it never skips.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, test } from 'vitest';
import { runConfig } from '../config/validate';
import { RELU_RECURRENCE, RELU_RECURRENCE_BACKWARD } from '../kernels/recurrence';
import { Trainer } from '../training/trainer';
import { initNodeBackend } from './node';
import { startNodeWebGpu } from './nodeWebGpu';

const STEPS = 20;
const TOLERANCE = 1e-4;

/** Navigation on a torus, ReLU (the fused kernels), pruned to 50% at step 10. */
const navigation = runConfig({
  task: { kind: 'navigation', placeCells: 16, seqLen: 5 },
  model: { hidden: 24 },
  geometry: { manifold: 'torus' },
  pruning: { targetSparsity: 0.5 },
  training: { epochs: 2, stepsPerEpoch: STEPS / 2, batch: 4 },
  seed: 3,
});

/** The adding problem, with its bias and gradient clipping, pruned likewise. */
const adding = runConfig({
  task: { kind: 'adding', seqLen: 6 },
  model: { hidden: 16 },
  pruning: { targetSparsity: 0.5 },
  training: { epochs: 2, stepsPerEpoch: STEPS / 2, batch: 8 },
  seed: 4,
});

interface Trained {
  losses: number[];
  weights: Record<string, Float32Array>;
  /** Live tensors after the first step and after the last (Adam's moments exist from step 1). */
  tensors: { afterFirst: number; afterLast: number; leftOver: number };
}

async function train(config: typeof navigation): Promise<Trained> {
  const before = tf.memory().numTensors;
  const trainer = new Trainer(config);
  const losses = [(await trainer.trainStep()).totalLoss];
  const afterFirst = tf.memory().numTensors;
  while (!trainer.done) losses.push((await trainer.trainStep()).totalLoss);
  const afterLast = tf.memory().numTensors;
  await trainer.readBack();
  const weights = trainer.weightValues();
  trainer.dispose();
  return {
    losses,
    weights,
    tensors: { afterFirst, afterLast, leftOver: tf.memory().numTensors - before },
  };
}

/** Largest |a − b| over all weights, per variable name. */
function weightDifferences(a: Trained, b: Trained): Record<string, number> {
  return Object.fromEntries(
    Object.keys(a.weights).map((name) => {
      const [x, y] = [a.weights[name], b.weights[name]];
      expect(y.length, name).toBe(x.length);
      return [name, x.reduce((max, v, i) => Math.max(max, Math.abs(v - y[i])), 0)];
    }),
  );
}

afterAll(() => initNodeBackend('wasm'));

describe('Node WebGPU against WASM', () => {
  test.each([
    ['navigation', navigation],
    ['adding', adding],
  ] as const)(
    '%s: 20 steps give the losses and weights of WASM to 1e-4, with no tensor leaked',
    async (_task, config) => {
      await initNodeBackend('wasm');
      const wasm = await train(config);
      const adapter = await startNodeWebGpu();
      expect(tf.getBackend()).toBe('webgpu');
      const webgpu = await train(config);
      // The lab's WGSL recurrence ran, not tfjs's per-step composite.
      const trainer = new Trainer(config);
      const { kernelNames } = await tf.profile(async () => void (await trainer.trainStep()));
      trainer.dispose();
      expect(kernelNames).toEqual(
        expect.arrayContaining([RELU_RECURRENCE, RELU_RECURRENCE_BACKWARD]),
      );
      const lossGap = Math.max(...webgpu.losses.map((l, i) => Math.abs(l - wasm.losses[i])));
      const weightGaps = weightDifferences(webgpu, wasm);
      console.log(
        `${_task} on ${adapter.description}: max |Δloss| ${lossGap.toExponential(2)}, ` +
          `max |Δweight| ${Math.max(...Object.values(weightGaps)).toExponential(2)}`,
      );
      expect(webgpu.losses).toHaveLength(STEPS);
      expect(lossGap).toBeLessThan(TOLERANCE);
      for (const [name, gap] of Object.entries(weightGaps))
        expect(gap, `max |Δ${name}|`).toBeLessThan(TOLERANCE);
      expect(webgpu.tensors.afterLast).toBe(webgpu.tensors.afterFirst);
      expect(webgpu.tensors.leftOver).toBe(0);
    },
  );
});
