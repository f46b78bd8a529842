/**
 * The switches between the paper's conventions and the authors' code (docs/conventions.md):
 * decay on trained positions, their per-epoch gradient factor and stabiliser epochs, the
 * lottery ticket's penalty, fixed place cells and the text task's extra L1 term.
 */
import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { runConfig } from '../config/validate';
import { Adam } from '../optim/adam';
import { createTask } from '../tasks';
import { Regularization } from './regularization';
import { Trainer } from './trainer';

const trainedAdding = (extra: { geometry?: object; training?: object } = {}) =>
  runConfig({
    task: { kind: 'adding', seqLen: 5 },
    model: { hidden: 8 },
    geometry: { manifold: 'torus', embedding: 'trained', ...extra.geometry },
    regularizer: { lambda: 0.1 },
    training: { epochs: 2, stepsPerEpoch: 2, batch: 4, ...extra.training },
  });

describe('weight decay on trained positions', () => {
  // With a zero gradient Adam's step is 0, so one AdamW step multiplies a decayed variable by
  // exactly 1 − lr·wd = 1 − 0.1·0.01 = 0.999.
  const step = (embeddingWeightDecay: boolean) => {
    const config = trainedAdding({ geometry: { embeddingWeightDecay } });
    const regularization = new Regularization(config, null, false);
    const positions = regularization.trainableVariables;
    const before = regularization.positions();
    const adamw = new Adam({ learningRate: 0.1, weightDecay: 0.01 });
    const zero = { embedding: tf.zerosLike(positions.embedding) };
    adamw.apply(positions, zero, {}, {}, regularization.weightDecays);
    const after = regularization.positions();
    tf.dispose(zero.embedding);
    adamw.dispose();
    regularization.dispose();
    return { before, after };
  };

  test('off (the default): positions are not shrunk', () => {
    expect(trainedAdding().geometry.embeddingWeightDecay).toBe(false);
    const { before, after } = step(false);
    expect(after).toEqual(before);
  });

  test('on (the authors’ AdamW): one step multiplies every coordinate by 0.999', () => {
    const { before, after } = step(true);
    before.forEach((x, i) => expect(after[i]).toBeCloseTo(x * 0.999, 5));
    expect(after).not.toEqual(before);
  });
});

describe('trained positions in the adding problem', () => {
  test('their gradient is scaled by factor^epoch; other gradients are left alone', () => {
    const config = trainedAdding({ geometry: { embeddingGradientDecay: 0.99 } });
    const regularization = new Regularization(config, null, false);
    tf.tidy(() => {
      const grads = { embedding: tf.ones([8, 2]), whh: tf.ones([8, 8]) };
      const scaled = regularization.positionGradients(grads, 3, false);
      // 0.99³ = 0.970299
      expect(scaled.embedding.dataSync()[0]).toBeCloseTo(0.970299, 6);
      expect(scaled.whh).toBe(grads.whh);
      const stabilising = regularization.positionGradients(grads, 3, true);
      expect(Object.keys(stabilising)).toEqual(['whh']);
    });
    regularization.dispose();
  });

  test('stabiliser epochs train on at the final masks with the positions frozen', async () => {
    const config = trainedAdding({ training: { stabiliserEpochs: 1 } });
    const trainer = new Trainer(config);
    expect(trainer.totalSteps).toBe(6);
    for (let i = 0; i < 4; i++) await trainer.trainStep();
    const positions = trainer.regularization.positions();
    const masks = trainer.masks.snapshot();
    const weights = trainer.weightValues().whh;
    expect(trainer.masks.whhSparsity).toBeCloseTo(config.pruning.targetSparsity, 1);
    const points = [await trainer.trainStep(), await trainer.trainStep()];
    expect(points.map((p) => p.epoch)).toEqual([2, 2]);
    expect(trainer.done).toBe(true);
    expect(trainer.regularization.positions()).toEqual(positions);
    expect(trainer.masks.snapshot()).toEqual(masks);
    expect(trainer.weightValues().whh).not.toEqual(weights);
    trainer.dispose();
  });

  test('without stabiliser epochs positions keep moving to the last step', async () => {
    const trainer = new Trainer(trainedAdding());
    for (let i = 0; i < 3; i++) await trainer.trainStep();
    const positions = trainer.regularization.positions();
    await trainer.trainStep();
    expect(trainer.regularization.positions()).not.toEqual(positions);
    trainer.dispose();
  });
});

