import { expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';

test('Node runs the WASM backend', () => {
  expect(tf.getBackend()).toBe('wasm');
  const y = tf.matMul(tf.tensor2d([[1, 2]]), tf.tensor2d([[3], [4]]));
  expect(y.dataSync()[0]).toBe(11);
});
