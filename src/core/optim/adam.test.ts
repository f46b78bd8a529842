import { expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Adam, clipByGlobalNorm } from './adam';

test('first Adam step moves each weight by lr·sign(g) (bias-corrected), AdamW also decays', () => {
  // Step 1: m̂ = g, v̂ = g², so the update is lr·g/(|g| + ε) ≈ lr·sign(g).
  const w = tf.variable(tf.tensor1d([1, -2, 3]));
  const adamw = new Adam({ learningRate: 0.1, weightDecay: 0.5 });
  adamw.apply({ w }, { w: tf.tensor1d([0.5, -4, 0]) });
  // AdamW: w·(1 − lr·wd) − lr·sign(g) = [1·0.95 − 0.1, −2·0.95 + 0.1, 3·0.95 − 0]
  const got = Array.from(w.dataSync());
  [0.85, -1.8, 2.85].forEach((v, i) => expect(got[i]).toBeCloseTo(v, 5));
  adamw.dispose();
  w.dispose();
});

test('masked weights stay zero and get no update', () => {
  const w = tf.variable(tf.tensor1d([1, 2]));
  const adam = new Adam({ learningRate: 0.1, weightDecay: 0 });
  const mask = tf.tensor1d([1, 0]);
  for (let i = 0; i < 3; i++) adam.apply({ w }, { w: tf.tensor1d([1, 1]) }, { w: mask });
  expect(w.dataSync()[1]).toBe(0);
  expect(w.dataSync()[0]).toBeCloseTo(0.7, 4);
  adam.dispose();
  w.dispose();
});

test('clipping to a global norm of 0.5 scales a (3, 4) gradient to (0.3, 0.4)', () => {
  const clipped = clipByGlobalNorm({ a: tf.tensor1d([3]), b: tf.tensor1d([4]) }, 0.5);
  expect(clipped.a.dataSync()[0]).toBeCloseTo(0.3, 5);
  expect(clipped.b.dataSync()[0]).toBeCloseTo(0.4, 5);
});

test('an Adam step leaves no tensors behind once its moments exist', () => {
  const w = tf.variable(tf.ones([4, 4]));
  const adam = new Adam({ learningRate: 0.01, weightDecay: 0.01 });
  const g = tf.ones([4, 4]);
  adam.apply({ w }, { w: g });
  const before = tf.memory().numTensors;
  for (let i = 0; i < 5; i++) adam.apply({ w }, { w: g });
  expect(tf.memory().numTensors).toBe(before);
});
