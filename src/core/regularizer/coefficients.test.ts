import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { inhibitorSchema, type InhibitorConfig } from '../config/schema';
import fixture from '../manifolds/fixtures/authors-code-manifolds.json';
import { authorsCases, expectNoLeak, maxAbsDiff } from '../manifolds/testing';
import { getManifold } from '../manifolds';
import { Rng } from '../random';
import { dogKappa } from '../inhibitors';
import { penaltyAndGradFixed, penaltyAndGradTrained } from './penalty';
import {
  coefficients,
  coefficientsTensor,
  effectiveLambda,
  moduliCoefficients,
  shuffledCoefficients,
} from './coefficients';

const dog = inhibitorSchema.parse({ kind: 'dog' }) as Extract<InhibitorConfig, { kind: 'dog' }>;
/** The authors' `square` (d²) and `ripple` (50 + 50 cos 2d) as our inhibitors. */
const square = inhibitorSchema.parse({ kind: 'diffusion', c: 1, power: 2 });
const ripple = inhibitorSchema.parse({ kind: 'sinusoid', c: 50, mu: 2 });

describe.each(authorsCases)(
  '%s coefficients match the authors’ code',
  (name, manifold, positions) => {
    const reference = fixture[name];
    const ours = (inhibitor: InhibitorConfig) =>
      moduliCoefficients({ manifold, inhibitor, positions });

    test('square d² and ripple 50 + 50 cos 2d', () => {
      expect(maxAbsDiff(ours(square), reference.square.flat())).toBeLessThan(1e-3);
      expect(maxAbsDiff(ours(ripple), reference.ripple.flat())).toBeLessThan(1e-3);
    });

    test('DoG up to the constant shift of κ: theirs = ours − min(ours)', () => {
      // Theirs: M − 100·g with M the realised max of 100·g; ours: 100κ − 100·g, whose minimum is
      // 100κ − M. So theirs = ours − min(ours), and ours ≥ 0 with min(ours) = 100κ − M ≥ 0.
      const c = ours(dog);
      const shift = Math.min(...c);
      expect(shift).toBeGreaterThanOrEqual(0);
      expect(
        maxAbsDiff(
          c.map((v) => v - shift),
          reference.DoG_inverted.flat(),
        ),
      ).toBeLessThan(5e-3);
    });
  },
);

describe('DoG κ realised (the authors’ code)', () => {
  const realised = inhibitorSchema.parse({ kind: 'dog', kappa: 'realised' });

  test.each(authorsCases)(
    '%s: C equals the authors’ DoG matrix itself',
    (name, manifold, positions) => {
      const c = moduliCoefficients({ manifold, inhibitor: realised, positions });
      expect(Math.min(...c)).toBe(0);
      expect(maxAbsDiff(c, fixture[name].DoG_inverted.flat())).toBeLessThan(5e-3);
    },
  );

  test('κ = the largest bracket over the sampled distances: two points at distance 1 on the torus', () => {
    // g(d) = e^{−d²/5} − e^{−4d²}; the pairs are at 0 (g = 0) and 1 (g = e^{−0.2} − e^{−4}),
    // so κ = g(1), C = 100·(g(1) − g): 0 off the diagonal, 100·g(1) = 80.04 on it.
    const torus = getManifold('torus', 2);
    const c = moduliCoefficients({
      manifold: torus,
      inhibitor: realised,
      positions: Float32Array.from([0, 0, 1, 0]),
    });
    const g1 = Math.exp(-0.2) - Math.exp(-4);
    expect(c[0]).toBeCloseTo(100 * g1, 3);
    expect(c[1]).toBeCloseTo(0, 4);
  });

  test('a trained embedding’s C per step is the same matrix, its gradient f′ unchanged', () => {
    const torus = getManifold('torus', 2);
    const positions = torus.sample(12, new Rng(5));
    const fixedC = moduliCoefficients({ manifold: torus, inhibitor: realised, positions });
    tf.tidy(() => {
      const p = tf.tensor2d(positions, [12, 2]);
      const w = tf.randomNormal([12, 12], 0, 1, 'float32', 3) as tf.Tensor2D;
      const trained = penaltyAndGradTrained(torus, realised, p, w, 0.1, 1);
      const fixed = penaltyAndGradFixed(tf.tensor2d(fixedC, [12, 12]), w, 0.1, 1);
      const peak = penaltyAndGradTrained(torus, dog, p, w, 0.1, 1);
      expect(trained.penalty.dataSync()[0]).toBeCloseTo(fixed.penalty.dataSync()[0], 4);
      expect(maxAbsDiff(trained.gradPositions.dataSync(), peak.gradPositions.dataSync())).toBe(0);
    });
  });
});

describe('conditions', () => {
  const manifold = getManifold('torus', 2);
  const positions = manifold.sample(30, new Rng(3));
  const embedding = { manifold, inhibitor: dog, positions };
  const moduli = moduliCoefficients(embedding);

  test('moduli: C[j,k] = f(d(p_j, p_k)), n × n', () => {
    expect(coefficients('moduli', embedding, new Rng(0))).toEqual(moduli);
    expect(moduli).toHaveLength(900);
    const d = manifold.distance(positions.subarray(0, 2), positions.subarray(2, 4));
    const f = 100 * dogKappa(dog) - 100 * (Math.exp(-(d * d) / 5) - Math.exp(-4 * d * d));
    expect(moduli[1]).toBeCloseTo(f, 4);
    expect(moduli[30]).toBe(moduli[1]);
  });

  test('shuffled: the same multiset of values, another matrix, reproducible from the seed', () => {
    const shuffled = coefficients('shuffled', embedding, new Rng(9));
    expect([...shuffled].sort((a, b) => a - b)).toEqual([...moduli].sort((a, b) => a - b));
    expect(shuffled).not.toEqual(moduli);
    expect(shuffledCoefficients(moduli, new Rng(9))).toEqual(shuffled);
    expect(shuffledCoefficients(moduli, new Rng(10))).not.toEqual(shuffled);
    // The diagonal (f(0) everywhere) is no longer special: entries move across it too.
    expect([...Array(30).keys()].some((j) => shuffled[j * 31] !== moduli[j * 31])).toBe(true);
  });

  test('l1 and none are all ones; none has λ = 0', () => {
    for (const condition of ['l1', 'none'] as const) {
      const c = coefficients(condition, embedding, new Rng(0));
      expect(c).toHaveLength(900);
      expect(c.every((v) => v === 1)).toBe(true);
    }
    expect(effectiveLambda({ condition: 'none', lambda: 0.1, exponent: 1 })).toBe(0);
    expect(effectiveLambda({ condition: 'l1', lambda: 0.1, exponent: 1 })).toBe(0.1);
    expect(effectiveLambda({ condition: 'moduli', lambda: 0.1, exponent: 2 })).toBe(0.1);
  });
});

describe.each(['circle', 'sphere', 'torus', 'ntorus', 'klein', 'euclidean'] as const)(
  'coefficientsTensor on %s',
  (id) => {
    test('equals the JS matrix and does not leak', () => {
      const manifold = getManifold(id, 3);
      const positions = manifold.sample(25, new Rng(4));
      const t = tf.tensor2d(positions, [25, manifold.dim]);
      const c = coefficientsTensor(manifold, dog, t);
      expect(
        maxAbsDiff(c.dataSync(), moduliCoefficients({ manifold, inhibitor: dog, positions })),
      ).toBeLessThan(2e-3);
      expectNoLeak(() => coefficientsTensor(manifold, dog, t));
      tf.dispose([t, c]);
    });
  },
);
