import { describe, expect, test } from 'vitest';
import { fitVelocities, integratePath, pathVelocities } from './path';

const close = (a: ArrayLike<number>, b: number[]) =>
  b.forEach((v, i) => expect(a[i]).toBeCloseTo(v, 6));

describe('pathVelocities', () => {
  test('walks a straight line in steps of speed·dt = 2 cm', () => {
    const p = pathVelocities([0, 0, 0.1, 0]);
    expect(p.start).toEqual([0, 0]);
    expect(p.velocities.length).toBe(10);
    close(p.velocities, [0.02, 0, 0.02, 0, 0.02, 0, 0.02, 0, 0.02, 0]);
    close(p.positions.subarray(8), [0.1, 0]);
  });

  test('turns corners at constant arc length, never faster than the cap', () => {
    const p = pathVelocities([0, 0, 0.03, 0, 0.03, 0.03]);
    close(p.positions, [0.02, 0, 0.03, 0.01, 0.03, 0.03]);
    close(p.velocities, [0.02, 0, 0.01, 0.01, 0, 0.02]);
    for (let t = 0; t < 3; t++)
      expect(Math.hypot(p.velocities[2 * t], p.velocities[2 * t + 1])).toBeLessThanOrEqual(
        0.02 + 1e-7,
      );
  });

  test('honours the speed, the step cap and a single point', () => {
    expect(pathVelocities([0, 0, 1, 0], { speedMetersPerSecond: 0.5 }).velocities.length).toBe(200);
    expect(pathVelocities([0, 0, 1, 0], { maxSteps: 7 }).velocities.length).toBe(14);
    expect(pathVelocities([0.3, 0.4]).velocities.length).toBe(0);
  });
});

describe('integratePath and fitVelocities', () => {
  test('integrating the velocities gives back the resampled positions', () => {
    const p = pathVelocities([0.1, 0.2, -0.3, 0.5, 0.4, -0.6]);
    const back = integratePath(p.start, p.velocities);
    close(back, Array.from(p.positions));
  });

  test('pads with standing still and truncates', () => {
    expect(Array.from(fitVelocities(Float32Array.of(1, 2), 2))).toEqual([1, 2, 0, 0]);
    expect(Array.from(fitVelocities(Float32Array.of(1, 2, 3, 4), 1))).toEqual([1, 2]);
  });
});
