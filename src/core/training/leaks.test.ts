/**
 * Leaks (issue "Reliability and safety"): tf.memory().numTensors stays flat over 1,000 steps,
 * and across what replaces a run: reset, export → import, lottery tickets, trained
 * embeddings, validation, refused imports and diverged steps.
 *
 * A switch between WebGPU, WebGL and WASM happens only in the browser's worker and is not
 * tested here; the Node analogue below switches WASM → CPU → WASM under a live run.
 */
import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { runConfig } from '../config/validate';
import { exportRun, importRun } from '../serialization/runIO';
import { Trainer } from './trainer';

/** The smallest navigation run: 2 units, 4 place cells, T = 2, batch 1; 10 epochs × 100 steps. */
const tiny = (extra: object = {}) =>
  runConfig({
    task: { kind: 'navigation', placeCells: 4, seqLen: 2 },
    model: { hidden: 2, bias: true },
    geometry: { manifold: 'torus', embedding: 'trained' },
    pruning: { targetSparsity: 0.5, scope: 'perMatrix' },
    training: { epochs: 10, stepsPerEpoch: 100, batch: 1, validationBatches: 1 },
    seed: 5,
    ...extra,
  });

const count = () => tf.memory().numTensors;

async function train(trainer: Trainer, steps: number): Promise<void> {
  for (let i = 0; i < steps; i++) await trainer.trainStep();
}

/** A full copy of a trainer through the run file, as the Import button makes it. */
function reimported(trainer: Trainer): Trainer {
  const result = importRun(JSON.stringify(exportRun(trainer)));
  if (!result.ok) throw new Error(result.error);
  const { config, state, history } = result.value;
  return new Trainer(config, state, history);
}

describe('tf.memory().numTensors', () => {
  test('is flat over 1,000 steps with a trained embedding, pruning and validation each epoch', async () => {
    const trainer = new Trainer(tiny());
    await trainer.trainStep(); // Adam creates its moments on the first update
    const tensors = count();
    const bytes = tf.memory().numBytes;
    const seen = new Set<number>();
    while (!trainer.done) {
      await trainer.trainStep();
      if (trainer.step % trainer.config.training.stepsPerEpoch === 0) await trainer.validate();
      seen.add(count());
    }
    expect(trainer.step).toBe(1000);
    expect(trainer.masks.globalSparsity).toBeCloseTo(0.5, 1);
    expect([...seen]).toEqual([tensors]);
    expect(tf.memory().numBytes).toBe(bytes);
    trainer.dispose();
  }, 30_000);

  test('is flat for a fixed embedding and for the adding task with clipping', async () => {
    for (const config of [
      tiny({ geometry: { embedding: 'fixed' } }),
      runConfig({
        task: { kind: 'adding', seqLen: 3 },
        model: { hidden: 2 },
        training: { epochs: 2, stepsPerEpoch: 25, batch: 2, clipNorm: 0.5 },
      }),
    ]) {
      const before = count();
      const trainer = new Trainer(config);
      await trainer.trainStep();
      const during = count();
      await train(trainer, 49);
      await trainer.validate();
      expect(count()).toBe(during);
      trainer.dispose();
      expect(count()).toBe(before);
    }
  });

  test('is flat across resets (dispose, then a new Trainer with the same config)', async () => {
    const before = count();
    let trainer = new Trainer(tiny());
    await train(trainer, 5);
    const live = count();
    for (let reset = 0; reset < 5; reset++) {
      trainer.dispose();
      expect(count()).toBe(before);
      trainer = new Trainer(trainer.config);
      await train(trainer, 5);
      expect(count()).toBe(live);
    }
    trainer.dispose();
    expect(count()).toBe(before);
  });

  test('is flat across export → import → new Trainer, and the copy trains without growing', async () => {
    const before = count();
    const original = new Trainer(tiny());
    await train(original, 150); // past the first pruning
    const one = count() - before;
    const copies: Trainer[] = [];
    for (let i = 0; i < 3; i++) {
      const copy = reimported(copies.at(-1) ?? original);
      copies.push(copy);
      expect(count() - before).toBe(one * (copies.length + 1));
      await train(copy, 10);
      expect(count() - before).toBe(one * (copies.length + 1));
    }
    // A refused import creates nothing.
    expect(importRun('{"format":"moduli-lab-run"}').ok).toBe(false);
    expect(count() - before).toBe(one * 4);
    [original, ...copies].forEach((t) => t.dispose());
    expect(count()).toBe(before);
  });

  test('is flat across lottery tickets (taken, trained, exported, re-imported, disposed)', async () => {
    const before = count();
    const sparse = new Trainer(tiny({ training: { epochs: 2, stepsPerEpoch: 10, batch: 1 } }));
    await train(sparse, 20);
    const withSparse = count();
    let ticketTensors: number | null = null;
    for (let i = 0; i < 3; i++) {
      const ticket = sparse.lotteryTicket();
      await ticket.trainStep();
      ticketTensors ??= count() - withSparse;
      expect(count() - withSparse).toBe(ticketTensors);
      await train(ticket, 9);
      expect(count() - withSparse).toBe(ticketTensors);
      const copy = reimported(ticket);
      expect(copy.lottery).toBe(true);
      await train(copy, 5);
      expect(count() - withSparse).toBe(2 * ticketTensors);
      ticket.dispose();
      copy.dispose();
      expect(count()).toBe(withSparse);
    }
    sparse.dispose();
    expect(count()).toBe(before);
  });

  test('is unchanged by validation', async () => {
    const trainer = new Trainer(tiny());
    await train(trainer, 2);
    const during = count();
    for (let i = 0; i < 5; i++) await trainer.validate();
    expect(count()).toBe(during);
    trainer.dispose();
  });

  test('is unchanged by a diverged step', async () => {
    const trainer = new Trainer(tiny());
    await train(trainer, 2);
    const during = count();
    const whh = trainer.params.whh;
    tf.tidy(() => whh.assign(tf.fill(whh.shape, NaN)));
    expect(count()).toBe(during);
    for (let i = 0; i < 3; i++) await expect(trainer.trainStep()).rejects.toThrow(/NaN/);
    expect(count()).toBe(during);
    trainer.dispose();
  });

  test('is flat across a backend switch under a live run (Node analogue: WASM → CPU → WASM)', async () => {
    const trainer = new Trainer(tiny());
    await train(trainer, 3);
    const during = count();
    const quiet = tf.env().getBool('IS_TEST');
    tf.env().set('IS_TEST', true); // the CPU backend's "install tfjs-node" banner
    try {
      for (const backend of ['cpu', 'wasm']) {
        expect(await tf.setBackend(backend)).toBe(true);
        await train(trainer, 3);
        expect(count()).toBe(during);
      }
    } finally {
      await tf.setBackend('wasm');
      tf.env().set('IS_TEST', quiet);
    }
    trainer.dispose();
  });
});
