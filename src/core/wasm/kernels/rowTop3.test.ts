import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { expectNoLeak } from '../../manifolds/testing';
import { rowTop3 } from './rowTop3';

/** tf.topk's ids (descending, ties to the lower column), from tfjs's own kernel. */
const reference = (x: tf.Tensor2D) => Array.from(tf.topk(x, 3).indices.dataSync());

describe('rowTop3', () => {
  it.each([
    [1, 3],
    [5, 7],
    [64, 512],
    [33, 130],
  ])('gives tf.topk’s ids for %i × %i random rows', (rows, cols) => {
    const x = tf.randomNormal<tf.Rank.R2>([rows, cols], 0, 1, 'float32', rows + cols);
    const top = rowTop3(x)!;
    expect(top.shape).toEqual([rows, 3]);
    expect(top.dtype).toBe('int32');
    expect(Array.from(top.dataSync())).toEqual(reference(x));
    tf.dispose([x, top]);
  });

  it('orders ties by column, as tf.topk does, and finds bests in the 1–3 column tail', () => {
    const rows = [
      [1, 5, 5, 0, 5, 2, 9],
      [0, 0, 0, 0, 0, 0, 0],
      [-1, -2, -3, -4, -5, -6, 7],
      [3, 2, 1, 0, -1, 8, 8],
    ];
    const x = tf.tensor2d(rows);
    // Row 0: 9 at 6, then the 5s at 1 and 2; row 2: 7 (tail), −1, −2.
    expect(Array.from(rowTop3(x)!.dataSync())).toEqual([6, 1, 2, 0, 1, 2, 6, 0, 1, 5, 6, 0]);
    expect(Array.from(rowTop3(x)!.dataSync())).toEqual(reference(x));
    x.dispose();
  });

  it('never ranks a NaN', () => {
    const x = tf.tensor2d([[NaN, 1, NaN, 3, 2, NaN]]);
    expect(Array.from(rowTop3(x)!.dataSync())).toEqual([3, 4, 1]);
    x.dispose();
  });

  it('names the problem when a row has fewer than 3 entries, and leaks nothing', () => {
    const narrow = tf.zeros<tf.Rank.R2>([4, 2]);
    expect(() => rowTop3(narrow)).toThrow(/3 entries, these have 2/);
    const x = tf.randomNormal<tf.Rank.R2>([16, 40]);
    expectNoLeak(() => rowTop3(x)!);
    tf.dispose([narrow, x]);
  });
});
