/**
 * Proof with the real readers: run files written here are opened by Debian's Python with
 * numpy's np.load (and the CSR with scipy.sparse.load_npz); tests/python/check_run_file.py
 * recomputes the forward pass in numpy on a batch stored in the file and must match the lab's
 * outputs to 1e-4. /usr/bin/python3 on purpose: it is the one `.ci/run` gives numpy and scipy.
 * Without it, or without numpy/scipy, the test fails saying so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runConfig } from '../config/validate';
import { evaluate } from '../model/network';
import { rngAt } from '../random';
import { Trainer } from '../training/trainer';
import { BlobSink } from './bytes';
import { csrNpzEntries } from './csrFile';
import { writeNpz, writeRunNpz, type NpyArray } from './runArchive';
import { snapshotRun } from './runSnapshot';

const PYTHON = '/usr/bin/python3';
const SCRIPT = 'tests/python/check_run_file.py';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'moduli-lab-python-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function save(path: string, write: (sink: BlobSink) => Promise<void>): Promise<void> {
  const sink = new BlobSink();
  await write(sink);
  writeFileSync(path, new Uint8Array(await sink.blob('').arrayBuffer()));
}

const float = (data: Float32Array, rows: number): NpyArray => ({
  dtype: '<f4',
  shape: [rows, data.length / rows],
  data,
});

/** A batch and the lab's outputs on it: logits, the adding prediction, or text's log p(target). */
async function batchExtras(trainer: Trainer): Promise<Record<string, NpyArray>> {
  const batch = trainer.task.batch(rngAt(trainer.config.seed, 'validation', 4242), 6);
  const output = tf.tidy(() => evaluate(trainer.task.network, trainer.params, batch).output);
  const outputs = (await output.data()) as Float32Array;
  const [rows] = output.shape;
  output.dispose();
  const steps = batch.seqLen * batch.batch;
  const extras: Record<string, NpyArray> = {
    inputs: float(Float32Array.from(batch.inputs), steps),
    outputs: float(outputs, rows),
  };
  if (batch.startCode) extras.start = float(batch.startCode, batch.batch);
  if (trainer.task.network.head === 'nextToken')
    extras.targets = { dtype: '<f4', shape: [steps], data: batch.targets as Float32Array };
  return extras;
}

/** The run file with `extras`, and its CSR files (one per layer); their paths. */
async function writeRun(
  name: string,
  trainer: Trainer,
  extras: Record<string, NpyArray>,
): Promise<string[]> {
  const run = join(dir, `${name}.npz`);
  await save(run, (sink) => writeRunNpz(snapshotRun(trainer), sink, { extras }));
  const paths = [run];
  for (const { name: layer, entries } of csrNpzEntries(trainer)) {
    paths.push(join(dir, `${name}.${layer}.csr.npz`));
    await save(paths.at(-1)!, (sink) => writeNpz(entries, sink));
  }
  return paths;
}

function python(files: string[]) {
  const result = spawnSync(PYTHON, [SCRIPT, ...files], { encoding: 'utf8', timeout: 120_000 });
  if (result.error)
    throw new Error(`${PYTHON} did not run (${result.error.message}): .ci/run installs it`);
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

async function trained(config: Parameters<typeof runConfig>[0], text?: string): Promise<Trainer> {
  const trainer = new Trainer(runConfig(config), undefined, undefined, text ? { text } : {});
  for (let i = 0; i < 5; i++) await trainer.trainStep();
  return trainer;
}

const short = { epochs: 2, stepsPerEpoch: 3, batch: 6, validationBatches: 1 };

describe('numpy and scipy read the run files and recompute the forward pass', () => {
  test('python3 has numpy and scipy', () => {
    const check = spawnSync(PYTHON, ['-c', 'import numpy, scipy.sparse; print("ok")'], {
      encoding: 'utf8',
    });
    expect(
      check.stdout,
      `${PYTHON} lacks numpy or scipy (.ci/run installs them): ${check.stderr}`,
    ).toBe('ok\n');
  });

  const cases: [string, Parameters<typeof runConfig>[0], string?][] = [
    [
      'navigation',
      {
        task: { kind: 'navigation', placeCells: 20, seqLen: 5 },
        model: { hidden: 24, bias: true },
        pruning: { targetSparsity: 0.5, scope: 'global' },
        training: short,
      },
    ],
    [
      'adding',
      {
        task: { kind: 'adding', seqLen: 6 },
        model: { hidden: 16, activation: 'tanh' },
        pruning: { targetSparsity: 0.5 },
        training: short,
      },
    ],
    [
      'text',
      {
        task: { kind: 'text', layers: 2, seqLen: 6, embeddingSize: 8, vocabularyCap: 30 },
        model: { hidden: 20, bias: true },
        pruning: { targetSparsity: 0.5 },
        training: short,
      },
      'the cat sat on the mat and the dog sat on the log. '.repeat(40),
    ],
  ];
  for (const [name, config, text] of cases) {
    test(`${name}: np.load, scipy.sparse.load_npz, outputs within 1e-4`, async () => {
      const trainer = await trained(config, text);
      expect(trainer.masks.whhSparsity).toBeGreaterThan(0);
      const files = await writeRun(name, trainer, await batchExtras(trainer));
      trainer.dispose();
      const { code, out } = python(files);
      console.log(out);
      expect(out).not.toContain('FAIL');
      expect(out).toContain('forward pass through the CSR');
      expect(code, out).toBe(0);
    });
  }

  test('a decoder changed after the outputs were taken is caught (the check can fail)', async () => {
    const trainer = await trained(cases[0][1]);
    const extras = await batchExtras(trainer);
    trainer.params.decoder.assign(tf.mul(trainer.params.decoder, 1.01));
    const files = await writeRun('changed', trainer, extras);
    trainer.dispose();
    const { code, out } = python(files);
    expect(out).toMatch(/FAIL navigation forward pass: max \|numpy - lab\| = \S+ > 1e-4/);
    expect(code).toBe(1);
  });
});
