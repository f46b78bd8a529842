import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../random';
import { timesTransposed } from '.';

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
  test('x·Wᵀ through (W·xᵀ)ᵀ', () => {
    tf.tidy(() => {
      const [x, w] = [block(5, 8), block(11, 8)];
      expect(relativeError(timesTransposed(x, w), tf.matMul(x, w, false, true))).toBeLessThan(1e-6);
    });
  });
});
