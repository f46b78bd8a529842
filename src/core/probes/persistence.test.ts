import { describe, expect, test } from 'vitest';
import { correlationOverTime, meanActivity, patternCorrelation } from './persistence';

describe('pattern correlation', () => {
  test('is 1 for a scaled copy, −1 for a flipped one, 0 without a pattern', () => {
    expect(patternCorrelation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(patternCorrelation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(patternCorrelation([1, 2, 3], [5, 5, 5])).toBe(0);
  });

  test('follows a bump that moves one unit per frame', () => {
    const frames = Float32Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0);
    const c = correlationOverTime(frames, 4, frames.subarray(0, 4));
    expect(c[0]).toBeCloseTo(1, 6);
    expect(c[1]).toBeCloseTo(-1 / 3, 6);
    expect(Array.from(meanActivity(frames, 4))).toEqual([0.25, 0.25, 0.25]);
  });
});

describe('an unstable network', () => {
  test('has no pattern left to correlate', () => {
    expect(patternCorrelation([Infinity, 1, 2], [1, 2, 3])).toBe(0);
  });
});
