/**
 * The worker's probe job keeps the unit distances while the positions stay, and computes them
 * afresh once training moves a trained embedding.
 */
import { describe, expect, test, vi } from 'vitest';
import { probeModelOf } from '../src/core/attractor';
import { runConfig } from '../src/core/config/validate';
import { runProbe, type ProbeRequest } from '../src/core/probes';
import { Trainer } from '../src/core/training/trainer';
import { probe } from './jobs';

const trained = runConfig({
  task: { kind: 'navigation', placeCells: 16, seqLen: 3 },
  model: { hidden: 12 },
  geometry: { manifold: 'torus', embedding: 'trained' },
  regularizer: { condition: 'moduli', lambda: 0.1 },
  training: { batch: 2, epochs: 1, stepsPerEpoch: 2, validationBatches: 1 },
  seed: 5,
});
const request: ProbeRequest = {
  start: { kind: 'random', seed: 1 },
  steps: 12,
  velocities: null,
  perturb: null,
};

describe('probe', () => {
  test('reuses the unit distances of unchanged positions, and recomputes them once they move', async () => {
    const trainer = new Trainer(trained);
    const spy = vi.spyOn(trainer.regularization.manifold, 'distanceMatrix');
    const first = probe(trainer, request);
    const again = probe(trainer, { ...request, start: { kind: 'random', seed: 2 } });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(first.measures.locality).not.toBeNull();
    expect(again.measures.locality).not.toBeNull();

    const before = trainer.regularization.positions();
    await trainer.trainStep();
    expect(trainer.regularization.positions()).not.toEqual(before);
    const moved = probe(trainer, request);
    expect(spy).toHaveBeenCalledTimes(2);
    // The same locality as a probe that computes the distances itself.
    const fresh = runProbe(request, probeModelOf(trainer));
    expect(spy).toHaveBeenCalledTimes(3);
    expect(moved.measures.locality).toBe(fresh.measures.locality);
    expect(moved.frames).toEqual(fresh.frames);
    trainer.dispose();
  });
});