describe('the lottery ticket’s penalty', () => {
  const fixed = (lotteryPenalty: 'same' | 'redrawn', condition = 'moduli') =>
    runConfig({
      task: { kind: 'adding', seqLen: 5 },
      model: { hidden: 8 },
      regularizer: { condition, lambda: 0.1, lotteryPenalty },
      training: { epochs: 2, stepsPerEpoch: 1, batch: 4 },
    });

  test('same (the paper): the ticket keeps the run’s embedding and coefficient matrix', () => {
    const trainer = new Trainer(fixed('same'));
    const ticket = trainer.lotteryTicket();
    expect(ticket.regularization.positions()).toEqual(trainer.regularization.positions());
    expect(ticket.regularization.coefficientRow(3)).toEqual(
      trainer.regularization.coefficientRow(3),
    );
    [trainer, ticket].forEach((t) => t.dispose());
  });

  test.each(['moduli', 'shuffled'])(
    'redrawn (the authors’ code), %s: a new embedding and C, the same for the same seed',
    (condition) => {
      const trainer = new Trainer(fixed('redrawn', condition));
      const [a, b] = [trainer.lotteryTicket(), trainer.lotteryTicket()];
      expect(a.regularization.positions()).not.toEqual(trainer.regularization.positions());
      expect(a.regularization.coefficientRow(3)).not.toEqual(
        trainer.regularization.coefficientRow(3),
      );
      expect(a.regularization.coefficientRow(3)).toEqual(b.regularization.coefficientRow(3));
      // The sparse run itself is unchanged by the switch.
      const same = new Trainer(fixed('same', condition));
      expect(same.regularization.coefficientRow(3)).toEqual(
        trainer.regularization.coefficientRow(3),
      );
      [trainer, a, b, same].forEach((t) => t.dispose());
    },
  );
});

describe('place cells', () => {
  const centres = (seed: number, placeCellDraw: 'perSeed' | 'fixed') =>
    createTask(runConfig({ seed, task: { kind: 'navigation', placeCells: 16, placeCellDraw } }))
      .placeCells!.centres;

  test('perSeed (the default): each seed draws its own centres', () => {
    expect(centres(1, 'perSeed')).not.toEqual(centres(2, 'perSeed'));
  });

  test('fixed (the authors’ code): every seed gets seed 0’s centres', () => {
    expect(centres(1, 'fixed')).toEqual(centres(2, 'fixed'));
    expect(centres(1, 'fixed')).toEqual(centres(0, 'perSeed'));
  });
});

describe('the text task’s extra L1 term', () => {
  const text = (extraL1: boolean) =>
    runConfig({
      task: { kind: 'text', layers: 2 },
      model: { hidden: 4 },
      regularizer: { condition: 'l1', lambda: 0.5, extraL1 },
    });
  // Every matrix holds the same values: |W| sums to 1 + 2 + 0 + 3 = 6 per 4 entries.
  const params = () =>
    Object.fromEntries(
      ['whh', 'whh.1', 'wih', 'wih.1', 'tokenEmbedding', 'decoder', 'encoder'].map((name) => [
        name,
        tf.tensor2d(
          Array.from({ length: 16 }, (_, i) => [1, -2, 0, 3][i % 4]),
          [4, 4],
        ),
      ]),
    );

  test('off: only each W_hh is charged', () => {
    const regularization = new Regularization(text(false), null, false);
    tf.tidy(() => {
      const { penalty, grads } = regularization.totalPenalty(params());
      // L1 C = 1: λ·mean|W| = 0.5·24/16 = 0.75 per layer.
      expect(penalty.dataSync()[0]).toBeCloseTo(1.5, 5);
      expect(Object.keys(grads).sort()).toEqual(['whh', 'whh.1']);
    });
    regularization.dispose();
  });

  test('on: also λ·mean|W| on each W_ih, the token embedding and the decoder', () => {
    const regularization = new Regularization(text(true), null, false);
    tf.tidy(() => {
      const { penalty, grads } = regularization.totalPenalty(params());
      // Six matrices at 0.75 each; the encoder (not in the text network) is left alone.
      expect(penalty.dataSync()[0]).toBeCloseTo(4.5, 5);
      expect(Object.keys(grads).sort()).toEqual([
        'decoder',
        'tokenEmbedding',
        'whh',
        'whh.1',
        'wih',
        'wih.1',
      ]);
      // λ/size·sign(W) = 0.5/16·(1, −1, 0, 1).
      const g = Array.from(grads.decoder.dataSync().slice(0, 4));
      [0.03125, -0.03125, 0, 0.03125].forEach((v, i) => expect(g[i]).toBeCloseTo(v, 7));
    });
    regularization.dispose();
  });
});
