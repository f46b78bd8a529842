import { describe, expect, it } from 'vitest';
import { argminDistance, plotMaxDistance, sampleCurve } from './inhibitorCurve';

describe('inhibitor curve', () => {
  it('finds the zero-penalty ring of a difference of Gaussians near d ≈ 0.89', () => {
    const bracket = (d: number) => Math.exp((-d * d) / 5) - Math.exp((-d * d) / 0.25);
    const kappa = bracket(argminDistance((d) => -bracket(d), 10));
    const dog = (d: number) => 100 * (kappa - bracket(d));
    const ring = argminDistance(dog, 5 * Math.PI);
    expect(ring).toBeGreaterThan(0.85);
    expect(ring).toBeLessThan(0.93);
    expect(dog(ring)).toBeCloseTo(0, 6);
  });

  it('plots unbounded spaces up to d = 10 and keeps 0 in the value range', () => {
    expect(plotMaxDistance(Infinity)).toBe(10);
    const c = sampleCurve((d) => 1 + d, plotMaxDistance(Infinity), 10);
    expect(c.d[10]).toBe(10);
    expect(c.fMin).toBe(0);
    expect(c.fMax).toBe(11);
  });
});
