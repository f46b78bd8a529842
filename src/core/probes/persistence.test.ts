import { describe, expect, test } from 'vitest';
import {
  correlationOverTime,
  meanActivity,
  patternCorrelation,
  persistenceSummary,
} from './persistence';

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

describe('persistenceSummary', () => {
  const flat = (v: number, k = 5) => new Float32Array(k).fill(v);

  test('a steady pattern persists', () => {
    const s = persistenceSummary(flat(1), flat(0.3), 1);
    expect(s).toMatchObject({ final: 1, min: 1, firstBelowHalf: null, activityRatio: 1 });
    expect(s.verdict).toBe('the pattern persists');
  });

  test('a kick that heals is "disturbed, then returns"; silence is not memory', () => {
    const kicked = Float32Array.of(1, 1, 0.2, 0.9, 1);
    const s = persistenceSummary(kicked, flat(0.3), 2);
    expect(s.firstBelowHalf).toBe(2);
    expect(s.verdict).toBe('the pattern is disturbed, then returns');
    expect(persistenceSummary(flat(1), Float32Array.of(1, 1, 0.5, 0.1, 0), 0).verdict).toMatch(
      /dies out/,
    );
  });
});

describe('an unstable network', () => {
  test('is reported as blowing up, not as a lost pattern', () => {
    expect(patternCorrelation([Infinity, 1, 2], [1, 2, 3])).toBe(0);
    const s = persistenceSummary(Float32Array.of(1, 0), Float32Array.of(1, Infinity), 0);
    expect(s.activityRatio).toBe(Infinity);
    expect(s.verdict).toMatch(/blows up/);
  });
});
