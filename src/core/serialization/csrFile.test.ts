import { afterAll, beforeAll, expect, test } from 'vitest';
import { runConfig } from '../config/validate';
import { Trainer } from '../training/trainer';
import { exportCsr } from './csrFile';

// Two layers (text), W_hh pruned to 50% after the first epoch: both matrices must come out.
const config = runConfig({
  task: { kind: 'text', seqLen: 6, layers: 2 },
  model: { hidden: 8 },
  pruning: { targetSparsity: 0.5, scope: 'whh' },
  training: { epochs: 2, stepsPerEpoch: 2, batch: 3, validationBatches: 1 },
  seed: 3,
});
const text = 'the quick brown fox jumps over the lazy dog. '.repeat(30);
let trainer: Trainer;

beforeAll(async () => {
  trainer = new Trainer(config, undefined, undefined, { text });
  for (let i = 0; i < 3; i++) await trainer.trainStep();
});
afterAll(() => trainer.dispose());

test('each W_hh in CSR holds exactly the kept weights, rows = receiving units', () => {
  const file = JSON.parse(JSON.stringify(exportCsr(trainer))) as ReturnType<typeof exportCsr>;
  expect(file.format).toBe('moduli-lab-csr');
  expect(Object.keys(file.matrices).sort()).toEqual(
    trainer.masks.names.filter((name) => name.startsWith('whh')).sort(),
  );
  const weights = trainer.weightValues();
  for (const [name, m] of Object.entries(file.matrices)) {
    expect(m.shape).toEqual([8, 8]);
    const dense = new Float32Array(64);
    for (let j = 0; j < 8; j++)
      for (let p = m.indptr[j]; p < m.indptr[j + 1]; p++) dense[j * 8 + m.indices[p]] = m.data[p];
    const mask = trainer.masks.mask(name);
    const expected = weights[name].map((w, i) => (mask[i] ? w : 0));
    expect(Array.from(dense)).toEqual(Array.from(expected).map((v) => (v === 0 ? 0 : v)));
    expect(m.density).toBeCloseTo(m.data.length / 64, 12);
    expect(m.density).toBeLessThanOrEqual(0.5 + 1e-9);
  }
});
