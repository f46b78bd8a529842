/**
 * The valid run every malformed file starts from: a tiny navigation run whose six parameters
 * all have different shapes (so a transposed or swapped matrix is always told apart), with
 * bias, a trained embedding (so the optimizer holds an `embedding` moment), and three steps,
 * one past the first pruning (so the masks hold zeros).
 */
import { runConfig } from '../../src/core/config/validate';
import { exportRun } from '../../src/core/serialization/runIO';
import { Trainer } from '../../src/core/training/trainer';

/** n = 3 units on the 2-torus; 5 place cells; 2 epochs × 2 steps. */
export const baseConfig = runConfig({
  task: { kind: 'navigation', placeCells: 5, seqLen: 2 },
  model: { hidden: 3, bias: true },
  geometry: { manifold: 'torus', embedding: 'trained' },
  pruning: { targetSparsity: 0.5, scope: 'whh' },
  training: { epochs: 2, stepsPerEpoch: 2, batch: 2, validationBatches: 1 },
  seed: 11,
});

/** Fixed, so the corpus is the same text on every run (on the same backend). */
export const BASE_CREATED_AT = '2025-01-01T00:00:00.000Z';

/** The exported base run as JSON text. Needs an initialized tfjs backend. */
export async function validRunText(): Promise<string> {
  const trainer = new Trainer(baseConfig);
  try {
    for (let i = 0; i < 3; i++) await trainer.trainStep();
    await trainer.validate();
    return JSON.stringify({ ...exportRun(trainer), createdAt: BASE_CREATED_AT });
  } finally {
    trainer.dispose();
  }
}
