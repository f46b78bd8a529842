import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../random';
import {
  evaluate,
  initialValues,
  paramShapes,
  type Batch,
  type NetworkShape,
} from '../model/network';
import {
  appendColumns,
  csrMap,
  denseMap,
  evaluateBatch,
  networkMaps,
  runForward,
  simdForward,
  simdSupported,
  toCsr,
} from '.';
import { relativeError } from '../../../tests/numerics';

function randomMask(size: number, sparsity: number, rng: Rng): Uint8Array {
  return Uint8Array.from({ length: size }, () => (rng.uniform() < sparsity ? 0 : 1));
}

describe('toCsr', () => {
  test('keeps the masked-in non-zero entries row by row', () => {
    const dense = Float32Array.from([1, 2, 0, 0, 5, 6, 7, 0, 9]);
    const mask = Uint8Array.from([1, 0, 1, 1, 1, 1, 1, 1, 0]);
    const csr = toCsr(dense, mask, 3);
    expect(Array.from(csr.rowPtr)).toEqual([0, 1, 3, 4]);
    expect(Array.from(csr.colIdx)).toEqual([0, 1, 2, 0]);
    expect(Array.from(csr.values)).toEqual([1, 5, 6, 7]);
  });

  test('refuses a mask of the wrong size', () => {
    expect(() => toCsr(new Float32Array(4), new Uint8Array(3), 2)).toThrow(/mask/);
  });

  test('appendColumns puts the second matrix to the right of the first', () => {
    const a = toCsr(Float32Array.from([1, 0, 0, 2]), null, 2);
    const b = toCsr(Float32Array.from([0, 3, 0, 0, 0, 5]), null, 2, 3);
    const ab = appendColumns(a, b);
    expect([ab.rows, ab.cols]).toEqual([2, 5]);
    expect(Array.from(ab.rowPtr)).toEqual([0, 2, 4]);
    expect(Array.from(ab.colIdx)).toEqual([0, 3, 1, 4]);
    expect(Array.from(ab.values)).toEqual([1, 3, 2, 5]);
  });
});

/** A random network with W_hh at the given sparsity, as dense JS maps and as CSR matrices. */
function randomNetwork(activation: 'relu' | 'tanh', sparsity: number, withBias: boolean) {
  const rng = new Rng(3);
  const [n, input, out] = [60, 2, 9];
  const rand = (size: number, scale: number) =>
    Float32Array.from({ length: size }, () => rng.range(-scale, scale));
  const mask = randomMask(n * n, sparsity, rng);
  const whh = rand(n * n, 1.5 / Math.sqrt(1 - sparsity) / 4).map((w, i) => w * mask[i]);
  const wih = rand(n * input, 1);
  const decoder = rand(out * n, 0.3);
  const bias = withBias ? rand(n, 0.1) : null;
  const decoderBias = withBias ? rand(out, 0.1) : null;
  const common = { bias, activation, decoderBias };
  const dense = {
    ...common,
    whh: denseMap(whh, n, n),
    wih: denseMap(wih, n, input),
    decoder: denseMap(decoder, out, n),
  };
  const csr = {
    ...common,
    whh: toCsr(whh, mask, n),
    wih: toCsr(wih, null, n, input),
    decoder: toCsr(decoder, null, out, n),
  };
  const inputsFor = (T: number, B: number) => rand(T * B * input, 1);
  const h0For = (B: number) => rand(B * n, 1).map(Math.abs);
  return { n, input, out, dense, csr, inputsFor, h0For };
}

describe('the WASM SIMD forward pass equals the dense JS one', () => {
  test('runs here', () => expect(simdSupported).toBe(true));

  test.each([
    ['ReLU, 90% sparse', 'relu', 0.9, false],
    ['ReLU with bias, 98% sparse', 'relu', 0.98, true],
    ['tanh with bias, 98% sparse', 'tanh', 0.98, true],
    ['tanh, dense W_hh', 'tanh', 0, false],
  ] as const)('%s, for any batch size and read-out', (_name, activation, sparsity, withBias) => {
    const net = randomNetwork(activation, sparsity, withBias);
    const forward = simdForward(net.csr);
    const T = 7;
    for (const batch of [1, 3, 4, 9, 50]) {
      const h0 = net.h0For(batch);
      const inputs = net.inputsFor(T, batch);
      for (const readout of ['all', 'last', 'none'] as const) {
        for (const states of ['all', 'last'] as const) {
          const options = { seqLen: T, batch, readout, states };
          const simd = forward(h0, inputs, options);
          const dense = runForward(net.dense, h0, inputs, options);
          expect(simd.states.length).toBe((states === 'all' ? T : 1) * batch * net.n);
          expect(relativeError(simd.states, dense.states)).toBeLessThan(1e-5);
          if (readout === 'none') expect(simd.outputs).toBeNull();
          else expect(relativeError(simd.outputs!, dense.outputs!)).toBeLessThan(1e-5);
        }
      }
    }
  });
});

