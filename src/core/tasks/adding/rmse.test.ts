import { expect, test } from 'vitest';
import { Rng } from '../../random';
import { addingBatch } from './batch';
import { baselineRmse, rmse } from './rmse';

test('rmse is the root of the mean squared difference', () => {
  expect(rmse(Float32Array.from([1, 2, 3]), Float32Array.from([1, 2, 3]))).toBe(0);
  expect(rmse(Float32Array.from([0, 0]), Float32Array.from([3, 4]))).toBeCloseTo(
    Math.sqrt(12.5),
    6,
  );
  expect(() => rmse(Float32Array.from([0]), Float32Array.from([0, 1]))).toThrow();
});

test('always answering 1 scores √(1/6) ≈ 0.408, the baseline a trained RNN must beat', () => {
  const { targets } = addingBatch(new Rng(4), { batch: 100_000 });
  expect(Math.abs(baselineRmse(targets) - 0.408)).toBeLessThan(0.01);
  expect(baselineRmse(Float32Array.from([1, 1.5, 0.5]))).toBeCloseTo(Math.sqrt(1 / 6), 6);
});
