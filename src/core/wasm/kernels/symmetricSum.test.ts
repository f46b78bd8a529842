import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { expectNoLeak } from '../../manifolds/testing';
import { symmetricSum } from './symmetricSum';

describe('symmetricSum', () => {
  it.each([0, 4, 12, 64, 5, 7])('is bit-equal to m + mᵀ at n = %i, and leaks nothing', (n) => {
    const m = tf.randomNormal<tf.Rank.R2>([n, n], 0, 1, 'float32', n);
    const [actual, expected] = [symmetricSum(m), tf.add(m, tf.transpose(m))];
    expect(actual.shape).toEqual([n, n]);
    expect(Array.from(actual.dataSync())).toEqual(Array.from(expected.dataSync()));
    expectNoLeak(() => symmetricSum(m));
    tf.dispose([m, actual, expected]);
  });

  it('runs the WASM kernel under the tests (the WASM backend)', () => {
    expect(tf.getBackend()).toBe('wasm');
  });
});
