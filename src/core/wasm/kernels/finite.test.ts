import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { expectNoLeak } from '../../manifolds/testing';
import { finiteFlags } from './finite';

const FLOAT32_MAX = 3.4028234663852886e38;

describe('finiteFlags', () => {
  it('flags each tensor: 1 when all entries are finite, 0 for a NaN or ±∞ anywhere', () => {
    const clean = tf.tensor1d([0, -0, 1e-45, -FLOAT32_MAX, FLOAT32_MAX, 3, 4, 5, 6]);
    const poisoned = [NaN, Infinity, -Infinity].flatMap((bad) =>
      // In the 4-wide body (index 2) and in the 1–3 float tail (index 8).
      [2, 8].map((at) => tf.tensor1d(Array.from({ length: 9 }, (_, i) => (i === at ? bad : i)))),
    );
    const flags = finiteFlags([clean, ...poisoned]);
    expect(Array.from(flags.dataSync())).toEqual([1, 0, 0, 0, 0, 0, 0]);
    tf.dispose([clean, ...poisoned, flags]);
  });

  it('agrees with tf.isFinite on weight-sized tensors, and leaks nothing', () => {
    const w = tf.randomNormal([257, 31]);
    const bad = tf.tidy(() => tf.div(w, tf.scalar(0))); // ±∞, and NaN where w = 0 (none here)
    expect(Array.from(finiteFlags([w, bad]).dataSync())).toEqual([1, 0]);
    expectNoLeak(() => finiteFlags([w, bad]));
    tf.dispose([w, bad]);
  });
});
