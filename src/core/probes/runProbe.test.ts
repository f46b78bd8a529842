import { describe, expect, test } from 'vitest';
import { Rng } from '../random';
import { createPlaceCells } from '../tasks/navigation/placeCells';
import { probeWeightsFrom, runProbe, type ProbeModel } from './runProbe';

const f32 = (...xs: number[]) => Float32Array.from(xs);

/** W_hh = u uᵀ/‖u‖²: every state is projected back onto the pattern u = (1, 2, 3). */
const attractor: ProbeModel = {
  weights: {
    wih: new Float32Array(6),
    whh: f32(1, 2, 3, 2, 4, 6, 3, 6, 9).map((v) => v / 14),
    decoder: f32(1, 1, 1),
  },
  n: 3,
  activation: 'relu',
  placeCells: null,
};

describe('runProbe', () => {
  test('a free run from the attractor pattern stays on it', () => {
    const r = runProbe(
      { start: { kind: 'state', state: f32(1, 2, 3) }, steps: 4, velocities: null, perturb: null },
      attractor,
    );
    expect(r.frames.length).toBe(15);
    expect(r.maxActivity).toBeCloseTo(3, 5);
    expect(r.summary.verdict).toBe('the pattern persists');
    expect(r.truePositions).toBeNull();
    expect(r.errorCm).toBeNull();
  });

  test('after a kick the state returns: correlation with the unkicked run goes back to 1', () => {
    const r = runProbe(
      {
        start: { kind: 'state', state: f32(1, 2, 3) },
        steps: 5,
        velocities: null,
        perturb: { atStep: 2, noise: 1, seed: 4 },
      },
      attractor,
    );
    expect(r.correlation[2]).toBeLessThan(0.99);
    expect(r.correlation[3]).toBeCloseTo(1, 5);
    expect(r.referenceFrame).toBe(2);
  });

  test('a position start integrates the velocities into the true path and decodes', () => {
    const placeCells = createPlaceCells(new Rng(2), { count: 16 });
    const model: ProbeModel = {
      weights: {
        encoder: new Float32Array(3 * 16).fill(0.1),
        wih: new Float32Array(6),
        whh: f32(1, 0, 0, 0, 1, 0, 0, 0, 1),
        decoder: new Float32Array(16 * 3).fill(1),
      },
      n: 3,
      activation: 'relu',
      placeCells,
    };
    const r = runProbe(
      {
        start: { kind: 'position', position: [0.1, -0.2] },
        steps: 2,
        velocities: f32(0.01, 0, 0, 0.02),
        perturb: null,
      },
      model,
    );
    const truth = Array.from(r.truePositions!);
    [0.11, -0.2, 0.11, -0.18].forEach((v, i) => expect(truth[i]).toBeCloseTo(v, 6));
    expect(r.decoded!.length).toBe(4);
    expect(r.errorCm).toBeGreaterThan(0);
  });

  test('refuses what it cannot do, with a reason', () => {
    const base = { velocities: null, perturb: null };
    expect(() =>
      runProbe({ ...base, start: { kind: 'position', position: [0, 0] }, steps: 3 }, attractor),
    ).toThrow(/place cells/);
    expect(() =>
      runProbe({ ...base, start: { kind: 'random', seed: 1 }, steps: 0 }, attractor),
    ).toThrow(/steps/);
    expect(() => probeWeightsFrom({ whh: f32(1) })).toThrow(/wih/);
    const r = runProbe({ ...base, start: { kind: 'random', seed: 1 }, steps: 3 }, attractor);
    expect(Array.from(r.frames.subarray(0, 3)).every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
