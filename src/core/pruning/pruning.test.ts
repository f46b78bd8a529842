import { describe, expect, test } from 'vitest';
import { scheduledSparsity } from './schedule';
import { pruneByMagnitude, sparsity } from './magnitude';

describe('schedule p·e/(E−1)', () => {
  test('10 epochs to 90%: 0, 10%, …, 90%', () => {
    const got = Array.from({ length: 10 }, (_, e) => scheduledSparsity(0.9, e, 10));
    const want = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    got.forEach((g, i) => expect(g).toBeCloseTo(want[i], 12));
  });
  test('one epoch runs at the target; 3 epochs to 95%: 0, 47.5%, 95%', () => {
    expect(scheduledSparsity(0.95, 0, 1)).toBe(0.95);
    expect([0, 1, 2].map((e) => scheduledSparsity(0.95, e, 3))).toEqual([0, 0.475, 0.95]);
  });
});

const matrix = (name: string, weights: number[], mask?: number[]) => ({
  name,
  weights: Float32Array.from(weights),
  mask: Uint8Array.from(mask ?? weights.map(() => 1)),
});

describe('magnitude pruning', () => {
  test('per matrix: each loses its own smallest half', () => {
    const masks = pruneByMagnitude(
      [matrix('whh', [0.1, -5, 0.2, 3]), matrix('wih', [100, 200, -300, 1])],
      0.5,
      'perMatrix',
    );
    expect(Array.from(masks.whh)).toEqual([0, 1, 0, 1]);
    expect(Array.from(masks.wih)).toEqual([0, 1, 1, 0]);
  });
  test('global: one threshold over both, so the small-valued matrix loses most', () => {
    const masks = pruneByMagnitude(
      [matrix('whh', [0.1, -5, 0.2, 3]), matrix('wih', [100, 200, -300, 1])],
      0.5,
      'global',
    );
    expect(Array.from(masks.whh)).toEqual([0, 1, 0, 0]);
    expect(Array.from(masks.wih)).toEqual([1, 1, 1, 0]);
    expect(sparsity(masks.whh, masks.wih)).toBe(0.5);
  });
  test('whh scope leaves the other matrices dense', () => {
    const masks = pruneByMagnitude(
      [matrix('whh', [1, 2, 3, 4]), matrix('wih', [0, 0, 0, 0])],
      0.75,
      'whh',
    );
    expect(Array.from(masks.whh)).toEqual([0, 0, 0, 1]);
    expect(sparsity(masks.wih)).toBe(0);
  });
  test('pruned weights never regrow, even when a live weight is smaller', () => {
    const masks = pruneByMagnitude([matrix('whh', [9, 0.01, 5, 7], [0, 1, 1, 1])], 0.5, 'whh');
    expect(Array.from(masks.whh)).toEqual([0, 0, 1, 1]);
  });
  test('ties are broken to prune exactly the requested count', () => {
    const masks = pruneByMagnitude([matrix('whh', [1, 1, 1, 1])], 0.5, 'whh');
    expect(sparsity(masks.whh)).toBe(0.5);
  });
});
