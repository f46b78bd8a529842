import { expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { runConfig } from '../../config/validate';
import { Rng } from '../../random';
import { createNavigationTask } from './task';

test('the error in cm is the same from the logits (host backends) and from their top 3 (GPUs)', () => {
  const config = runConfig({ task: { kind: 'navigation', seqLen: 6, placeCells: 32 } });
  const task = createNavigationTask(config);
  const batch = task.batch(new Rng(3), 4);
  const rng = new Rng(4);
  const logits = Float32Array.from({ length: 6 * 4 * 32 }, () => rng.range(-2, 2));
  const top3 = tf.tidy(() => tf.topk(tf.tensor2d(logits, [24, 32]), 3).indices.dataSync());
  expect(top3).toBeInstanceOf(Int32Array);
  const fromLogits = task.metric(logits, batch);
  expect(task.metric(top3 as Int32Array, batch)).toBe(fromLogits);
  expect(fromLogits).toBeGreaterThan(0);
});
