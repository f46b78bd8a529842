import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../random';
import {
  initialValues,
  lossAndGrads,
  paramShapes,
  type Batch,
  type NetworkShape,
} from '../model/network';
import { lossAndGradsChunked, sumOfStepProducts, timesTransposed } from '.';

const rng = new Rng(5);
const rand = (size: number) => Float32Array.from({ length: size }, () => rng.range(-1, 1));
const block = (rows: number, cols: number) => tf.tensor2d(rand(rows * cols), [rows, cols]);

/** Largest |a − b| relative to the largest |b|. */
function relativeError(a: tf.Tensor, b: tf.Tensor): number {
  const [x, y] = [a.dataSync(), b.dataSync()];
  expect(x.length).toBe(y.length);
  let diff = 0;
  let scale = 1e-12;
  for (let i = 0; i < x.length; i++) {
    diff = Math.max(diff, Math.abs(x[i] - y[i]));
    scale = Math.max(scale, Math.abs(y[i]));
  }
  return diff / scale;
}

describe('products', () => {
  test.each([1, 5, 9, 1000])('Σ_t leftᵀ·right in chunks of ~%i rows equals one product', (rows) => {
    tf.tidy(() => {
      const left = Array.from({ length: 7 }, () => block(3, 4));
      const right = Array.from({ length: 7 }, () => block(3, 6));
      const whole = tf.matMul(tf.transpose(tf.concat(left, 0)), tf.concat(right, 0));
      expect(relativeError(sumOfStepProducts(left, right, rows), whole)).toBeLessThan(1e-6);
    });
  });

  test('x·Wᵀ through (W·xᵀ)ᵀ', () => {
    tf.tidy(() => {
      const [x, w] = [block(5, 8), block(11, 8)];
      expect(relativeError(timesTransposed(x, w), tf.matMul(x, w, false, true))).toBeLessThan(1e-6);
    });
  });
});

const shapes: [string, NetworkShape][] = [
  [
    'navigation-like (ReLU, encoder)',
    {
      hidden: 12,
      input: 2,
      output: 9,
      encoderInput: 9,
      bias: false,
      activation: 'relu',
      head: 'softmaxAllSteps',
    },
  ],
  [
    'text-like (tanh, biases, h0 = 0)',
    {
      hidden: 10,
      input: 5,
      output: 5,
      encoderInput: null,
      bias: true,
      activation: 'tanh',
      head: 'softmaxAllSteps',
    },
  ],
];

describe.each(shapes)('lossAndGradsChunked, %s', (_name, shape) => {
  test('gives lossAndGrads’ loss, output and every gradient, and leaks no tensor', () => {
    // 50 steps × 16 rows: the reductions run in three chunks of whole steps.
    const [T, B] = [50, 16];
    const values = initialValues(shape, rng);
    const params = Object.fromEntries(
      Object.entries(paramShapes(shape)).map(([k, s]) => [k, tf.tensor(values[k], s)]),
    );
    const targets = rand(T * B * shape.output).map(Math.abs);
    for (let r = 0; r < T * B; r++) {
      const row = targets.subarray(r * shape.output, (r + 1) * shape.output);
      const sum = row.reduce((a, b) => a + b, 0);
      row.forEach((v, i) => (row[i] = v / sum));
    }
    const batch: Batch = {
      seqLen: T,
      batch: B,
      inputs: rand(T * B * shape.input),
      startCode: shape.encoderInput ? rand(B * shape.encoderInput).map(Math.abs) : null,
      targets,
    };
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      const ours = lossAndGradsChunked(shape, params, batch);
      const reference = lossAndGrads(shape, params, batch);
      expect(relativeError(ours.loss, reference.loss)).toBeLessThan(1e-6);
      expect(relativeError(ours.output, reference.output)).toBeLessThan(1e-6);
      expect(Object.keys(ours.grads).sort()).toEqual(Object.keys(reference.grads).sort());
      for (const [name, grad] of Object.entries(reference.grads))
        expect(relativeError(ours.grads[name], grad), name).toBeLessThan(1e-5);
    });
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose(Object.values(params));
  });
});
