import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CsrFile } from '../src/core/serialization/csrFile';
import { importRun } from '../src/core/serialization/runIO';
import { inTempDir, runCli, TEST_TIMEOUT_MS } from './testing';

// The CLI as a user runs it (`npm run experiment -- …`), in its own process.
const experiment = (...args: string[]) => runCli('experiment', ...args);

describe('npm run experiment', () => {
  test.each([
    [['--hidden', '0'], 'model.hidden'],
    [['--bogus', '1'], '--bogus'],
    [['--lambda', '-1'], 'regularizer.lambda'],
    [['--sparsity', '1.5'], 'pruning.targetSparsity'],
    [['--manifold', 'cube'], 'geometry.manifold'],
    [['--task', 'text', '--csr-eval'], '--csr-eval'],
  ])(
    '%j is refused with exit code 2 and a message naming %s',
    (args, field) => {
      const { code, stdout, stderr } = experiment(...args);
      expect(code).toBe(2);
      expect(stderr).toContain(field);
      expect(stdout).not.toContain('sparse:');
    },
    TEST_TIMEOUT_MS,
  );

  test(
    'a tiny adding run with its lottery ticket writes run files that import, and its CSR, which evaluates as tfjs does',
    () =>
      inTempDir('moduli-lab-cli-', (dir) => {
        const out = join(dir, 'run.json');
        const { code, stdout, stderr } = experiment(
          ...['--task', 'adding', '--hidden', '8', '--epochs', '2', '--steps', '3'],
          ...['--seq-len', '5', '--out', out, '--lottery', '--quiet'],
          ...['--csr', join(dir, 'whh.csr.json'), '--csr-eval'],
        );
        expect(stderr).not.toMatch(/Error|Invalid/);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^sparse: RMSE \d/m);
        expect(stdout).toMatch(/^lottery: RMSE \d/m);
        // The trained network from its CSR scores as tfjs scores it, on the same batches.
        const scores = /^csr: W_hh [\d.]+% pruned; RMSE (\S+) from its CSR, (\S+) dense/m.exec(
          stdout,
        );
        expect(scores).not.toBeNull();
        expect(Number(scores![1])).toBeCloseTo(Number(scores![2]), 3);
        expect(stdout).not.toMatch(/ step \d+\/\d+ /); // --quiet: summaries only

        const run = importRun(readFileSync(out, 'utf8'));
        if (!run.ok) throw new Error(run.error);
        expect(run.value.config.task).toEqual({ kind: 'adding', seqLen: 5 });
        expect(run.value.config.model.hidden).toBe(8);
        expect(run.value.state.step).toBe(6);
        expect(run.value.state.lottery).toBe(false);
        expect(run.value.history.metrics).toHaveLength(6);

        const lotteryFile = join(dir, 'run.lottery.json');
        expect(existsSync(lotteryFile)).toBe(true);
        const ticket = importRun(readFileSync(lotteryFile, 'utf8'));
        if (!ticket.ok) throw new Error(ticket.error);
        expect(ticket.value.state.lottery).toBe(true);
        expect(ticket.value.state.step).toBe(6);
        expect(ticket.value.state.masks).toEqual(run.value.state.masks);

        const csr = JSON.parse(readFileSync(join(dir, 'whh.csr.json'), 'utf8')) as CsrFile;
        const kept = run.value.state.masks!.whh.reduce((sum, m) => sum + m, 0);
        expect(csr.matrices.whh.shape).toEqual([8, 8]);
        expect(csr.matrices.whh.indptr).toHaveLength(9);
        expect(csr.matrices.whh.data.length).toBeLessThanOrEqual(kept);
      }),
    TEST_TIMEOUT_MS,
  );
});
