import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { expectNoLeak } from '../../manifolds/testing';
import { transpose2d } from './transpose';

describe('transpose2d', () => {
  it.each([
    [4, 4],
    [8, 12],
    [3200, 512],
    [20, 256],
    [44, 100], // partial 8 × 32 blocks at the bottom and the right
    [0, 8],
    [5, 7],
    [6, 8],
  ])('is bit-equal to tf.transpose at %i × %i, and leaks nothing', (rows, cols) => {
    const x = tf.randomNormal<tf.Rank.R2>([rows, cols], 0, 1, 'float32', rows + cols);
    const [ours, reference] = [transpose2d(x), tf.transpose(x)];
    expect(ours.shape).toEqual([cols, rows]);
    expect(ours.dataSync()).toEqual(reference.dataSync());
    expectNoLeak(() => transpose2d(x));
    tf.dispose([x, ours, reference]);
  });

  it('puts x[i][j] at [j][i] (a 4 × 8 by hand)', () => {
    const x = tf.tensor2d(
      Array.from({ length: 32 }, (_, i) => i),
      [4, 8],
    );
    const rows = transpose2d(x).arraySync();
    expect(rows[0]).toEqual([0, 8, 16, 24]);
    expect(rows[5]).toEqual([5, 13, 21, 29]);
    expect(rows[7]).toEqual([7, 15, 23, 31]);
    x.dispose();
  });
});
