import { describe, expect, it } from 'vitest';
import { weightStats } from './weightStats';

describe('W_hh stats', () => {
  // 2 × 2: row j = weights into unit j. Entry [1][0] (into 1 from 0) is pruned.
  const whh = Float32Array.of(0.5, -1.25, 3, 0.25);
  const mask = Uint8Array.of(1, 1, 0, 1);

  it('counts the pruned weights and finds the alive range and the strongest', () => {
    expect(weightStats(whh, mask, 2)).toEqual({
      n: 2,
      pruned: 1,
      min: -1.25,
      max: 0.5,
      strongest: { to: 0, from: 1, value: -1.25 },
    });
  });

  it('has no range and no strongest weight when all are pruned', () => {
    expect(weightStats(whh, new Uint8Array(4), 2)).toEqual({
      n: 2,
      pruned: 4,
      min: NaN,
      max: NaN,
      strongest: null,
    });
  });
});
