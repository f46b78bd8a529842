import { afterEach, describe, expect, test, vi } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { DivergenceError, Trainer } from '../training/trainer';
import { comparisonConfig, planComparison } from './comparison';
import { runComparison } from './runner';
import { summarize } from './table';

/** 2 conditions × 2 seeds of a tiny adding problem: 2 epochs × 3 steps, plus lottery. */
const plan = (lottery = true) =>
  planComparison(
    comparisonConfig({
      base: {
        task: { kind: 'adding', seqLen: 5 },
        model: { hidden: 8 },
        training: { epochs: 2, stepsPerEpoch: 3, validationBatches: 2 },
      },
      conditions: [
        { label: 'torus', override: { regularizer: { condition: 'moduli' } } },
        { label: 'none', override: { regularizer: { condition: 'none' } } },
      ],
      seeds: [1, 2],
      targetSparsities: [0.5],
      lottery,
    }),
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runComparison', () => {
  test('trains every run and its lottery ticket, reports progress, leaves no tensors', async () => {
    const before = tf.memory().numTensors;
    const fractions: number[] = [];
    const done: string[] = [];
    const result = await runComparison(plan(), {
      onProgress: (fraction, eta, label, detail) => {
        fractions.push(fraction);
        expect(eta).toBeGreaterThanOrEqual(0);
        expect(label).toMatch(/^(torus|none) · 50% · seed [12] · (sparse|lottery)$/);
        expect(detail.totalSteps).toBe(6);
      },
      onRunDone: (outcome) => done.push(outcome.id),
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(fractions).toHaveLength(4 * 2 * 6);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, i) => i === 0 || f > fractions[i - 1])).toBe(true);
    expect(done).toEqual(result.runs.map((r) => r.id));
    expect(result).toMatchObject({
      metricLabel: 'RMSE',
      conditions: ['torus', 'none'],
      sparsities: [0.5],
      seeds: [1, 2],
      planned: 4,
      cancelled: false,
    });
    for (const run of result.runs) {
      expect(run.sparseMetric).toBeGreaterThan(0);
      expect(run.lotteryMetric).toBeGreaterThan(0);
      expect(run.diverged).toBeNull();
      expect(run.whhSparsity).toBeCloseTo(0.5, 1);
    }
  });

  test('the sparse metric is the validation metric after the last step of the same run', async () => {
    const [spec] = plan(false);
    const result = await runComparison([spec]);
    const trainer = new Trainer(spec.config);
    while (!trainer.done) await trainer.trainStep();
    const last = await trainer.validate();
    trainer.dispose();
    expect(result.runs[0].sparseMetric).toBe(last.metric);
    expect(result.runs[0].lotteryMetric).toBeNull();
  });

  test('a cancel lands within one step and keeps only finished runs', async () => {
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    let stepsAfterAbort = 0;
    const result = await runComparison(plan(), {
      signal: controller.signal,
      onProgress: (_f, _eta, _label, detail) => {
        if (controller.signal.aborted) stepsAfterAbort += 1;
        // In run 2's lottery phase, as a worker's cancel message would arrive.
        if (detail.run === 1 && detail.phase === 'lottery' && detail.step === 2) {
          controller.abort();
        }
      },
    });
    expect(stepsAfterAbort).toBe(0);
    expect(result.cancelled).toBe(true);
    expect(result.runs.map((r) => r.id)).toEqual(['torus/50%/seed 1']);
    expect(tf.memory().numTensors).toBe(before);
    expect(summarize(result).runsDone).toBe(1);
  });

  test('a diverging lottery ticket is recorded as such; the comparison goes on', async () => {
    const trainStep = Trainer.prototype.trainStep;
    vi.spyOn(Trainer.prototype, 'trainStep').mockImplementation(async function (this: Trainer) {
      if (this.lottery) throw new DivergenceError('The loss became NaN');
      return trainStep.call(this);
    });
    const result = await runComparison(plan().slice(0, 2));
    expect(result.runs.map((r) => [r.diverged, r.lotteryMetric])).toEqual([
      ['lottery', null],
      ['lottery', null],
    ]);
    expect(result.runs.every((r) => (r.sparseMetric ?? 0) > 0)).toBe(true);
    expect(result.cancelled).toBe(false);
  });
});
