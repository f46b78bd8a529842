import { describe, expect, test } from 'vitest';
import { ActivityStore } from './activityStore';
import { arenaTransform, positionAt } from './arenaGeometry';
import { buildProbeRequest, pathSteps, type ProbeSettings } from './probeRequest';

const settings: ProbeSettings = {
  kind: 'free',
  start: [0.2, -0.1],
  path: null,
  steps: 50,
  noise: 0.5,
  kickAt: 20,
  seed: 9,
};

describe('buildProbeRequest', () => {
  test('free run: from the clicked point, no input, no kick', () => {
    expect(buildProbeRequest(settings)).toEqual({
      network: 'trained',
      start: { kind: 'position', position: [0.2, -0.1] },
      steps: 50,
      velocities: null,
      perturb: null,
    });
  });

  test('the hand-built reference is asked for by name', () => {
    expect(buildProbeRequest({ ...settings, network: 'reference' }).network).toBe('reference');
  });

  test('velocity: starts where the path starts and stands still after its end', () => {
    const path = Float32Array.of(0, 0, 0.1, 0);
    expect(pathSteps(path)).toBe(5);
    const r = buildProbeRequest({ ...settings, kind: 'velocity', path, steps: 8 });
    expect(r.start).toEqual({ kind: 'position', position: [0, 0] });
    expect(r.velocities!.length).toBe(16);
    expect(r.velocities![8]).toBeCloseTo(0.02, 6);
    expect(Array.from(r.velocities!.subarray(10))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(() => buildProbeRequest({ ...settings, kind: 'velocity' })).toThrow(/Draw a path/);
  });

  test('perturb: a seeded kick inside the run; without place cells a random start', () => {
    const r = buildProbeRequest({ ...settings, kind: 'perturb', start: null, kickAt: 80 });
    expect(r.start).toEqual({ kind: 'random', seed: 9 });
    expect(r.perturb).toEqual({ atStep: 50, noise: 0.5, seed: 9 });
  });
});

describe('arena geometry', () => {
  test('maps metres to pixels with y up, and back, clamped into the box', () => {
    const t = arenaTransform(2.2, 236, 8);
    expect(t.toPx(-1.1, 1.1)).toEqual([8, 8]);
    expect(t.toPx(0, 0)).toEqual([118, 118]);
    const [x, y] = t.toMeters(...t.toPx(0.5, -0.25));
    expect(x).toBeCloseTo(0.5, 9);
    expect(y).toBeCloseTo(-0.25, 9);
    expect(t.toMeters(0, 1000)).toEqual([-1.1, -1.1]);
  });

  test('frame 0 is the start, frame t the row t − 1', () => {
    const rows = Float32Array.of(1, 2, 3, 4);
    expect(positionAt(rows, [0, 0], 0)).toEqual([0, 0]);
    expect(positionAt(rows, [0, 0], 2)).toEqual([3, 4]);
    expect(positionAt(rows, null, 3)).toBeNull();
  });
});

describe('ActivityStore', () => {
  test('tells React only when a probe starts or stops being shown', () => {
    const store = new ActivityStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.show(Float32Array.of(1, 2), 0, 2);
    store.show(Float32Array.of(2, 1), 1, 2);
    expect([calls, store.frame, store.version]).toEqual([1, 1, 2]);
    store.clear();
    store.clear();
    expect([calls, store.current]).toEqual([2, null]);
    off();
    store.show(Float32Array.of(1), 0, 0);
    expect(calls).toBe(2);
  });
});
