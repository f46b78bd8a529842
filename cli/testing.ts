/**
 * For the CLI tests: a command run as a user runs it (`npm run experiment -- …`), in its own
 * process, and a scratch folder that is removed afterwards whatever the test does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** How long one command may run. */
export const TIMEOUT_MS = 60_000;
/** The timeout of a test that runs one command: the command's, and a little for the test. */
export const TEST_TIMEOUT_MS = TIMEOUT_MS + 5_000;

/** Runs `cli/<command>.ts` with `args` through cli/launch.mjs, as the npm scripts do. */
export function runCli(command: 'experiment' | 'compare' | 'attractor', ...args: string[]) {
  const result = spawnSync(process.execPath, ['cli/launch.mjs', `cli/${command}.ts`, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Calls `body` with a new folder in the system's temp folder (named `prefix`…), then removes it. */
export function inTempDir(prefix: string, body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 2 conditions × 2 seeds of a tiny adding problem, 2 epochs × 4 steps, with lottery. */
export const tinyComparison = {
  base: {
    task: { kind: 'adding', seqLen: 5 },
    model: { hidden: 8 },
    training: { epochs: 2, stepsPerEpoch: 4, validationBatches: 2 },
  },
  conditions: [
    { label: 'torus', override: { regularizer: { condition: 'moduli' } } },
    { label: 'no reg', override: { regularizer: { condition: 'none' } } },
  ],
  seeds: [1, 2],
  targetSparsities: [0.5],
};

/** A comparison's table as `npm run compare` prints it, without the line of timings and file names. */
export const tableOf = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !/^\d+ runs in /.test(line))
    .join('\n')
    .trim();
