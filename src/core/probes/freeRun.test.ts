import { describe, expect, test } from 'vitest';
import { Rng } from '../random';
import { createPlaceCells, placeCellTargets } from '../tasks/navigation/placeCells';
import { networkMaps } from '../sparse';
import { freeRun, type ProbeWeights } from './freeRun';
import { relativeError } from '../../../tests/numerics';

const f32 = (...xs: number[]) => Float32Array.from(xs);
const rows = (a: Float32Array, n: number) =>
  Array.from({ length: a.length / n }, (_, t) => Array.from(a.subarray(t * n, (t + 1) * n)));

describe('freeRun on two units', () => {
  // W[j,k] is the weight from unit k to unit j: this W_hh swaps the two units.
  const swap: ProbeWeights = {
    wih: f32(0, 0, 0, 0),
    whh: f32(0, 1, 1, 0),
    decoder: f32(1, 1),
  };

  test('with no input the state follows W_hh alone: a swap alternates', () => {
    const run = freeRun({
      weights: swap,
      n: 2,
      activation: 'relu',
      start: { state: f32(1, 0) },
      velocities: null,
      steps: 3,
    });
    expect(Array.from(run.initial)).toEqual([1, 0]);
    expect(rows(run.states, 2)).toEqual([
      [0, 1],
      [1, 0],
      [0, 1],
    ]);
    expect(run.decoded).toBeNull();
  });

  test('inputs enter through W_ih and ReLU clips at zero', () => {
    // h1 = relu([0.5·2 + 1·1, 2·2 − 1·5]) = relu([2, −1]) = [2, 0]
    const weights: ProbeWeights = {
      wih: f32(1, 0, 0, -1),
      whh: f32(0.5, 0, 0, 2),
      decoder: f32(1, 0, 0, 1),
    };
    const common = { weights, n: 2, start: { state: f32(2, 2) }, velocities: f32(1, 5), steps: 1 };
    expect(Array.from(freeRun({ ...common, activation: 'relu' }).states)).toEqual([2, 0]);
    const tanh = freeRun({ ...common, activation: 'tanh' }).states;
    expect(tanh[0]).toBeCloseTo(Math.tanh(2), 6);
    expect(tanh[1]).toBeCloseTo(Math.tanh(-1), 6);
  });

  test('a bias drives the state from zero (the adding task)', () => {
    const run = freeRun({
      weights: { ...swap, bias: f32(0.25, -1), decoderBias: f32(3) },
      n: 2,
      activation: 'relu',
      start: { state: f32(0, 0) },
      velocities: null,
      steps: 2,
      keepLogits: true,
    });
    // h1 = relu([0.25, −1]) = [0.25, 0]; h2 = relu([0 + 0.25, 0.25 − 1]) = [0.25, 0]
    expect(rows(run.states, 2)).toEqual([
      [0.25, 0],
      [0.25, 0],
    ]);
    expect(Array.from(run.logits!)).toEqual([3.25, 3.25]);
  });

  test('a place-code start is h0 = Encoder·pc, with no nonlinearity', () => {
    const run = freeRun({
      weights: { ...swap, encoder: f32(1, 2, -3, 4, 5, 6) },
      n: 2,
      activation: 'relu',
      start: { placeCode: f32(0, 0, 1) },
      velocities: null,
      steps: 1,
    });
    expect(Array.from(run.initial)).toEqual([-3, 6]);
    expect(Array.from(run.states)).toEqual([6, 0]);
  });

  test('a perturbation changes the kicked frame and what follows, nothing before', () => {
    const identity: ProbeWeights = {
      wih: f32(0, 0, 0, 0),
      whh: f32(1, 0, 0, 1),
      decoder: f32(1, 1),
    };
    const run = freeRun({
      weights: identity,
      n: 2,
      activation: 'relu',
      start: { state: f32(1, 1) },
      velocities: null,
      steps: 4,
      perturb: { atStep: 2, noise: 0.5, rng: new Rng(3) },
    });
    const [h1, h2, h3, h4] = rows(run.states, 2);
    expect(h1).toEqual([1, 1]);
    expect(h2).not.toEqual([1, 1]);
    expect(h2.every((v) => v >= 0)).toBe(true);
    expect(h3).toEqual(h2);
    expect(h4).toEqual(h2);
  });

  test('refuses mismatched sizes with a message', () => {
    const base = { weights: swap, n: 2, activation: 'relu' as const, steps: 2 };
    expect(() => freeRun({ ...base, start: { state: f32(1) }, velocities: null })).toThrow(
      /start state/,
    );
    expect(() => freeRun({ ...base, start: { state: f32(1, 0) }, velocities: f32(1, 2) })).toThrow(
      /inputs/,
    );
    expect(() => freeRun({ ...base, start: { placeCode: f32(1) }, velocities: null })).toThrow(
      /encoder/,
    );
  });
});

