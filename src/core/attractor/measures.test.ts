import { describe, expect, test } from 'vitest';
import { Rng } from '../random';
import {
  activitySpread,
  driftCm,
  linkLocality,
  locality,
  meanErrorCm,
  pairSimilarity,
  recovery,
} from './measures';
import { localityVerdict, probeVerdict, type ProbeMeasures } from './verdicts';

/** Four units on a line at 0, 1, 2, 3: distances |i − j|. */
const line = Float32Array.from({ length: 16 }, (_, i) => Math.abs((i >> 2) - (i & 3)));

describe('activitySpread', () => {
  test('is the weighted mean distance from the medoid (by hand)', () => {
    // Activity (0, 2, 1, 0): medoid unit 1 (2·0 + 1·1 = 1 vs unit 2: 2·1 + 0 = 2), spread 1/3.
    expect(activitySpread([0, 2, 1, 0], line, 4)).toBeCloseTo(1 / 3, 12);
    // All on one unit: no spread at all.
    expect(activitySpread([0, 0, 5, 0], line, 4)).toBe(0);
    expect(activitySpread([0, 0, 0, 0], line, 4)).toBeNaN();
  });

  test('locality: near 1 for two neighbours, about 0 for activity spread evenly', () => {
    const n = 64;
    const ring = Float32Array.from({ length: n * n }, (_, i) => {
      const d = Math.abs(Math.floor(i / n) - (i % n));
      return Math.min(d, n - d);
    });
    const pair = new Float32Array(n);
    pair[10] = pair[11] = 1;
    expect(locality(pair, ring, n, new Rng(1)).index).toBeGreaterThan(0.9);
    // One active unit has no spread, placed anywhere: there is nothing to compare.
    const point = new Float32Array(n);
    point[10] = 1;
    expect(locality(point, ring, n, new Rng(1)).index).toBeNaN();
    const even = new Float32Array(n).fill(1);
    expect(locality(even, ring, n, new Rng(1)).index).toBeCloseTo(0, 12);
    // A bump of 9 neighbours: its spread (20/9 ≈ 2.2) is far below a shuffled one's.
    const bump = Float32Array.from({ length: n }, (_, j) => (Math.abs(j - 30) <= 4 ? 1 : 0));
    const l = locality(bump, ring, n, new Rng(1));
    expect(l.spread).toBeCloseTo(20 / 9, 6);
    expect(l.index).toBeGreaterThan(0.7);
  });
});

describe('linkLocality', () => {
  const n = 100;
  const ring = Float32Array.from({ length: n * n }, (_, i) => {
    const d = Math.abs(Math.floor(i / n) - (i % n));
    return Math.min(d, n - d);
  });

  test('links to neighbours on the ring gather; links drawn at random do not', () => {
    const near = Float32Array.from(ring, (d) => (d > 0 && d <= 3 ? 1 : 0));
    expect(linkLocality(near, n, ring, new Rng(2))).toBeGreaterThan(0.8);
    const rng = new Rng(3);
    const scattered = Float32Array.from(ring, () => rng.normal());
    expect(Math.abs(linkLocality(scattered, n, ring, new Rng(2)))).toBeLessThan(0.1);
  });

  test('reads a sample of the rows past maxRows, the same rows every time', () => {
    const near = Float32Array.from(ring, (d) => (d > 0 && d <= 3 ? 1 : 0));
    expect(linkLocality(near, n, ring, new Rng(2), 10)).toBe(
      linkLocality(near, n, ring, new Rng(2), 10),
    );
  });
});

