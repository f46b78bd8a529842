import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import {
  inhibitorKinds,
  inhibitorSchema,
  type InhibitorConfig,
  type InhibitorKind,
} from '../config/inhibitorSchema';
import fixture from './fixtures/authors-code-inhibitors.json';
import {
  assertUsableWithTrainedEmbedding,
  dogKappa,
  dogPeak,
  getInhibitor,
  inhibitorOfSquared,
  inhibitorTensor,
  inhibitorValue,
  trainedEmbeddingRefusal,
} from './index';
import { expectNoLeak, maxAbsDiff } from '../manifolds/testing';

/** Schema defaults: the one source of the default constants. */
const defaults = (kind: InhibitorKind): InhibitorConfig => inhibitorSchema.parse({ kind });
const dog = defaults('dog') as Extract<InhibitorConfig, { kind: 'dog' }>;
const grid = Array.from({ length: 201 }, (_, i) => i / 10); // d ∈ [0, 20]

describe('difference of Gaussians', () => {
  test('κ is the bracket’s analytic peak: d ≈ 0.8878, c·κ ≈ 81.1425 as in the authors’ code', () => {
    const { distance, bracket } = dogPeak(dog);
    expect(distance).toBeCloseTo(fixture.DoG_peak.x, 3); // theirs is 0.8878 on a grid; ours 0.887891
    expect(dog.c * bracket).toBeCloseTo(fixture.DoG_peak.value, 3);
    expect(dogKappa(dog)).toBe(bracket);
  });

  test('f vanishes on the ring d ≈ 0.89 and equals c·κ ≈ 81.14 at d = 0 and far away', () => {
    const { distance } = dogPeak(dog);
    expect(inhibitorValue(dog, distance)).toBeCloseTo(0, 10);
    expect(inhibitorValue(dog, 0)).toBeCloseTo(81.1425, 3);
    expect(inhibitorValue(dog, 50)).toBeCloseTo(81.1425, 3);
    for (const d of [distance - 0.01, distance + 0.01])
      expect(inhibitorValue(dog, d)).toBeGreaterThan(0);
  });

  test('matches the authors’ 1-D values: f = c·κ − DoG_authors (their DoG is 100·bracket)', () => {
    const ours = fixture.x.map((x) => inhibitorValue(dog, x));
    const expected = fixture.DoG.map((v) => dog.c * dogKappa(dog) - v);
    expect(maxAbsDiff(ours, expected)).toBeLessThan(1e-4);
  });

  test('the "paper eq. 8" toggle uses κ = 1: f(0) = c = 100, f(peak) = 100·(1 − 0.81142)', () => {
    const paper = inhibitorSchema.parse({ kind: 'dog', kappa: 'paper' });
    expect(inhibitorValue(paper, 0)).toBeCloseTo(100, 10);
    expect(inhibitorValue(paper, dogPeak(dog).distance)).toBeCloseTo(100 - 81.1425, 3);
  });
});

describe('inverted Mexican hat (Ricker)', () => {
  const ricker = (sigma: number) => inhibitorSchema.parse({ kind: 'ricker', sigma });

  test('zero at d = 0, c at d = σ (the bracket’s root), maximal c·(1 + 2e^{−3/2}) at √3·σ', () => {
    for (const sigma of [1, 2.5]) {
      const f = (d: number) => inhibitorValue(ricker(sigma), d);
      const top = Math.sqrt(3) * sigma;
      expect(f(0)).toBe(0);
      expect(f(sigma)).toBeCloseTo(100, 10);
      expect(f(top)).toBeCloseTo(100 * (1 + 2 * Math.exp(-1.5)), 10);
      for (const d of grid) expect(f(d * sigma)).toBeLessThanOrEqual(f(top) + 1e-12);
    }
  });
});

test('diffusion c·dⁿ: f(3) = 9 with the defaults; f(2) = 0.5·2³ = 4 with c = 0.5, n = 3', () => {
  expect(inhibitorValue(defaults('diffusion'), 3)).toBeCloseTo(9, 12);
  expect(
    inhibitorValue(inhibitorSchema.parse({ kind: 'diffusion', c: 0.5, power: 3 }), 2),
  ).toBeCloseTo(4, 12);
});

