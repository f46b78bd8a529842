import { describe, expect, test } from 'vitest';
import { Rng } from '../random';
import { createPlaceCells } from '../tasks/navigation/placeCells';
import { probeEngine, probeEngineCache } from './engine';
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
    expect(r.verdict.text).toBe('the pattern persists');
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

describe('runProbe on a pruned network', () => {
  const n = 40;
  const rng = new Rng(6);
  const rand = (size: number, s: number) =>
    Float32Array.from({ length: size }, () => rng.range(-s, s));
  const mask = Uint8Array.from({ length: n * n }, () => (rng.uniform() < 0.9 ? 0 : 1));
  const model: ProbeModel = {
    weights: {
      wih: rand(n * 2, 1),
      whh: rand(n * n, 2.5 / Math.sqrt(0.1 * n)).map((w, i) => w * mask[i]),
      decoder: rand(n, 0.3),
    },
    n,
    activation: 'relu',
    placeCells: null,
    masks: { whh: mask },
  };
  const request = {
    start: { kind: 'random' as const, seed: 3 },
    steps: 20,
    velocities: null,
    perturb: { atStep: 5, noise: 0.5, seed: 2 },
  };

  test('runs on the sparse engine, and matches the dense loop', () => {
    const sparse = runProbe(request, model);
    const dense = runProbe(request, { ...model, masks: null });
    expect([sparse.engine, dense.engine]).toEqual(['sparse', 'dense']);
    let diff = 0;
    for (let i = 0; i < dense.frames.length; i++)
      diff = Math.max(diff, Math.abs(sparse.frames[i] - dense.frames[i]));
    expect(diff / dense.maxActivity).toBeLessThan(1e-5);
    expect(sparse.verdict).toEqual(dense.verdict);
  });

  test('stays on the dense loop when the mask keeps more than half of W_hh', () => {
    const light = { ...model, masks: { whh: new Uint8Array(n * n).fill(1) } };
    expect(probeEngine(light)).toBeNull();
    expect(runProbe(request, light).engine).toBe('dense');
  });

  test('the engine cache rebuilds only when the weights change', () => {
    const engineFor = probeEngineCache();
    const first = engineFor(model);
    expect(first).not.toBeNull();
    const copied = { ...model, weights: { ...model.weights, wih: model.weights.wih.slice() } };
    expect(engineFor(copied)).toBe(first);
    const changed = model.weights.wih.slice();
    changed[0] += 1;
    expect(engineFor({ ...model, weights: { ...model.weights, wih: changed } })).not.toBe(first);
    expect(engineFor({ ...model, masks: null })).toBeNull();
  });
});
