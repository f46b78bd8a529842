import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { inhibitorKinds } from '../config/inhibitorSchema';
import { inhibitorSchema, manifoldIds, type InhibitorConfig } from '../config/schema';
import { getManifold, type Manifold } from '../manifolds';
import { inhibitorTensor, inhibitorValue } from '../inhibitors';
import { Rng } from '../random';
import { expectNoLeak, maxAbsDiff } from '../manifolds/testing';
import { coefficientsTensor, moduliCoefficients } from './coefficients';
import { penaltyAndGradFixed, penaltyAndGradTrained, penaltyValue, type Exponent } from './penalty';

/*
 * A 3 × 3 example by hand, λ = 0.9, so λ/n² = 0.1:
 *   C = [1 2 0; 2 1 4; 0 4 1],  W = [0.5 −1 3; 2 0 −0.5; 1 −2 0.25]
 * ℓ = 1: Σ C|W| = 0.5 + 2 + 0 + 4 + 0 + 2 + 0 + 8 + 0.25 = 16.75 → P = 0.1·16.75 = 1.675
 *        ∂P/∂W = 0.1·C⊙sign(W) = [0.1 −0.2 0; 0.2 0 −0.4; 0 −0.4 0.1]  (sign(0) = 0)
 * ℓ = 2: Σ C W² = 0.25 + 2 + 0 + 8 + 0 + 1 + 0 + 16 + 0.0625 = 27.3125 → P = 2.73125
 *        ∂P/∂W = 0.1·C⊙2W = [0.1 −0.4 0; 0.8 0 −0.4; 0 −1.6 0.05]
 */
const C = [1, 2, 0, 2, 1, 4, 0, 4, 1];
const W = [0.5, -1, 3, 2, 0, -0.5, 1, -2, 0.25];
const byHand = {
  1: { penalty: 1.675, grad: [0.1, -0.2, 0, 0.2, 0, -0.4, 0, -0.4, 0.1] },
  2: { penalty: 2.73125, grad: [0.1, -0.4, 0, 0.8, 0, -0.4, 0, -1.6, 0.05] },
} as const;

const randomMatrix = (n: number, rng: Rng, scale = 1) =>
  Float32Array.from({ length: n * n }, () => scale * rng.normal());

describe.each([1, 2] as const)('fixed C, ℓ = %i', (exponent) => {
  test('the 3 × 3 example computed by hand', () => {
    expect(penaltyValue(C, W, 0.9, exponent)).toBeCloseTo(byHand[exponent].penalty, 12);
    const [c, w] = [tf.tensor2d(C, [3, 3]), tf.tensor2d(W, [3, 3])];
    const { penalty, gradW } = penaltyAndGradFixed(c, w, 0.9, exponent);
    expect(penalty.dataSync()[0]).toBeCloseTo(byHand[exponent].penalty, 5);
    expect(maxAbsDiff(gradW.dataSync(), byHand[exponent].grad)).toBeLessThan(1e-6);
    tf.dispose([c, w, penalty, gradW]);
  });

  test('the hand-written gradient equals tf.grad of λ·mean(C ⊙ |W|^ℓ), and nothing leaks', () => {
    const rng = new Rng(exponent);
    const c = tf.tensor2d(randomMatrix(16, rng).map(Math.abs), [16, 16]);
    const w = tf.tensor2d(randomMatrix(16, rng), [16, 16]);
    const straightforward = (x: tf.Tensor) =>
      tf.mul(0.3, tf.mean(tf.mul(c, tf.pow(tf.abs(x), exponent))));
    const expected = tf.grad(straightforward)(w);
    const { penalty, gradW } = penaltyAndGradFixed(
      c as tf.Tensor2D,
      w as tf.Tensor2D,
      0.3,
      exponent,
    );
    expect(maxAbsDiff(gradW.dataSync(), expected.dataSync())).toBeLessThan(1e-6);
    expect(penalty.dataSync()[0]).toBeCloseTo(
      penaltyValue(c.dataSync(), w.dataSync(), 0.3, exponent),
      4,
    );
    expectNoLeak(() => penaltyAndGradFixed(c as tf.Tensor2D, w as tf.Tensor2D, 0.3, exponent));
    tf.dispose([c, w, expected, penalty, gradW]);
  });
});

