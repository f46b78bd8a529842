import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { Adam, MODULI_ADAM, type AdamOptions } from '../../optim/adam';
import { Rng } from '../../random';
import { withoutWasmKernels } from './index';

/** Sizes off and on multiples of four, and one of W_hh's order of size. */
const SHAPES: Record<string, number[]> = {
  one: [1],
  odd: [7],
  bias: [65],
  wide: [257, 3],
  large: [512, 256],
};
const MASKED = ['odd', 'wide', 'large'];
const RATES = { bias: 0.3, large: 5e-4 };

/** Normal values times 10^[−40, 3) (the smallest subnormal in float32), a tenth of them 0. */
const spread = (rng: Rng, size: number) =>
  Float32Array.from({ length: size }, () =>
    rng.uniform() < 0.1 ? 0 : rng.normal() * 10 ** rng.range(-40, 3),
  );

const tensors = (rng: Rng, values: (rng: Rng, size: number) => Float32Array) =>
  Object.fromEntries(
    Object.entries(SHAPES).map(([k, s]) => [k, tf.tensor(values(rng, s[0] * (s[1] ?? 1)), s)]),
  );

const masksFor = (rng: Rng) =>
  tensors(rng, (r, size) => Float32Array.from({ length: size }, () => +(r.uniform() < 0.7)));

/** Index of the first element whose bits differ, or −1. */
function firstDifference(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  const [x, y] = [a, b].map((f) => new Uint32Array(f.buffer, f.byteOffset, f.length));
  return x.findIndex((bits, i) => bits !== y[i]);
}

const snapshot = (adam: Adam, variables: Record<string, tf.Variable>) => ({
  w: Object.fromEntries(
    Object.entries(variables).map(([k, v]) => [k, (v.dataSync() as Float32Array).slice()]),
  ),
  ...adam.state(),
});

describe('ModuliAdam (WASM)', () => {
  const OPTIONS: [string, AdamOptions][] = [
    ['Adam', { learningRate: 1e-3, weightDecay: 0 }],
    ['AdamW', { learningRate: 1e-3, weightDecay: 0.05 }],
    [
      'AdamW, other betas',
      { learningRate: 0.02, weightDecay: 1e-4, beta1: 0.8, beta2: 0.95, epsilon: 1e-6 },
    ],
  ];
  const CASES = OPTIONS.flatMap(([label, options]) =>
    [false, true].map((masked) => [label, masked, options] as const),
  );

  it.each(CASES)(
    '%s (masked: %s) is bit-equal to the composite over 5 steps',
    (_, masked, options) => {
      const rng = new Rng(masked ? 11 : 12);
      const init = tensors(rng, spread);
      const allMasks = masksFor(rng);
      const masks = masked
        ? Object.fromEntries(Object.entries(allMasks).filter(([k]) => MASKED.includes(k)))
        : {};
      const [fusedW, compositeW] = [0, 1].map(() =>
        Object.fromEntries(Object.entries(init).map(([k, t]) => [k, tf.variable(t)])),
      );
      const [fused, composite] = [new Adam(options), new Adam(options)];
      for (let step = 0; step < 5; step++) {
        const grads = tensors(rng, spread);
        fused.apply(fusedW, grads, masks, RATES);
        withoutWasmKernels([MODULI_ADAM], () => composite.apply(compositeW, grads, masks, RATES));
        const [a, b] = [snapshot(fused, fusedW), snapshot(composite, compositeW)];
        for (const part of ['w', 'm', 'v'] as const)
          for (const k of Object.keys(SHAPES))
            expect(firstDifference(a[part][k], b[part][k]), `step ${step}, ${part} ${k}`).toBe(-1);
        tf.dispose(grads);
      }
      [fused, composite].forEach((adam) => adam.dispose());
      tf.dispose([init, allMasks, fusedW, compositeW]);
    },
  );

  it('is what Adam.apply runs, and leaks nothing', async () => {
    const rng = new Rng(3);
    const [variables, grads, masks] = [tensors(rng, spread), tensors(rng, spread), masksFor(rng)];
    const w = Object.fromEntries(Object.entries(variables).map(([k, t]) => [k, tf.variable(t)]));
    const adam = new Adam({ learningRate: 1e-3, weightDecay: 0.01 });
    const profile = await tf.profile(() => adam.apply(w, grads, masks, RATES));
    expect(profile.kernelNames).toContain(MODULI_ADAM);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) adam.apply(w, grads, masks, RATES);
    expect(tf.memory().numTensors).toBe(before);
    adam.dispose();
    tf.dispose([variables, grads, masks, w]);
  });

  it.each(['kernel', 'composite'])('gives the hand-computed first step (%s)', (path) => {
    // g = 0.5, m = v = 0, w = 1, lr = 0.1 (f = Math.fround): m' = 0.5·f(0.1) = f(0.05) and
    // v' = 0.25·f(0.001) = f(0.00025) exactly (f(1 − 0.999) = f(0.001)); m'/c1 = 0.5 and
    // v'/c2 = 0.25 exactly (c1 = f(0.1), c2 = f(0.001)), √ = 0.5, and 0.5 + f(1e−8) rounds to 0.5
    // (half an ulp of 0.5 is 3e−8), so the step is 1 and w' = f(1 − f(0.1)) = f(0.9).
    const [w, g] = [tf.variable(tf.tensor1d([1])), tf.tensor1d([0.5])];
    const adam = new Adam({ learningRate: 0.1, weightDecay: 0 });
    const step = () => adam.apply({ w }, { w: g });
    if (path === 'kernel') step();
    else withoutWasmKernels([MODULI_ADAM], step);
    const { m, v } = adam.state();
    expect([w.dataSync()[0], m.w[0], v.w[0]]).toEqual([0.9, 0.05, 0.00025].map(Math.fround));
    adam.dispose();
    tf.dispose([w, g]);
  });
});
