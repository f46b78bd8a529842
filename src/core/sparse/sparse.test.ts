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
  csrMap,
  denseMap,
  evaluateBatch,
  networkMaps,
  runForward,
  simdCsrMap,
  simdSupported,
  toCsr,
} from '.';

function randomMask(size: number, sparsity: number, rng: Rng): Uint8Array {
  return Uint8Array.from({ length: size }, () => (rng.uniform() < sparsity ? 0 : 1));
}

/** Max |a − b| over max |b|: float32 storage vs float64 sums leaves ~1e-7. */
function relativeError(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let diff = 0;
  let scale = 1e-12;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return diff / scale;
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
});

describe('the WASM SIMD batch product', () => {
  test('runs here, and equals the JS product for any batch size, overwriting or adding', () => {
    expect(simdSupported).toBe(true);
    const rng = new Rng(4);
    const [rows, cols] = [37, 29];
    const mask = randomMask(rows * cols, 0.8, rng);
    const csr = toCsr(
      Float32Array.from(mask, (m) => m * rng.range(-1, 1)),
      mask,
      rows,
      cols,
    );
    for (const batch of [1, 3, 4, 9]) {
      const x = Float32Array.from({ length: batch * cols }, () => rng.range(-1, 1));
      const start = Float32Array.from({ length: batch * rows }, () => rng.range(-1, 1));
      for (const accumulate of [false, true]) {
        const [js, simd] = [start.slice(), start.slice()];
        csrMap(csr).applyBatch(x, js, batch, accumulate);
        simdCsrMap(csr).applyBatch(x, simd, batch, accumulate);
        expect(relativeError(simd, js)).toBeLessThan(1e-6);
      }
    }
  });
});

describe('sparse forward equals the dense one', () => {
  test.each([
    ['ReLU, 90% sparse', 'relu', 0.9, false],
    ['tanh with bias, 98% sparse', 'tanh', 0.98, true],
  ] as const)('%s', (_name, activation, sparsity, withBias) => {
    const rng = new Rng(3);
    const [n, input, out, T, B] = [60, 2, 9, 7, 4];
    const rand = (size: number, scale: number) =>
      Float32Array.from({ length: size }, () => rng.range(-scale, scale));
    const mask = randomMask(n * n, sparsity, rng);
    const whh = rand(n * n, 1.5).map((w, i) => w * mask[i]);
    const wih = rand(n * input, 1);
    const decoder = rand(out * n, 0.3);
    const common = {
      wih: denseMap(wih, n, input),
      bias: withBias ? rand(n, 0.1) : null,
      activation,
      decoder: denseMap(decoder, out, n),
      decoderBias: withBias ? rand(out, 0.1) : null,
    };
    const h0 = rand(B * n, 1).map(Math.abs);
    const inputs = rand(T * B * input, 1);
    const options = { seqLen: T, batch: B, readout: 'all' } as const;
    const sparse = runForward({ ...common, whh: csrMap(toCsr(whh, mask, n)) }, h0, inputs, options);
    const dense = runForward({ ...common, whh: denseMap(whh, n, n) }, h0, inputs, options);
    const simd = runForward(
      { ...common, whh: simdCsrMap(toCsr(whh, mask, n)) },
      h0,
      inputs,
      options,
    );
    for (const run of [sparse, simd]) {
      expect(relativeError(run.states, dense.states)).toBeLessThan(1e-6);
      expect(relativeError(run.outputs!, dense.outputs!)).toBeLessThan(1e-6);
    }

    // A free-running trajectory stepped one step at a time reaches the same state and read-out.
    let h: Float32Array = h0;
    let last: Float32Array | null = null;
    for (let t = 0; t < T; t++) {
      const x = inputs.subarray(t * B * input, (t + 1) * B * input);
      const step = runForward({ ...common, whh: csrMap(toCsr(whh, mask, n)) }, h, x, {
        seqLen: 1,
        batch: B,
        readout: 'last',
      });
      h = step.states;
      last = step.outputs;
    }
    expect(relativeError(h, dense.states)).toBeLessThan(1e-6);
    expect(relativeError(last!, dense.outputs!.subarray((T - 1) * B * out))).toBeLessThan(1e-6);
  });
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