test('ℓ = 1 pushes every nonzero weight by λ/n²·C, however small or large (sign(0) = 0)', () => {
  const weights = [0, 1e-45, -1e-30, 1e-7, -3e38, 0.5, -2, 1.5e-38, -1e-45];
  const c = tf.fill([3, 3], 2) as tf.Tensor2D;
  const w = tf.tensor2d(weights, [3, 3]);
  const { penalty, gradW } = penaltyAndGradFixed(c, w, 0.9, 1);
  const step = (0.9 * 2) / 9;
  expect(Array.from(gradW.dataSync())).toEqual(
    weights.map((x) => Math.fround(step * Math.sign(x)) + 0),
  );
  tf.dispose([c, w, penalty, gradW]);
});

/** The penalty of a trained embedding in float64 JS, for finite differences. */
function penaltyOfPositions(
  manifold: Manifold,
  inhibitor: InhibitorConfig,
  positions: Float64Array,
  w: Float32Array,
  exponent: Exponent,
): number {
  const n = positions.length / manifold.dim;
  const point = (j: number) => positions.subarray(j * manifold.dim, (j + 1) * manifold.dim);
  const c: number[] = [];
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < n; k++)
      c.push(inhibitorValue(inhibitor, manifold.distance(point(j), point(k))));
  }
  return penaltyValue(c, w, 0.5, exponent);
}

const dog = inhibitorSchema.parse({ kind: 'dog' });
const trainedCases = [
  ['torus', getManifold('torus', 2), dog],
  ['klein', getManifold('klein', 2), dog],
  ['sphere', getManifold('sphere', 3), inhibitorSchema.parse({ kind: 'ricker' })],
  ['circle', getManifold('circle', 1), inhibitorSchema.parse({ kind: 'sinusoid' })],
  ['R³', getManifold('euclidean', 3), dog],
] as const;

describe.each(trainedCases)('trained embedding on the %s', (_, manifold, inhibitor) => {
  const n = 5;
  const rng = new Rng(21);
  // Small positions so that pairs fall on the inhibitor's slopes, not its flat tails.
  const positions = Float32Array.from(manifold.sample(n, rng), (x) =>
    manifold.id === 'sphere' ? x : x * 0.25,
  );
  const w = randomMatrix(n, rng);

  test.each([1, 2] as const)(
    'ℓ = %i: gradients match finite differences; gradW matches the fixed formula',
    (exponent) => {
      const p = tf.tensor2d(positions, [n, manifold.dim]);
      const wt = tf.tensor2d(w, [n, n]);
      const { penalty, gradW, gradPositions } = penaltyAndGradTrained(
        manifold,
        inhibitor,
        p,
        wt,
        0.5,
        exponent,
      );
      const at = Float64Array.from(positions);
      expect(penalty.dataSync()[0]).toBeCloseTo(
        penaltyOfPositions(manifold, inhibitor, at, w, exponent),
        3,
      );

      const h = 1e-5;
      const numeric = at.map((_, i) => {
        const shifted = (dx: number) =>
          penaltyOfPositions(
            manifold,
            inhibitor,
            at.map((y, l) => (l === i ? y + dx : y)),
            w,
            exponent,
          );
        return (shifted(h) - shifted(-h)) / (2 * h);
      });
      const analytic = gradPositions.dataSync();
      expect(analytic.every(Number.isFinite)).toBe(true);
      const scale = Math.max(...numeric.map(Math.abs));
      expect(scale).toBeGreaterThan(1e-3); // the check is not vacuous
      expect(maxAbsDiff(analytic, numeric)).toBeLessThan(2e-3 * scale);

      const c = coefficientsTensor(manifold, inhibitor, p);
      const fixed = penaltyAndGradFixed(c, wt, 0.5, exponent);
      expect(maxAbsDiff(gradW.dataSync(), fixed.gradW.dataSync())).toBeLessThan(1e-5);
      expectNoLeak(() => penaltyAndGradTrained(manifold, inhibitor, p, wt, 0.5, exponent));
      tf.dispose([p, wt, penalty, gradW, gradPositions, c, fixed]);
    },
  );
});

test('trained gradients stay finite when two units sit on the same point', () => {
  const manifold = getManifold('torus', 2);
  const p = tf.tensor2d([
    [1, 1],
    [1, 1],
    [3, 9],
    [11, 1],
  ]); // (11, 1) is (1, 1) again
  const w = tf.ones([4, 4]) as tf.Tensor2D;
  const { penalty, gradW, gradPositions } = penaltyAndGradTrained(manifold, dog, p, w, 1, 1);
  expect(gradPositions.dataSync().every(Number.isFinite)).toBe(true);
  tf.dispose([p, w, penalty, gradW, gradPositions]);
});