test('sinusoid c + c·cos(μd) matches the authors’ ripple 50 + 50 cos 2d; zero at d = π/2', () => {
  const ripple = defaults('sinusoid');
  expect(
    maxAbsDiff(
      fixture.x.map((x) => inhibitorValue(ripple, x)),
      fixture.ripple,
    ),
  ).toBeLessThan(1e-4);
  expect(inhibitorValue(ripple, Math.PI / 2)).toBeCloseTo(0, 12);
});

describe.each(inhibitorKinds)('%s with its defaults', (kind) => {
  const config = defaults(kind);

  test('is registered under its kind, f ≥ 0 on [0, 20]', () => {
    expect(getInhibitor(kind).kind).toBe(kind);
    for (const d of grid) expect(inhibitorValue(config, d)).toBeGreaterThanOrEqual(-1e-9);
  });

  test('the tensor form equals the scalar one, does not leak, has finite gradients at 0', () => {
    const d = tf.tensor1d(grid);
    const t = inhibitorTensor(config, d);
    expect(
      maxAbsDiff(
        t.dataSync(),
        grid.map((x) => inhibitorValue(config, x)),
      ),
    ).toBeLessThan(1e-3);
    expectNoLeak(() => inhibitorTensor(config, d));
    const grad = tf.grad((x: tf.Tensor) => tf.sum(inhibitorTensor(config, x)))(d);
    expect(grad.dataSync().every(Number.isFinite)).toBe(true);
    tf.dispose([d, t, grad]);
  });

  test('ofSquared: f(d) from d², and its slope is ∂f/∂(d²) (autodiff of the value)', () => {
    const squared = tf.tensor1d(grid.map((x) => x * x));
    const [value, slope] = tf.tidy(() => {
      const r = inhibitorOfSquared(config, squared);
      return [r.value, r.slope];
    });
    const expected = grid.map((x) => inhibitorValue(config, x));
    expect(maxAbsDiff(value.dataSync(), expected)).toBeLessThan(1e-3);
    // Away from d = 0: there autodiff through the sinusoid's safe sqrt gives 0, not the limit.
    const auto = tf.grad((s: tf.Tensor) => tf.sum(inhibitorOfSquared(config, s).value))(squared);
    const [ours, theirs] = [slope.dataSync().slice(1), auto.dataSync().slice(1)];
    const scale = Math.max(...theirs.map(Math.abs));
    expect(scale).toBeGreaterThan(0.1);
    expect(maxAbsDiff(ours, theirs)).toBeLessThan(1e-5 * scale);
    expect(slope.dataSync().every(Number.isFinite)).toBe(true);
    expectNoLeak(() => tf.tidy(() => Object.values(inhibitorOfSquared(config, squared))));
    tf.dispose([squared, value, slope, auto]);
  });
});

test('the sinusoid’s slope at d = 0 is its limit −cμ²/2', () => {
  const { c, mu } = defaults('sinusoid') as Extract<InhibitorConfig, { kind: 'sinusoid' }>;
  const squared = tf.tensor1d([0, 1e-8]);
  const slope = tf.tidy(() => inhibitorOfSquared(defaults('sinusoid'), squared).slope);
  slope.dataSync().forEach((v) => expect(v).toBeCloseTo((-c * mu * mu) / 2, 3));
  tf.dispose([squared, slope]);
});

describe('trained embeddings', () => {
  test('diffusion is refused, and the message says why: the positions would collapse', () => {
    const reason = trainedEmbeddingRefusal(defaults('diffusion'));
    expect(reason).toMatch(/one point/);
    expect(reason).toMatch(/penalty vanishes/);
    expect(reason).toMatch(/collapses/);
    // The alternatives come from the registry: every inhibitor that does not grow with distance.
    expect(reason).toMatch(
      /Use a fixed embedding, or the Difference of Gaussians, Inverted Mexican hat \(Ricker\) or Sinusoid inhibitor\.$/,
    );
    expect(() => assertUsableWithTrainedEmbedding(defaults('diffusion'))).toThrow(/one point/);
  });

  test('DoG, Ricker and sinusoid are accepted', () => {
    for (const kind of ['dog', 'ricker', 'sinusoid'] as const) {
      expect(trainedEmbeddingRefusal(defaults(kind))).toBeNull();
      expect(() => assertUsableWithTrainedEmbedding(defaults(kind))).not.toThrow();
    }
  });
});