describe('decoding through place cells', () => {
  const cells = createPlaceCells(new Rng(7), { count: 512 });

  test('the place code of a position decodes to about that position', () => {
    for (const [x, y] of [
      [0, 0],
      [0.5, -0.3],
      [-0.9, 0.8],
    ]) {
      // An "RNN" whose hidden layer is the place code itself: Encoder = W_hh = D = I.
      const np = cells.count;
      const eye = new Float32Array(np * np);
      for (let i = 0; i < np; i++) eye[i * np + i] = 1;
      const run = freeRun({
        weights: { encoder: eye, wih: new Float32Array(np * 2), whh: eye, decoder: eye },
        n: np,
        activation: 'relu',
        start: { placeCode: placeCellTargets(cells, f32(x, y)) },
        velocities: null,
        steps: 3,
        centres: cells.centres,
      });
      for (let t = 0; t < 3; t++) {
        const err = Math.hypot(run.decoded![2 * t] - x, run.decoded![2 * t + 1] - y);
        expect(err).toBeLessThan(0.1);
      }
    }
  });

  test('is fast enough for n = 1024 over 200 steps', () => {
    const n = 1024;
    const rng = new Rng(1);
    const rand = (size: number, s: number) =>
      Float32Array.from({ length: size }, () => rng.range(-s, s));
    const weights: ProbeWeights = {
      wih: rand(n * 2, 0.1),
      whh: rand(n * n, 1 / Math.sqrt(n)),
      decoder: rand(512 * n, 0.05),
    };
    const began = performance.now();
    freeRun({
      weights,
      n,
      activation: 'relu',
      start: { state: rand(n, 1).map(Math.abs) },
      velocities: new Float32Array(400),
      steps: 200,
      centres: cells.centres,
    });
    expect(performance.now() - began).toBeLessThan(5000);
  });
});

describe('on the sparse engine, a pruned network runs as in the dense loop', () => {
  const [n, np, steps] = [48, 24, 30];
  const rng = new Rng(5);
  const rand = (size: number, s: number) =>
    Float32Array.from({ length: size }, () => rng.range(-s, s));
  const mask = Uint8Array.from({ length: n * n }, () => (rng.uniform() < 0.9 ? 0 : 1));
  const whh = rand(n * n, 2.5 / Math.sqrt(0.1 * n)).map((w, i) => w * mask[i]);
  const cells = createPlaceCells(new Rng(8), { count: np });
  const navigation = {
    shape: { input: 2, output: np, bias: false, activation: 'relu' as const },
    weights: { encoder: rand(n * np, 0.5), wih: rand(n * 2, 1), whh, decoder: rand(np * n, 0.3) },
    start: { placeCode: placeCellTargets(cells, f32(0.2, -0.1)) },
    centres: cells.centres,
  };
  const adding = {
    shape: { input: 2, output: 1, bias: true, activation: 'tanh' as const },
    weights: { wih: rand(n * 2, 1), whh, decoder: rand(n, 0.3), bias: rand(n, 0.2) },
    start: { state: rand(n, 1) },
    centres: undefined,
  };
  const addingBiases = { ...adding.weights, decoderBias: f32(0.4) };

  test.each([
    ['navigation, decoded, with velocities', navigation, true, undefined],
    ['navigation, zero inputs, kicked at step 0', navigation, false, 0],
    ['navigation, kicked mid-run', navigation, true, 12],
    ['navigation, kicked after the last step', navigation, true, steps],
    ['adding (tanh, bias), kicked mid-run', { ...adding, weights: addingBiases }, true, 7],
    ['adding (tanh, bias), zero inputs', { ...adding, weights: addingBiases }, false, undefined],
  ])('%s', (_name, net, withInputs, atStep) => {
    const shape = { hidden: n, encoderInput: null, ...net.shape };
    const { forward } = networkMaps(shape, net.weights, { whh: mask }, 'csr');
    const velocities = withInputs ? rand(steps * 2, 0.05) : null;
    const run = (engine?: typeof forward) =>
      freeRun({
        weights: net.weights,
        n,
        activation: net.shape.activation,
        start: net.start,
        velocities,
        steps,
        perturb: atStep === undefined ? undefined : { atStep, noise: 0.5, rng: new Rng(9) },
        centres: net.centres,
        keepLogits: true,
        forward: engine,
      });
    const dense = run();
    const sparse = run(forward);
    // Still active at the end, so the comparison covers the whole run.
    expect(Math.max(...dense.states.subarray((steps - 1) * n).map(Math.abs))).toBeGreaterThan(0.01);
    expect(relativeError(sparse.initial, dense.initial)).toBe(0);
    expect(relativeError(sparse.states, dense.states)).toBeLessThan(1e-5);
    expect(relativeError(sparse.logits!, dense.logits!)).toBeLessThan(1e-5);
    if (net.centres) expect(relativeError(sparse.decoded!, dense.decoded!)).toBeLessThan(1e-5);
    else expect(sparse.decoded).toBeNull();
  });
});
