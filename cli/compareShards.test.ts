/**
 * A comparison as independent runs (--plan, --index I --out-dir DIR, --merge DIR) gives the
 * same table, CSV and numbers as one process; a task finds and resumes its checkpoint; the
 * merge refuses another comparison's outcomes, duplicates, and names the missing runs.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inTempDir, runCli, tableOf, TIMEOUT_MS, tinyComparison } from './testing';

const compare = (...args: string[]) => runCli('compare', ...args);

describe('npm run compare: --plan, --index, --merge', () => {
  test(
    'four array tasks and a merge give the one-process table and CSV',
    () =>
      inTempDir('moduli-lab-shards-', (dir) => {
        const config = join(dir, 'tiny.json');
        writeFileSync(config, JSON.stringify(tinyComparison));
        const whole = compare('--config', config, '--out', join(dir, 'whole'), '--quiet');
        expect(whole.code).toBe(0);

        const plan = compare('--config', config, '--plan');
        expect(plan.code).toBe(0);
        const lines = plan.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
        expect(lines.map((l) => [l.index, l.condition, l.seed, l.sparsity, l.lottery])).toEqual([
          [0, 'torus', 1, 0.5, true],
          [1, 'no reg', 1, 0.5, true],
          [2, 'torus', 2, 0.5, true],
          [3, 'no reg', 2, 0.5, true],
        ]);
        expect(new Set(lines.map((l) => l.hash)).size).toBe(1);

        const shards = join(dir, 'shards');
        for (const { index } of lines) {
          const task = compare('--config', config, '--index', String(index), '--out-dir', shards);
          expect(task.stderr).not.toMatch(/Error/);
          expect(task.code).toBe(0);
        }
        const merged = compare('--config', config, '--merge', shards, '--out', join(dir, 'merged'));
        expect(merged.stderr).not.toMatch(/Error|missing|another/);
        expect(merged.code).toBe(0);
        expect(tableOf(merged.stdout)).toBe(tableOf(whole.stdout));
        expect(readFileSync(join(dir, 'merged.csv'), 'utf8')).toBe(
          readFileSync(join(dir, 'whole.csv'), 'utf8'),
        );

        // A task whose run finished before it was requeued resumes it rather than retraining:
        // the same outcome, from the checkpoints.
        const before = JSON.parse(readFileSync(join(shards, 'outcome-2.json'), 'utf8'));
        rmSync(join(shards, 'outcome-2.json'));
        const again = compare('--config', config, '--index', '2', '--out-dir', shards);
        expect(again.stdout).toContain('resuming sparse from');
        expect(again.stdout).toContain('resuming lottery from');
        const after = JSON.parse(readFileSync(join(shards, 'outcome-2.json'), 'utf8'));
        const metrics = (o: typeof before) =>
          o.result.runs.map((r: { sparseMetric: number; lotteryMetric: number }) => [
            r.sparseMetric,
            r.lotteryMetric,
          ]);
        expect(metrics(after)).toEqual(metrics(before));

        // Refusals: a missing run, a duplicate, another comparison's outcome.
        rmSync(join(shards, 'outcome-1.json'));
        const missing = compare('--config', config, '--merge', shards);
        expect(missing.code).toBe(1);
        expect(missing.stderr).toContain('missing runs 1 of 4');
        copyFileSync(join(shards, 'outcome-0.json'), join(shards, 'outcome-1.json'));
        const twin = compare('--config', config, '--merge', shards);
        expect(twin.stderr).toMatch(/outcome-1\.json: run 0 again \(also in outcome-0\.json\)/);
        const other = compare('--config', config, '--merge', shards, '--seq-len', '6');
        expect(other.stderr).toMatch(
          /outcome-0\.json: of another comparison \(hash \w+, this one \w+\)/,
        );
      }),
    12 * TIMEOUT_MS,
  );

  test.each([
    [['--index', '4', '--out-dir', 'x'], '--index takes a run of the plan, 0 to 3'],
    [['--index', '0'], '--index I needs --out-dir DIR'],
    [['--plan', '--merge', 'x'], '--plan, --index and --merge are separate steps'],
    [['--out-dir', 'x'], '--out-dir and --checkpoint-every go with --index I'],
  ])(
    '%j is refused with exit code 2: %s',
    (args, message) =>
      inTempDir('moduli-lab-shards-', (dir) => {
        const config = join(dir, 'tiny.json');
        writeFileSync(config, JSON.stringify(tinyComparison));
        const { code, stderr } = compare('--config', config, ...args);
        expect(code).toBe(2);
        expect(stderr).toContain(message);
      }),
    TIMEOUT_MS + 5_000,
  );
});
