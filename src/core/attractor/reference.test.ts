import { describe, expect, test } from 'vitest';
import { pathVelocities } from '../probes/path';
import { latticePositions, ReferenceAttractor } from './reference';
import { runReferenceProbe } from './referenceProbe';
import { pathIntegrationProfile } from './pathIntegration';

const torus = new ReferenceAttractor({ manifold: 'torus', units: 144, boxMeters: 2.2 });
const ring = new ReferenceAttractor({ manifold: 'circle', units: 64, boxMeters: 2.2 });

describe('the hand-built reference attractor', () => {
  test('sits on a regular lattice of the space', () => {
    expect(torus.n).toBe(144);
    expect(Array.from(latticePositions('torus', 9).subarray(0, 4))).toEqual([
      expect.closeTo(5 / 3, 5),
      expect.closeTo(5 / 3, 5),
      expect.closeTo(5 / 3, 5),
      expect.closeTo(5, 5),
    ]);
    expect(latticePositions('circle', 4)[1]).toBeCloseTo((3 * Math.PI) / 4, 6);
    expect(() => new ReferenceAttractor({ manifold: 'torus', units: 4, boxMeters: 2 })).toThrow(
      /8 … 1024 units/,
    );
  });

  test('decodes a bump at any place back to that place', () => {
    for (const p of [
      [0, 0],
      [0.7, -0.4],
      [-1, 1],
    ] as [number, number][]) {
      const d = torus.decode(torus.rates(torus.bumpAt(p)));
      expect(d[0]).toBeCloseTo(p[0], 2);
      expect(d[1]).toBeCloseTo(p[1], 2);
    }
  });

  test('holds a bump where it is put: a free run neither drifts nor fades', () => {
    const r = runReferenceProbe(
      {
        start: { kind: 'position', position: [0.4, -0.6] },
        steps: 100,
        velocities: null,
        perturb: null,
      },
      torus,
    );
    expect(r.engine).toBe('reference');
    expect(r.measures.driftCm).toBeLessThan(1);
    expect(r.measures.activityRatio).toBeGreaterThan(0.8);
    expect(r.measures.locality).toBeGreaterThan(0.5);
    expect(r.verdict.text).toBe('holds its place');
    expect(r.localityVerdict?.text).toBe('a bump on the manifold');
  });

  test('slides the bump with the velocity: the decoded place follows a drawn path', () => {
    const path = pathVelocities([-0.8, -0.5, 0.6, -0.2, 0.2, 0.7]);
    const r = runReferenceProbe(
      {
        start: { kind: 'position', position: path.start },
        steps: path.velocities.length / 2,
        velocities: path.velocities,
        perturb: null,
      },
      torus,
    );
    expect(r.measures.errorCm).toBeLessThan(3);
    expect(r.measures.standStillCm).toBeGreaterThan(50);
    expect(r.verdict.text).toBe('follows the path');
  });

  test('returns to the unkicked run after a kick', () => {
    const r = runReferenceProbe(
      {
        start: { kind: 'position', position: [0, 0] },
        steps: 60,
        velocities: null,
        perturb: { atStep: 20, noise: 0.5, seed: 3 },
      },
      torus,
    );
    expect(r.measures.recoveryFinal).toBeGreaterThan(0.9);
    expect(r.verdict.text).toBe('recovers from the kick');
  });

  test('the ring stores x only, and integrates it', () => {
    const profile = pathIntegrationProfile(
      (start, velocities) => {
        const r = runReferenceProbe(
          {
            start: { kind: 'position', position: start },
            steps: velocities.length / 2,
            velocities,
            perturb: null,
          },
          ring,
        );
        return r.decoded as Float32Array;
      },
      { seqLen: 10, boxMeters: 2.2, multiples: [1, 5], walks: 4, axes: 1 },
    );
    for (const p of profile) expect(p.errorCm).toBeLessThan(0.1 * p.standStillCm);
  });
});
