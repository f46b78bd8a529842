import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { runConfig } from '../config/validate';
import { Trainer } from './trainer';

const tinyNavigation = (extra: object = {}) =>
  runConfig({
    task: { kind: 'navigation', placeCells: 32, seqLen: 5 },
    model: { hidden: 16 },
    training: { epochs: 3, stepsPerEpoch: 4, batch: 8 },
    ...extra,
  });

async function losses(trainer: Trainer, steps: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < steps; i++) out.push((await trainer.trainStep()).totalLoss);
  return out;
}

describe('Trainer', () => {
  test('a seeded run reproduces its first losses exactly; another seed differs', async () => {
    const a = new Trainer(tinyNavigation());
    const b = new Trainer(tinyNavigation());
    const c = new Trainer(tinyNavigation({ seed: 2 }));
    const [la, lb, lc] = [await losses(a, 5), await losses(b, 5), await losses(c, 5)];
    expect(la).toEqual(lb);
    expect(la).not.toEqual(lc);
    [a, b, c].forEach((t) => t.dispose());
  });

  test('tf.memory().numTensors is flat across training steps, pruning and validation', async () => {
    const trainer = new Trainer(tinyNavigation({ geometry: { embedding: 'trained' } }));
    await losses(trainer, 2);
    const before = tf.memory().numTensors;
    await losses(trainer, 8); // crosses two pruning epochs
    await trainer.validate();
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
  });

  test('creating, training, taking the lottery ticket of and disposing runs leaves nothing behind', async () => {
    const before = tf.memory().numTensors;
    for (const embedding of ['fixed', 'trained']) {
      const trainer = new Trainer(tinyNavigation({ geometry: { embedding } }));
      await losses(trainer, 6);
      const ticket = trainer.lotteryTicket();
      await losses(ticket, 2);
      trainer.dispose();
      ticket.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  test('sparsity follows the schedule: 0, then 45%, then 90% of W_hh', async () => {
    const trainer = new Trainer(tinyNavigation());
    const points = [];
    for (let i = 0; i < 12; i++) points.push(await trainer.trainStep());
    expect(points[0].whhSparsity).toBe(0);
    expect(points[4].whhSparsity).toBeCloseTo(0.45, 2);
    expect(points[11].whhSparsity).toBeCloseTo(0.9, 2);
    expect(points[11].targetSparsity).toBeCloseTo(0.9, 10);
    expect(trainer.done).toBe(true);
    trainer.dispose();
  });

  test('a lottery ticket keeps the masks, starts from other weights, and never prunes more', async () => {
    const trainer = new Trainer(tinyNavigation());
    await losses(trainer, 12);
    const ticket = trainer.lotteryTicket();
    const mask = trainer.masks.mask('whh');
    expect(Array.from(ticket.masks.mask('whh'))).toEqual(Array.from(mask));
    const before = trainer.weightValues().whh;
    const initial = ticket.weightValues().whh;
    expect(Array.from(initial)).not.toEqual(Array.from(before));
    await losses(ticket, 12);
    const after = ticket.weightValues().whh;
    expect(Array.from(ticket.masks.mask('whh'))).toEqual(Array.from(mask));
    expect(after.every((w, i) => mask[i] === 1 || w === 0)).toBe(true);
    expect(Array.from(after)).not.toEqual(Array.from(initial));
    expect(ticket.regularization.positions()).toEqual(trainer.regularization.positions());
    [trainer, ticket].forEach((t) => t.dispose());
  });

  test('trained positions move and stay on the sphere', async () => {
    const trainer = new Trainer(
      tinyNavigation({ geometry: { manifold: 'sphere', embedding: 'trained' } }),
    );
    const start = trainer.regularization.positions();
    await losses(trainer, 3);
    const end = trainer.regularization.positions();
    expect(Array.from(end)).not.toEqual(Array.from(start));
    for (let j = 0; j < 16; j++)
      expect(Math.hypot(end[3 * j], end[3 * j + 1], end[3 * j + 2])).toBeCloseTo(1, 5);
    trainer.dispose();
  });
});

describe('learning (short, honest runs)', () => {
  test('a tiny adding run ends clearly better than its untrained self and the constant baseline', async () => {
    const config = runConfig({
      task: { kind: 'adding', seqLen: 10 },
      model: { hidden: 32 },
      training: { epochs: 2, stepsPerEpoch: 150, batch: 32, learningRate: 1e-2 },
      pruning: { targetSparsity: 0.5 },
    });
    const trainer = new Trainer(config);
    const untrained = await trainer.validate();
    while (!trainer.done) await trainer.trainStep();
    const trained = await trainer.validate();
    expect(trained.metric).toBeLessThan(0.2); // always predicting 1: ≈ 0.408
    expect(trained.metric).toBeLessThan(untrained.metric / 2);
    trainer.dispose();
  });
});