test('the moduli penalty of the JS C equals the trained penalty at the same positions', () => {
  const manifold = getManifold('klein', 2);
  const positions = manifold.sample(12, new Rng(8));
  const w = randomMatrix(12, new Rng(9));
  const c = moduliCoefficients({ manifold, inhibitor: dog, positions });
  const [p, wt] = [tf.tensor2d(positions, [12, 2]), tf.tensor2d(w, [12, 12])];
  const trained = penaltyAndGradTrained(manifold, dog, p, wt, 0.1, 1);
  expect(trained.penalty.dataSync()[0]).toBeCloseTo(penaltyValue(c, w, 0.1, 1), 4);
  tf.dispose([p, wt, trained]);
});

/**
 * The straightforward formula, λ·mean(f(D(p)) ⊙ |W|^ℓ) through the manifold's differentiable
 * distanceTensor and the inhibitor, whose gradients autodiff finds: what the hand-written
 * penaltyAndGradTrained replaces.
 */
function autodiffPenalty(
  manifold: Manifold,
  inhibitor: InhibitorConfig,
  p: tf.Tensor2D,
  w: tf.Tensor2D,
  lambda: number,
  exponent: Exponent,
) {
  const penaltyOf = (positions: tf.Tensor, weights: tf.Tensor) => {
    const c = inhibitorTensor(inhibitor, manifold.distanceTensor(positions as tf.Tensor2D));
    return tf.mul(lambda, tf.mean(tf.mul(c, tf.pow(tf.abs(weights), exponent)))) as tf.Scalar;
  };
  return tf.valueAndGrads(penaltyOf)([p, w]);
}

/** Sampled points, one unit on top of another, and (where wrapped) one moved by a period. */
function trainedPositions(manifold: Manifold, n: number, rng: Rng): Float32Array {
  const p = manifold.sample(n, rng);
  const dim = manifold.dim;
  p.copyWithin((n - 1) * dim, 0, dim);
  if (manifold.id === 'sphere') {
    for (let a = 0; a < dim; a++) p[(n - 2) * dim + a] *= 1.7; // off the sphere: projected
  } else if (manifold.id !== 'euclidean') {
    p[(n - 2) * dim] += manifold.id === 'circle' ? 2 * Math.PI : 10; // one turn / glide away
  }
  return p;
}

const inhibitors = inhibitorKinds.map((kind) => inhibitorSchema.parse({ kind }));
const equalityCases = manifoldIds.flatMap((id) =>
  inhibitors.map((inhibitor) => [id, inhibitor.kind, getManifold(id, 3), inhibitor] as const),
);

describe.each(equalityCases)('%s, %s: hand-written gradients', (_, __, manifold, inhibitor) => {
  test.each([1, 2] as const)('ℓ = %i: equal autodiff’s, the penalty is the same', (exponent) => {
    const n = 24;
    const rng = new Rng(31);
    const p = tf.tensor2d(trainedPositions(manifold, n, rng), [n, manifold.dim]);
    const w = tf.tensor2d(randomMatrix(n, rng, 0.3), [n, n]);
    const hand = penaltyAndGradTrained(manifold, inhibitor, p, w, 0.7, exponent);
    const auto = autodiffPenalty(manifold, inhibitor, p, w, 0.7, exponent);
    const relative = (a: tf.Tensor, b: tf.Tensor) => {
      const [x, y] = [a.dataSync(), b.dataSync()];
      expect(x.every(Number.isFinite)).toBe(true);
      return maxAbsDiff(x, y) / Math.max(...y.map(Math.abs));
    };
    // float32 round-off: measured ≤ 1e−6 of the largest entry on every case
    expect(relative(hand.penalty, auto.value)).toBeLessThan(5e-6);
    expect(relative(hand.gradPositions, auto.grads[0])).toBeLessThan(5e-6);
    expect(relative(hand.gradW, auto.grads[1])).toBeLessThan(5e-6);
    expect(Math.max(...auto.grads[0].dataSync().map(Math.abs))).toBeGreaterThan(1e-4); // not vacuous
    tf.dispose([p, w, hand, auto.value, auto.grads]);
  });
});
