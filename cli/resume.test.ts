/**
 * `npm run experiment -- --checkpoint-every N --out run.npz`, killed mid-run (SIGKILL, as a
 * scheduler ends a job), then `--resume run.npz`: the resumed run ends bit-identical to the
 * same run never stopped (weights, masks, Adam, positions, history), across an epoch boundary
 * where pruning happens after the resume.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openAsBlob, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { blobSource } from '../src/core/serialization/bytes';
import { readRunFile } from '../src/core/serialization/runFiles';
import type { ImportedRun } from '../src/core/serialization/runIO';
import { runCli, TEST_TIMEOUT_MS, TIMEOUT_MS } from './testing';

const experiment = (...args: string[]) => runCli('experiment', ...args);

/** A scratch folder for an async test body, removed afterwards whatever happens. */
async function inTempDir(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'moduli-lab-resume-'));
  try {
    await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 3 epochs × 40 steps; W_hh pruned to 25% at step 40 and 50% at step 80.
const settings = [
  ...['--task', 'navigation', '--hidden', '12', '--place-cells', '16', '--seq-len', '5'],
  ...['--epochs', '3', '--steps', '40', '--batch', '4', '--validation-batches', '1'],
  ...['--sparsity', '0.5', '--scope', 'whh', '--embedding', 'trained', '--seed', '9'],
  '--quiet',
];

async function load(path: string): Promise<ImportedRun> {
  const result = await readRunFile(path, blobSource(await openAsBlob(path)));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const bits = (x: Float32Array) => Array.from(new Uint32Array(x.buffer, x.byteOffset, x.length));
const allBits = (r: Record<string, Float32Array | Uint8Array>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.from(v)]));

/** Everything of a run's end that resuming must reproduce, as bits. */
function end(run: ImportedRun) {
  const { state, history } = run;
  const floats = (r: Record<string, Float32Array>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, bits(v)]));
  return {
    step: state.step,
    weights: floats(state.weights),
    masks: allBits(state.masks!),
    positions: bits(state.embedding!),
    adam: {
      steps: state.optimizer!.steps,
      m: floats(state.optimizer!.m),
      v: floats(state.optimizer!.v),
    },
    history,
  };
}

/** Starts the CLI and SIGKILLs it (by its pid) once `path` exists: a killed cluster job. */
function killOnceWritten(path: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['cli/launch.mjs', 'cli/experiment.ts', ...args], {
      stdio: 'ignore',
    });
    const timer = setInterval(() => {
      if (existsSync(path)) child.kill('SIGKILL');
    }, 5);
    child.on('exit', () => {
      clearInterval(timer);
      resolve();
    });
    child.on('error', reject);
  });
}

describe('--checkpoint-every and --resume', () => {
  test(
    'a run killed after a checkpoint and resumed ends bit-identical to the run never stopped',
    () =>
      inTempDir(async (dir) => {
        const whole = join(dir, 'whole.npz');
        expect(experiment(...settings, '--out', whole).code).toBe(0);

        const killed = join(dir, 'killed.npz');
        await killOnceWritten(killed, [...settings, '--out', killed, '--checkpoint-every', '7']);
        const checkpoint = await load(killed);
        // The job really stopped early, at a checkpoint (a multiple of 7), before the pruning
        // at step 80, so the resumed part crosses an epoch boundary that prunes.
        expect(checkpoint.state.step % 7).toBe(0);
        expect(checkpoint.state.step).toBeLessThan(80);
        expect(checkpoint.history.metrics).toHaveLength(checkpoint.state.step);

        const resumed = experiment('--resume', killed, '--out', killed, '--quiet');
        expect(resumed.stderr).not.toMatch(/Error|refused/);
        expect(resumed.code).toBe(0);
        const a = end(await load(whole));
        const b = end(await load(killed));
        expect(a.masks.whh.filter((x) => x === 0)).toHaveLength(72);
        expect(b).toEqual(a);
        // The other CLI that reads runs takes the binary file too.
        const topology = spawnSync(
          process.execPath,
          ['cli/launch.mjs', 'cli/topology.ts', killed, '--max-dim', '1'],
          { encoding: 'utf8', timeout: TIMEOUT_MS },
        );
        expect(topology.stdout).toContain(`${killed}: 12 points, manifold`);
        // The last write renamed its temporary file; the kill may have left one, never more.
        expect(readdirSync(dir).filter((f) => f.includes('.tmp-')).length).toBeLessThanOrEqual(1);
      }),
    3 * TIMEOUT_MS,
  );

  test.each([
    [['--checkpoint-every', '0', '--out', 'x.npz'], '--checkpoint-every'],
    [['--checkpoint-every', '5'], '--checkpoint-every rewrites the --out file'],
    [['--out', 'run.txt'], '--out run.txt: a run file ends in .npz (binary) or .json'],
    [['--resume', 'x.npz', '--hidden', '8'], '--resume continues the run its file holds'],
    [['--resume', 'no-such-run.npz'], 'no-such-run.npz'],
  ])(
    '%j is refused with exit code 2 and a message naming %s',
    (args, message) => {
      const { code, stderr } = experiment(...args);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
    },
    TEST_TIMEOUT_MS,
  );
});
