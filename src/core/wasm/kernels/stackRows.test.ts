import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { expectNoLeak } from '../../manifolds/testing';
import { stackRows } from './stackRows';

describe('stackRows', () => {
  it('stacks the leading rows of each part, as tf.concat of tf.slice does', () => {
    const h0 = tf.tensor2d([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const states = tf.tensor2d(
      Array.from({ length: 12 }, (_, i) => 10 + i),
      [4, 3],
    );
    const stacked = stackRows([
      [h0, 2],
      [states, 2],
    ]);
    expect(stacked.arraySync()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [10, 11, 12],
      [13, 14, 15],
    ]);
    expectNoLeak(() =>
      stackRows([
        [h0, 2],
        [states, 2],
      ]),
    );
    tf.dispose([h0, states, stacked]);
  });

  it.each([0, 64, 3136])('is bit-equal to the tfjs ops with %i rows of [3200, 256]', (rows) => {
    const h0 = tf.randomNormal<tf.Rank.R2>([64, 256], 0, 1, 'float32', 1);
    const states = tf.randomNormal<tf.Rank.R2>([3200, 256], 0, 1, 'float32', 2);
    const ours = stackRows([
      [h0, 64],
      [states, rows],
    ]);
    const reference = tf.concat([h0, tf.slice(states, [0, 0], [rows, 256])], 0);
    expect(ours.shape).toEqual([64 + rows, 256]);
    expect(ours.dataSync()).toEqual(reference.dataSync());
    tf.dispose([h0, states, ours, reference]);
  });
});
