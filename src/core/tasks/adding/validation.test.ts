import { expect, test, vi } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { runConfig } from '../../config/validate';
import { evaluate } from '../../model/network';
import { Trainer } from '../../training/trainer';
import type { TaskBatch } from '../types';

test('validation RMSE is √(mean squared error) over ≥ 2,000 fresh samples, not a mean of batch RMSEs', async () => {
  const trainer = new Trainer(
    runConfig({
      task: { kind: 'adding', seqLen: 5 },
      model: { hidden: 8 },
      training: { batch: 32, validationBatches: 5, epochs: 1, stepsPerEpoch: 1 },
    }),
  );
  await trainer.trainStep();
  const drawn: TaskBatch[] = [];
  const draw = trainer.task.batch.bind(trainer.task);
  vi.spyOn(trainer.task, 'batch').mockImplementation((rng, size, split) => {
    const b = draw(rng, size, split);
    drawn.push(b);
    return b;
  });
  const point = await trainer.validate();

  // 5 batches of 32 would be 160 samples; the task asks for 2,000: ⌈2000/32⌉ = 63 batches.
  expect(drawn).toHaveLength(63);
  expect(new Set(drawn.map((b) => b.truth[0])).size).toBe(63);
  // By hand, in float64: every sample's squared error, pooled.
  let squares = 0;
  let perBatchRmse = 0;
  for (const batch of drawn) {
    const predictions = tf.tidy(() => evaluate(trainer.task.network, trainer.params, batch).output);
    const p = predictions.dataSync();
    predictions.dispose();
    let batchSquares = 0;
    for (let i = 0; i < batch.truth.length; i++) batchSquares += (p[i] - batch.truth[i]) ** 2;
    squares += batchSquares;
    perBatchRmse += Math.sqrt(batchSquares / batch.truth.length) / drawn.length;
  }
  const pooled = Math.sqrt(squares / (63 * 32));
  expect(point.metric).toBeCloseTo(pooled, 5);
  // The mean of per-batch RMSEs is lower (Jensen), which is what the pooled value avoids.
  expect(perBatchRmse).toBeLessThan(pooled);
  trainer.dispose();
});
