/**
 * A run stopped at step k, written to a binary run file, read back and trained on ends bit for
 * bit where the same run never stopped ends: weights, masks, Adam's moments and step count,
 * positions, and the whole history. Stops at an epoch's first step (pruning comes right after
 * the resume) and in the middle of an epoch (the next epoch's pruning comes later).
 */
import { describe, expect, test } from 'vitest';
import { runConfig } from '../config/validate';
import type { RunConfig } from '../config/schema';
import { trainToEnd } from '../training/trainToEnd';
import { Trainer } from '../training/trainer';
import { BlobSink, blobSource } from './bytes';
import { readRunFile, writeRunFile } from './runFiles';
import { snapshotRun } from './runSnapshot';

// Three epochs of four steps; W_hh pruned to 0, 25%, 50% at steps 0, 4, 8. Trained positions,
// so the optimizer's moments include the geometry's.
const config = runConfig({
  task: { kind: 'navigation', placeCells: 12, seqLen: 4 },
  model: { hidden: 10, bias: true },
  geometry: { manifold: 'torus', embedding: 'trained' },
  pruning: { targetSparsity: 0.5, scope: 'whh' },
  training: { epochs: 3, stepsPerEpoch: 4, batch: 4, validationBatches: 1 },
  seed: 5,
});

const bits = (x: Float32Array) => Array.from(new Uint32Array(x.buffer, x.byteOffset, x.length));

/** Everything a run is at its end, as plain bits. */
function state(t: Trainer) {
  const adam = t.optimizerState();
  const map = (r: Record<string, Float32Array>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, bits(v)]));
  return {
    step: t.step,
    weights: map(t.weightValues()),
    masks: Object.fromEntries(t.masks.names.map((n) => [n, Array.from(t.masks.mask(n))])),
    positions: bits(t.regularization.allPositions()),
    adam: { steps: adam.steps, m: map(adam.m), v: map(adam.v) },
    history: t.history,
  };
}

async function stoppedAt(c: RunConfig, k: number): Promise<Blob> {
  const trainer = new Trainer(c);
  const stop = new AbortController();
  await trainToEnd(trainer, {
    signal: stop.signal,
    onStep: () => {
      if (trainer.step === k) stop.abort();
    },
  });
  expect(trainer.step).toBe(k);
  const sink = new BlobSink();
  await writeRunFile(snapshotRun(trainer), 'npz', sink);
  trainer.dispose();
  return sink.blob('');
}

describe('resume from a binary run file', () => {
  for (const k of [4, 6]) {
    test(`stopped at step ${k} and resumed, the run ends bit-identical to one never stopped`, async () => {
      const whole = new Trainer(config);
      await trainToEnd(whole);
      const expected = state(whole);
      whole.dispose();
      expect(expected.masks.whh.filter((x) => x === 0).length).toBe(50);

      const read = await readRunFile('run.npz', blobSource(await stoppedAt(config, k)));
      if (!read.ok) throw new Error(read.error);
      const resumed = new Trainer(read.value.config, read.value.state, read.value.history);
      await trainToEnd(resumed);
      expect(state(resumed)).toEqual(expected);
      resumed.dispose();
    });
  }
});
