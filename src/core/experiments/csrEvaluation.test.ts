import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { runConfig } from '../config/validate';
import { Trainer } from '../training/trainer';
import { evaluateFromCsr } from './csrEvaluation';

/** A tiny run pruned to `sparsity` of W_hh by its last epoch. */
async function prunedRun(task: object, sparsity: number): Promise<Trainer> {
  const trainer = new Trainer(
    runConfig({
      task,
      model: { hidden: 24 },
      training: { epochs: 3, stepsPerEpoch: 3, batch: 8 },
      pruning: { targetSparsity: sparsity },
    }),
  );
  while (!trainer.done) await trainer.trainStep();
  return trainer;
}

describe('evaluateFromCsr', () => {
  test.each([
    ['navigation', { kind: 'navigation', placeCells: 32, seqLen: 5 }],
    ['adding', { kind: 'adding', seqLen: 6 }],
  ])('a pruned %s run scores the same from its CSR as in tfjs', async (_name, task) => {
    const trainer = await prunedRun(task, 0.8);
    const before = tf.memory().numTensors;
    const result = await evaluateFromCsr(trainer, 3);
    expect(tf.memory().numTensors).toBe(before);
    expect(result.whhSparsity).toBeGreaterThan(0.5);
    expect(result.batches).toBe(3);
    expect(Number.isFinite(result.metric.dense)).toBe(true);
    expect(Math.abs(result.metric.csr - result.metric.dense)).toBeLessThan(
      1e-4 * Math.max(1, result.metric.dense),
    );
    trainer.dispose();
  });

  test('refuses the text task, naming it', async () => {
    const trainer = {
      task: { network: { head: 'nextToken' } },
      config: { task: { kind: 'text' } },
    };
    await expect(evaluateFromCsr(trainer as unknown as Trainer, 1)).rejects.toThrow(/not text/);
  });
});
