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

test('the clip norm leaves out pruned entries: (3, 4 | 12 pruned) has norm 5, not 13', () => {
  // Unmasked the norm would be √(9 + 16 + 144) = 13 and the clip to 1 would scale by 1/13;
  // with the pruned 12 left out it is √(9 + 16) = 5, so (3, 4) → (0.6, 0.8) and the pruned
  // entry's gradient is 0.
  const grads = { w: tf.tensor1d([3, 4, 12]), b: tf.tensor1d([0]) };
  const clipped = clipByGlobalNorm(grads, 1, { w: tf.tensor1d([1, 1, 0]) });
  const got = Array.from(clipped.w.dataSync());
  [0.6, 0.8, 0].forEach((v, i) => expect(got[i]).toBeCloseTo(v, 5));
  expect(clipped.b.dataSync()[0]).toBe(0);
});

test('a per-variable weight decay of 0 leaves that variable undecayed', () => {
  // A zero gradient makes Adam's step 0 (m = v = 0), leaving AdamW's factor 1 − lr·wd alone:
  // 1 − 0.1·0.01 = 0.999 for w; p has its decay overridden to 0, so it keeps its value.
  const w = tf.variable(tf.tensor1d([2]));
  const p = tf.variable(tf.tensor1d([2]));
  const adamw = new Adam({ learningRate: 0.1, weightDecay: 0.01 });
  adamw.apply({ w, p }, { w: tf.zeros([1]), p: tf.zeros([1]) }, {}, {}, { p: 0 });
  expect(w.dataSync()[0]).toBeCloseTo(2 * 0.999, 6);
  expect(p.dataSync()[0]).toBe(2);
  adamw.dispose();
  tf.dispose([w, p]);
});
