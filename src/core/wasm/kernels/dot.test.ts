import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { expectNoLeak } from '../../manifolds/testing';
import { dot } from './dot';

describe('dot', () => {
  it('sums a ⊙ b (by hand: 1·4 + 2·5 + 3·6 = 32), body and tail', () => {
    const [a, b] = [tf.tensor1d([1, 2, 3]), tf.tensor1d([4, 5, 6])];
    expect(dot(a, b).dataSync()[0]).toBe(32);
    const ones = tf.ones([2, 9]); // 16 floats in the body, 2 in the tail
    expect(dot(ones, ones).dataSync()[0]).toBe(18);
    tf.dispose([a, b, ones]);
  });

  it.each([0, 1, 8, 1000, 1024 * 1024])('agrees with tf.sum(tf.mul) at %i floats', (size) => {
    const a = tf.randomUniform([size], -1, 1, 'float32', 1);
    const b = tf.randomUniform([size], -1, 1, 'float32', 2);
    const [ours, reference] = [dot(a, b).dataSync()[0], tf.sum(tf.mul(a, b)).dataSync()[0]];
    expect(Math.abs(ours - reference)).toBeLessThanOrEqual(1e-5 * Math.sqrt(size) + 1e-6);
    expectNoLeak(() => dot(a, b));
    tf.dispose([a, b]);
  });
});