test('a ReLU run longer than one WASM call carries its state from call to call', () => {
  // n = 300 over 196 lanes: 237 KB a step, so a call takes 34 of the 50 steps (8 MB of slots).
  const rng = new Rng(5);
  const [n, B, T] = [300, 196, 50];
  const mask = randomMask(n * n, 0.9, rng);
  const whh = Float32Array.from(mask, (m) => m * rng.range(-0.18, 0.18));
  const wih = Float32Array.from({ length: n * 2 }, () => rng.range(-1, 1));
  const common = { bias: null, activation: 'relu', decoder: null, decoderBias: null } as const;
  const h0 = Float32Array.from({ length: B * n }, () => rng.uniform());
  const inputs = Float32Array.from({ length: T * B * 2 }, () => rng.range(-0.1, 0.1));
  const options = { seqLen: T, batch: B, readout: 'none', states: 'all' } as const;
  const csr = { ...common, whh: toCsr(whh, mask, n), wih: toCsr(wih, null, n, 2) };
  const simd = simdForward(csr)(h0, inputs, options).states;
  const js = runForward(
    { ...common, whh: csrMap(csr.whh), wih: denseMap(wih, n, 2) },
    h0,
    inputs,
    options,
  );
  expect(
    relativeError(simd.subarray((T - 1) * B * n), js.states.subarray((T - 1) * B * n)),
  ).toBeLessThan(1e-5);
  expect(relativeError(simd, js.states)).toBeLessThan(1e-5);
});

describe('the CSR JS forward pass equals the dense JS one', () => {
  test.each([
    ['ReLU, 90% sparse', 'relu', 0.9, false],
    ['tanh with bias, 98% sparse', 'tanh', 0.98, true],
  ] as const)(
    '%s, in one run and stepped one step at a time',
    (_name, activation, sparsity, withBias) => {
      const net = randomNetwork(activation, sparsity, withBias);
      const [T, B] = [7, 4];
      const h0 = net.h0For(B);
      const inputs = net.inputsFor(T, B);
      const sparseMaps = { ...net.dense, whh: csrMap(net.csr.whh) };
      const options = { seqLen: T, batch: B, readout: 'all' } as const;
      const sparse = runForward(sparseMaps, h0, inputs, options);
      const dense = runForward(net.dense, h0, inputs, options);
      expect(relativeError(sparse.states, dense.states)).toBeLessThan(1e-6);
      expect(relativeError(sparse.outputs!, dense.outputs!)).toBeLessThan(1e-6);

      // A free-running trajectory stepped one step at a time reaches the same state and read-out,
      // through the states that states 'all' returns.
      const every = runForward(net.dense, h0, inputs, { ...options, states: 'all' }).states;
      let h: Float32Array = h0;
      let last: Float32Array | null = null;
      for (let t = 0; t < T; t++) {
        const x = inputs.subarray(t * B * net.input, (t + 1) * B * net.input);
        const step = runForward(sparseMaps, h, x, { seqLen: 1, batch: B, readout: 'last' });
        h = step.states;
        last = step.outputs;
        const expected = every.subarray(t * B * net.n, (t + 1) * B * net.n);
        expect(relativeError(h, expected)).toBeLessThan(1e-6);
      }
      expect(relativeError(h, dense.states)).toBeLessThan(1e-6);
      expect(relativeError(last!, dense.outputs!.subarray((T - 1) * B * net.out))).toBeLessThan(
        1e-6,
      );
    },
  );
});

const navigationLike: NetworkShape = {
  hidden: 16,
  input: 2,
  output: 7,
  encoderInput: 7,
  bias: false,
  activation: 'relu',
  head: 'softmaxAllSteps',
};
const addingLike: NetworkShape = {
  hidden: 16,
  input: 2,
  output: 1,
  encoderInput: null,
  bias: true,
  activation: 'tanh',
  head: 'mseLastStep',
};

describe.each([
  ['navigation-like', navigationLike],
  ['adding-like', addingLike],
])('a pruned %s network evaluates as tfjs evaluates it', (_name, shape) => {
  test.each(['csr', 'dense'] as const)('%s storage', (storage) => {
    const rng = new Rng(11);
    const weights = initialValues(shape, rng);
    const masks = { whh: randomMask(shape.hidden ** 2, 0.9, rng) };
    weights.whh = weights.whh.map((w, i) => w * masks.whh[i]);
    const [T, B] = [6, 3];
    const rand = (size: number) => Float32Array.from({ length: size }, () => rng.range(-1, 1));
    const batch: Batch = {
      seqLen: T,
      batch: B,
      inputs: rand(T * B * shape.input),
      startCode: shape.encoderInput ? rand(B * shape.encoderInput).map(Math.abs) : null,
      targets: rand((shape.head === 'softmaxAllSteps' ? T * B : B) * shape.output),
    };
    const shapes = paramShapes(shape);
    const reference = tf.tidy(() => {
      const params = Object.fromEntries(
        Object.entries(weights).map(([k, v]) => [k, tf.tensor(v, shapes[k])]),
      );
      return evaluate(shape, params, batch).output.dataSync() as Float32Array;
    });
    const ours = evaluateBatch(shape, networkMaps(shape, weights, masks, storage), batch);
    expect(relativeError(ours, reference)).toBeLessThan(1e-5);
  });
});
