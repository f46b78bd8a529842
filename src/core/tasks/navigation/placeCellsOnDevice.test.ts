import { expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../../random';
import { createPlaceCells, placeCellTargets } from './placeCells';
import { placeCellTargetsTensor } from './placeCellsOnDevice';

test('place-cell targets on the device equal the JS targets, also outside the box', () => {
  const rng = new Rng(9);
  const cells = createPlaceCells(rng, { count: 64 });
  // Positions up to 0.3 m outside the 2.2 m box: walks are not clipped (docs/science.md §Navigation).
  const positions = Float32Array.from({ length: 2 * 200 }, () => rng.range(-1.4, 1.4));
  const expected = placeCellTargets(cells, positions);
  const before = tf.memory().numTensors;
  const actual = tf.tidy(() => placeCellTargetsTensor(cells, positions).dataSync());
  expect(tf.memory().numTensors).toBe(before);
  let worst = 0;
  for (let r = 0; r < 200; r++) {
    const row = expected.subarray(r * 64, (r + 1) * 64);
    const peak = Math.max(...row);
    for (let i = 0; i < 64; i++)
      worst = Math.max(worst, Math.abs(actual[r * 64 + i] - row[i]) / peak);
  }
  expect(worst).toBeLessThan(1e-5);
});
