import { describe, expect, test } from 'vitest';
import { runConfig } from '../config/validate';
import { dogPeak, inhibitorValue, realisedDogKappa, type DogConfig } from '../inhibitors';
import { moduliCoefficients } from '../regularizer/coefficients';
import { Regularization } from './regularization';
import { getManifold } from '../manifolds';
import { drawnEmbedding } from './layerDraws';
import { runInhibitor, runInhibitorInSlices } from './runInhibitor';

const withKappa = (kappa: 'peak' | 'realised' | 'paper', extra: object = {}) =>
  runConfig({
    model: { hidden: 24 },
    geometry: { manifold: 'torus' },
    inhibitor: { kind: 'dog', kappa },
    regularizer: { condition: 'moduli', lambda: 0.1 },
    seed: 4,
    ...extra,
  });

describe('the κ a run uses', () => {
  test('realised: the largest bracket over the distances, g(1) = e^{−0.2} − e^{−4} of {0, 1, 3}', () => {
    const dog = withKappa('realised').inhibitor as DogConfig;
    // g(3) = e^{−1.8} − e^{−36} = 0.1653 < g(1) = 0.800415 < the peak 0.811425 at d ≈ 0.888.
    expect(realisedDogKappa(dog, [0, 1, 3])).toBeCloseTo(Math.exp(-0.2) - Math.exp(-4), 12);
    expect(realisedDogKappa(dog, [0, 1, 3])).toBeCloseTo(0.800415, 6);
    // From below the peak: g(0.5) = e^{−0.05} − e^{−1} = 0.583350 > g(2) = e^{−0.8} − e^{−16}.
    expect(realisedDogKappa(dog, [2, 0.5, 2])).toBeCloseTo(0.58335, 5);
  });

  test('peak and paper as configured; other inhibitors have none and keep their f', () => {
    expect(runInhibitor(withKappa('peak')).kappa).toBeCloseTo(0.811425, 6);
    expect(runInhibitor(withKappa('paper')).kappa).toBe(1);
    const ricker = runConfig({ inhibitor: { kind: 'ricker' } });
    const f = runInhibitor(ricker);
    expect(f.kappa).toBeNull();
    expect(f.value(0.7)).toBe(inhibitorValue(ricker.inhibitor, 0.7));
  });

  test.each([
    ['the torus', {}],
    ['the sphere', { geometry: { manifold: 'sphere' } }],
    ['a seed of its own', { seed: 9 }],
  ])('realised on %s: its f(d) is the C that the run’s penalty charges', (_, extra) => {
    const config = withKappa('realised', extra);
    const { kappa, value } = runInhibitor(config);
    const peak = dogPeak(config.inhibitor as DogConfig).bracket;
    expect(kappa).not.toBeNull();
    expect(kappa as number).toBeLessThan(peak);
    // The run's own C (moduliCoefficients on the embedding it drew) against f at its distances.
    const regularization = new Regularization(config, null, false);
    const { manifold } = regularization;
    const positions = regularization.positions();
    const n = config.model.hidden;
    let worst = 0;
    let smallest = Infinity;
    for (let j = 0; j < n; j++) {
      const row = regularization.coefficientRow(j) as Float32Array;
      const from = positions.subarray(j * manifold.dim, (j + 1) * manifold.dim);
      for (let k = 0; k < n; k++) {
        const d = manifold.distance(
          from,
          positions.subarray(k * manifold.dim, (k + 1) * manifold.dim),
        );
        worst = Math.max(worst, Math.abs(row[k] - value(d)));
        smallest = Math.min(smallest, value(d));
      }
    }
    regularization.dispose();
    // C is float32 (values up to c·κ ≈ 80: one ulp ≈ 8e-6); the analytic-peak curve would be
    // off by c·(peak − κ) everywhere.
    expect(worst).toBeLessThan(1e-4);
    expect(100 * (peak - (kappa as number))).toBeGreaterThan(1e-3);
    expect(smallest).toBeCloseTo(0, 4);
  });
});

test('in slices: a realised κ over 79,800 pairs comes in 8 slices and equals the one over the distance matrix', () => {
  const config = withKappa('realised', {
    model: { hidden: 400 },
    geometry: { manifold: 'sphere' },
  });
  const slices = runInhibitorInSlices(config, 0, 10_000);
  let yields = 0;
  let step = slices.next();
  while (!step.done) {
    yields += 1;
    step = slices.next();
  }
  // 400·399/2 = 79,800 pairs, a yield after each 10,000 or more: 7 full slices, the rest returns.
  expect(yields).toBe(7);
  const manifold = getManifold('sphere', 2);
  const distances = manifold.distanceMatrix(drawnEmbedding(config, manifold));
  const expected = realisedDogKappa(config.inhibitor as DogConfig, distances);
  expect(step.value.kappa).toBeCloseTo(expected, 6);
  expect(runInhibitor(config).kappa).toBe(step.value.kappa);
});

test('trained positions with a realised κ: a unit’s row of C carries the shift the penalty applies', () => {
  const config = withKappa('realised', { geometry: { manifold: 'torus', embedding: 'trained' } });
  const regularization = new Regularization(config, null, false);
  const { manifold } = regularization;
  const positions = regularization.positions();
  // The run's own C at these positions, realised shift included (smallest entry 0).
  const c = moduliCoefficients({ manifold, inhibitor: config.inhibitor, positions });
  const n = config.model.hidden;
  for (const j of [0, 7, n - 1]) {
    const row = regularization.coefficientRow(j) as Float32Array;
    const expected = c.subarray(j * n, (j + 1) * n);
    for (let k = 0; k < n; k++) expect(row[k]).toBeCloseTo(expected[k], 4);
  }
  regularization.dispose();
});
