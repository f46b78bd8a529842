import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { relativeError } from '../../../tests/numerics';
import { Rng } from '../random';
import { timesTransposed } from '.';

const rng = new Rng(5);
const rand = (size: number) => Float32Array.from({ length: size }, () => rng.range(-1, 1));
const block = (rows: number, cols: number) => tf.tensor2d(rand(rows * cols), [rows, cols]);

describe('products', () => {
  test('x·Wᵀ through (W·xᵀ)ᵀ', () => {
    tf.tidy(() => {
      const [x, w] = [block(5, 8), block(11, 8)];
      const reference = tf.matMul(x, w, false, true).dataSync();
      expect(relativeError(timesTransposed(x, w).dataSync(), reference)).toBeLessThan(1e-6);
    });
  });
});
