import { expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../../random';
import { navigationBatch } from './batch';
import { createPlaceCells, placeCellTargets } from './placeCells';
import { placeCellTargetsTensor } from './placeCellsOnDevice';
import { randomWalk } from './trajectory';

test('a batch is a seeded walk with the place-cell codes of its start and of every step', () => {
  const cells = createPlaceCells(new Rng(1), { count: 64 });
  const batch = navigationBatch(new Rng(2), cells, { seqLen: 12, batch: 5 });
  const walk = randomWalk(new Rng(2), { seqLen: 12, batch: 5 });
  expect(batch.seqLen).toBe(12);
  expect(batch.batch).toBe(5);
  expect(batch.velocities).toEqual(walk.velocities);
  expect(batch.positions).toEqual(walk.positions);
  expect(batch.startCode).toEqual(placeCellTargets(cells, walk.startPositions));
  expect(batch.targets.placeCells).toBe(cells);
  const { placeCells, positions } = batch.targets;
  const targets = tf.tidy(() => placeCellTargetsTensor(placeCells, positions).dataSync());
  const expected = placeCellTargets(cells, walk.positions);
  expect(targets).toHaveLength(12 * 5 * 64);
  targets.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6));
  expect(batch.startCode).toHaveLength(5 * 64);
  expect(navigationBatch(new Rng(2), cells, { seqLen: 12, batch: 5 }).positions).toEqual(
    batch.positions,
  );
  expect(navigationBatch(new Rng(3), cells, { seqLen: 12, batch: 5 }).positions).not.toEqual(
    batch.positions,
  );
});