describe('pairSimilarity', () => {
  test('a pattern that flips every step (period 2) still counts as kept', () => {
    const a = [1, 0, 0, 1];
    const b = [0, 1, 1, 0.5];
    const frames = Float32Array.from([...a, ...a, ...b, ...a, ...b, ...a]);
    const s = pairSimilarity(frames, 4);
    expect(Array.from(s.subarray(2))).toEqual([1, 1, 1, 1].map((v) => expect.closeTo(v, 6)));
  });

  test('a bump that moves away loses its similarity', () => {
    const frames = new Float32Array(6 * 6);
    for (let t = 0; t < 6; t++) frames[t * 6 + t] = 1;
    const s = pairSimilarity(frames, 6);
    // t = 2: the same pair; t = 3: one unit shared of two (by hand: r = 0.25); t ≥ 4: none.
    expect(s[2]).toBeCloseTo(1, 6);
    expect(s[3]).toBeCloseTo(0.25, 6);
    expect(s[5]).toBeCloseTo(-0.5, 6);
  });
});

describe('errors and drift', () => {
  test('by hand, in cm, over both coordinates or x alone', () => {
    const a = Float32Array.of(0, 0, 0.3, 0.4);
    const b = Float32Array.of(0, 0, 0, 0);
    expect(meanErrorCm(a, b)).toBeCloseTo(25, 4); // (0 + 50) / 2
    expect(meanErrorCm(a, b, 1)).toBeCloseTo(15, 4); // (0 + 30) / 2
    expect(driftCm(Float32Array.of(1, 1, 1, 1), [1, 1])).toBe(0);
  });

  test('recovery finds the first step back above the threshold', () => {
    const paired = Float32Array.of(1, 1, 0.3, 0.7, 0.95, 0.97);
    expect(recovery(paired, 2)).toEqual({
      final: expect.closeTo(0.97, 6),
      atKick: expect.closeTo(0.3, 6),
      recoveredAt: 4,
    });
    expect(recovery(Float32Array.of(1, 0.2, 0.5), 1).recoveredAt).toBeNull();
  });
});

describe('verdicts follow each probe’s own measure', () => {
  const base: ProbeMeasures = {
    kind: 'free',
    activityRatio: 1,
    pairSimilarity: 0.1,
    driftCm: null,
    errorCm: null,
    standStillCm: null,
    recoveryFinal: null,
    recoveredAt: null,
    locality: null,
  };

  test('a free run is judged by its drift when there is an arena, not by the pattern', () => {
    expect(probeVerdict({ ...base, driftCm: 8 }).text).toBe('holds its place');
    expect(probeVerdict({ ...base, driftCm: 22 }).text).toBe('drifts slowly');
    expect(probeVerdict({ ...base, driftCm: 60 }).text).toBe('wanders off');
    expect(probeVerdict({ ...base, pairSimilarity: 0.9 }).text).toBe('the pattern persists');
  });

  test('a path that moves the state is judged by its error against standing still', () => {
    const path = { ...base, kind: 'path' as const, pairSimilarity: null };
    expect(probeVerdict({ ...path, errorCm: 10, standStillCm: 50 }).text).toBe('follows the path');
    expect(probeVerdict({ ...path, errorCm: 30, standStillCm: 50 }).text).toBe(
      'follows part of the path',
    );
    expect(probeVerdict({ ...path, errorCm: 45, standStillCm: 50 }).attractor).toBe(false);
  });

  test('a kick by recovery; broken dynamics before anything else; locality in words', () => {
    const kick = { ...base, kind: 'kick' as const, pairSimilarity: null };
    expect(probeVerdict({ ...kick, recoveryFinal: 0.95, recoveredAt: 12 }).text).toBe(
      'recovers from the kick',
    );
    expect(probeVerdict({ ...kick, recoveryFinal: 0.2 }).text).toBe('does not recover');
    expect(probeVerdict({ ...base, activityRatio: Infinity }).text).toMatch(/blows up/);
    expect(probeVerdict({ ...base, activityRatio: 0.01 }).text).toMatch(/dies out/);
    expect(localityVerdict(0.6)?.text).toBe('a bump on the manifold');
    expect(localityVerdict(0.02)?.text).toBe('activity spread out, no bump');
    expect(localityVerdict(null)).toBeNull();
  });
});
