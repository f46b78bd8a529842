/**
 * Divergence (issue "Reliability and safety"): a NaN or Infinity in the loss, the weights or
 * the embedding must stop training with a DivergenceError within one step, naming what
 * diverged and the step, before the bad numbers reach the history.
 *
 * What produces NaN here: not an absurd learning rate. Adam moves each weight by at most
 * about lr per step, and the schema caps lr at 1 and λ at 10⁴; at those caps a tiny run
 * stays finite. NaN comes from overflow in float32: weights large enough that the loss is
 * finite but a gradient is not (∞/∞ in Adam's update), or from a weight that already is NaN.
 */
import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { runConfig } from '../config/validate';
import { DivergenceError, Trainer } from './trainer';

const navigation = runConfig({
  task: { kind: 'navigation', placeCells: 5, seqLen: 2 },
  model: { hidden: 3, bias: true },
  geometry: { manifold: 'torus', embedding: 'trained' },
  training: { epochs: 2, stepsPerEpoch: 5, batch: 2 },
  seed: 3,
});

/** Adding task, n = 2, no penalty, no clipping: a network we can push into overflow by hand. */
const adding = runConfig({
  task: { kind: 'adding', seqLen: 2 },
  model: { hidden: 2 },
  regularizer: { lambda: 0 },
  training: { epochs: 1, stepsPerEpoch: 10, batch: 1, clipNorm: 0 },
  seed: 3,
});

/** Sets entry `index` of a variable (a weight or the trained positions) to `value`. */
function poison(variable: tf.Variable, value: number, index = 0): void {
  const data = (variable.dataSync() as Float32Array).slice();
  data[index] = value;
  tf.tidy(() => variable.assign(tf.tensor(data, variable.shape)));
}

function fill(variable: tf.Variable, value: number): void {
  tf.tidy(() => variable.assign(tf.fill(variable.shape, value)));
}

/** The error trainStep rejects with (fails the test if it resolves). */
async function divergence(trainer: Trainer): Promise<Error> {
  const error = await trainer.trainStep().then(
    () => null,
    (e: unknown) => e as Error,
  );
  if (error === null) throw new Error(`step ${trainer.step - 1} did not diverge`);
  return error;
}

/** Names of the weights (and positions) holding a NaN or an infinity. */
function nonFinite(trainer: Trainer): string[] {
  const values = {
    ...trainer.weightValues(),
    embedding: trainer.regularization.positions(),
  };
  return Object.entries(values)
    .filter(([, v]) => v.some((x) => !Number.isFinite(x)))
    .map(([k]) => k);
}

/**
 * Weights so large (W_ih = 10²⁵, decoder = 10⁻⁷) that the loss (≈ 10³⁶) is still a float32
 * but the decoder's gradient (≈ 10⁴³) is not: Adam's ∞/∞ turns the decoder into NaN during
 * the step, after the loss was read.
 */
function overflowingTrainer(): Trainer {
  const trainer = new Trainer(adding);
  fill(trainer.params.wih, 1e25);
  fill(trainer.params.whh, 0);
  fill(trainer.params.decoder, 1e-7);
  fill(trainer.params.bias, 0);
  fill(trainer.params.decoderBias, 0);
  return trainer;
}

describe('a NaN or Infinity already in the weights or the embedding', () => {
  const cases: [string, number][] = [
    ['whh', NaN],
    ['whh', Infinity],
    ['whh', -Infinity],
    ['wih', NaN],
    ['decoder', NaN],
    ['encoder', Infinity],
    ['bias', NaN],
    ['decoderBias', NaN],
    ['embedding', NaN],
  ];
  test.each(cases)('%s = %s stops the very next step', async (name, value) => {
    const trainer = new Trainer(navigation);
    await trainer.trainStep();
    await trainer.trainStep();
    const variable =
      name === 'embedding'
        ? trainer.regularization.trainableVariables.embedding
        : trainer.params[name];
    poison(variable, value, 1);
    const error = await divergence(trainer);
    expect(error).toBeInstanceOf(DivergenceError);
    expect(error.message).toContain('step 2');
    expect(error.message).toMatch(/NaN|Infinity/);
    // The failed step is not counted and its numbers are not kept.
    expect(trainer.step).toBe(2);
    expect(trainer.history.metrics).toHaveLength(2);
    expect(trainer.history.metrics.every((p) => Number.isFinite(p.totalLoss))).toBe(true);
    trainer.dispose();
  });

  test('the message names the weight that holds the NaN', async () => {
    const trainer = new Trainer(navigation);
    await trainer.trainStep();
    poison(trainer.params.whh, NaN);
    try {
      expect((await divergence(trainer)).message).toContain('whh');
    } finally {
      trainer.dispose();
    }
  });
});

describe('a loss that overflows', () => {
  test('Infinity in the loss stops the step that computed it', async () => {
    const trainer = overflowingTrainer();
    fill(trainer.params.wih, 1e30); // the loss itself overflows now
    const error = await divergence(trainer);
    expect(error).toBeInstanceOf(DivergenceError);
    expect(error.message).toMatch(/Infinity|NaN/);
    expect(error.message).toContain('step 0');
    expect(trainer.step).toBe(0);
    expect(trainer.history.metrics).toHaveLength(0);
    trainer.dispose();
  });
});

describe('weights that turn into NaN during a step whose loss is finite', () => {
  /**
   * The loss is computed before the update, so only a check of the updated variables stops
   * this step (otherwise its point reaches the history, and a snapshot or an export taken
   * now holds NaN, which JSON writes as null).
   */
  test('stop the step that produced them, naming the weight and the step', async () => {
    const trainer = overflowingTrainer();
    try {
      const error = await divergence(trainer);
      expect(error).toBeInstanceOf(DivergenceError);
      expect(error.message).toContain('decoder');
      expect(error.message).toContain('step 0');
      expect(nonFinite(trainer)).toEqual(['decoder']);
      expect(trainer.step).toBe(0);
      expect(trainer.history.metrics).toHaveLength(0);
    } finally {
      trainer.dispose();
    }
  });
});

describe('the largest settings the schema allows', () => {
  test('lr 1 and λ 10⁴ on a trained embedding stay finite for 20 steps (no false alarm)', async () => {
    const trainer = new Trainer(
      runConfig({
        ...navigation,
        training: { ...navigation.training, learningRate: 1, stepsPerEpoch: 10 },
        regularizer: { ...navigation.regularizer, lambda: 1e4 },
      }),
    );
    for (let i = 0; i < 20; i++)
      expect(Number.isFinite((await trainer.trainStep()).totalLoss)).toBe(true);
    expect(nonFinite(trainer)).toEqual([]);
    trainer.dispose();
  });
});
