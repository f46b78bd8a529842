import { afterEach, describe, expect, test, vi } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComparisonResult, ComparisonTable } from '../src/core/experiments';
import { main } from './compare';
import { inTempDir, runCli, TEST_TIMEOUT_MS, tinyComparison as tiny } from './testing';

// The CLI as a user runs it (`npm run compare -- …`), in its own process.
const compare = (...args: string[]) => runCli('compare', ...args);

/** Sample mean and std (n − 1) of two values, by hand. */
function meanStd2(a: number, b: number) {
  const mean = (a + b) / 2;
  return { mean, std: Math.sqrt((a - mean) ** 2 + (b - mean) ** 2) };
}

describe('npm run compare', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test(
    'a tiny comparison writes a CSV whose means and stds follow from the raw runs',
    () =>
      inTempDir('moduli-lab-compare-', (dir) => {
        writeFileSync(join(dir, 'tiny.json'), JSON.stringify(tiny));
        const out = join(dir, 'results');
        const { code, stdout, stderr } = compare('--config', join(dir, 'tiny.json'), '--out', out);
        expect(stderr).not.toMatch(/Error|Invalid/);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^\[1\/4\] torus · 50% · seed 1 · sparse {2}step 2\/8 {2}elapsed /m);
        expect(stdout).toMatch(/^\[4\/4\] no reg\/50%\/seed 2 done: sparse \d/m);
        // The global sparsity next to the target: half of W_hh is 8·8/2 of the 8·8 + 8·2 + 8
        // weights (W_hh, W_ih, read-out) = 32/88 = 36.4%.
        expect(stdout).toMatch(/^50% Sparse +36\.4% +\d\.\d+ \(\d\.\d+\) +\d/m);
        expect(stdout).toMatch(/^50% Lottery +\d/m);

        const json = JSON.parse(readFileSync(`${out}.json`, 'utf8')) as {
          table: ComparisonTable;
          result: ComparisonResult;
        };
        expect(json.result.runs).toHaveLength(4);
        expect(json.result.runs[0].config.model.hidden).toBe(8);
        const csv = readFileSync(`${out}.csv`, 'utf8').trimEnd().split('\n');
        expect(csv[0]).toBe(
          'row,sparsity,kind,global sparsity min,global sparsity max,' +
            'torus mean,torus std,torus n,torus diverged,no reg mean,no reg std,no reg n,no reg diverged',
        );
        expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual([
          '50% Sparse',
          '50% Lottery',
        ]);
        for (const [line, key] of [
          [csv[1], 'sparseMetric'],
          [csv[2], 'lotteryMetric'],
        ] as const) {
          const cells = line.split(',').slice(5).map(Number);
          ['torus', 'no reg'].forEach((condition, i) => {
            const [a, b] = json.result.runs
              .filter((r) => r.condition === condition)
              .map((r) => r[key] as number);
            const { mean, std } = meanStd2(a, b);
            expect(cells[4 * i]).toBeCloseTo(mean, 12);
            expect(cells[4 * i + 1]).toBeCloseTo(std, 12);
            expect(cells[4 * i + 2]).toBe(2);
            expect(cells[4 * i + 3]).toBe(0);
          });
        }
      }),
    TEST_TIMEOUT_MS,
  );

  test(
    'a preset runs small with run settings for every run and without lottery tickets',
    () =>
      inTempDir('moduli-lab-compare-', (dir) => {
        const out = join(dir, 'table8');
        const { code, stdout } = compare(
          ...['--preset', 'table8', '--seeds', '3', '--no-lottery', '--quiet', '--out', out],
          ...['--hidden', '8', '--seq-len', '5', '--epochs', '2', '--steps', '2'],
        );
        expect(code).toBe(0);
        expect(stdout).toMatch(/^ +global sparsity +torus +no reg +L1 +shuffled$/m);
        expect(stdout).toMatch(/^95% Sparse +\d+\.\d% +\d\.\d+ \(—\)/m);
        expect(stdout).not.toContain('Lottery');
        const json = JSON.parse(readFileSync(`${out}.json`, 'utf8')) as {
          result: ComparisonResult;
        };
        expect(json.result.runs.map((r) => r.config.model.hidden)).toEqual([8, 8, 8, 8]);
        expect(json.result.runs.map((r) => r.config.training.stepsPerEpoch)).toEqual([2, 2, 2, 2]);
        expect(json.result.runs.map((r) => r.seed)).toEqual([3, 3, 3, 3]);
      }),
    TEST_TIMEOUT_MS,
  );

  test(
    "a text comparison trains every run on the user's --text-file",
    () =>
      inTempDir('moduli-lab-compare-', (dir) => {
        const text = join(dir, 'story.txt');
        writeFileSync(text, 'the cat sat on the mat and the dog sat on the log. '.repeat(40));
        const textTiny = {
          ...tiny,
          base: { ...tiny.base, task: { kind: 'text', seqLen: 8 }, model: { hidden: 8 } },
          seeds: [1],
        };
        writeFileSync(join(dir, 'text.json'), JSON.stringify(textTiny));
        const out = join(dir, 'text');
        const args = ['--config', join(dir, 'text.json'), '--no-lottery', '--quiet'];
        const { code, stdout } = compare(...args, '--text-file', text, '--out', out);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^50% Sparse +\d+\.\d% +\d+\.\d+/m);
        const json = JSON.parse(readFileSync(`${out}.json`, 'utf8')) as {
          result: ComparisonResult;
        };
        expect(json.result.metricLabel).toBe('perplexity');
        expect(json.result.runs.map((r) => r.config.task)).toMatchObject([
          { kind: 'text', corpus: 'custom' },
          { kind: 'text', corpus: 'custom' },
        ]);
      }),
    TEST_TIMEOUT_MS,
  );

  test(
    'a bad flag exits 2 with a message naming it',
    () => {
      const { code, stdout, stderr } = compare('--preset', 'table1', '--bogus', '1');
      expect(code).toBe(2);
      expect(stderr).toContain('compare: unknown flag --bogus');
      expect(stdout).toBe('');
    },
    TEST_TIMEOUT_MS,
  );

  // The same refusals in-process (main returns the exit code), without a process per case.
  test.each([
    [['--preset', 'nope'], '--preset nope: not a comparison preset'],
    [['--preset', 'quick-start'], '--preset quick-start: not a comparison preset'],
    [['--steps', '5'], 'give either --preset ID or --config FILE'],
    [['--preset', 'table1', '--seeds', '1,,2'], '--seeds takes numbers separated by commas'],
    [['--preset', 'table1', '--hidden', '0'], "conditions.0.override: 'torus': model.hidden"],
    [['--preset', 'table1', '--sparsity', '0.5'], 'use --sparsities'],
    [['--preset', 'table1', '--sparsities', '1'], 'targetSparsities.0'],
    [['--preset', 'table1', '--text-file', 'a.txt'], '--text-file is for --task text'],
    [['--preset', 'table1', '--diverged', 'skip'], "--diverged takes drop or failure, not 'skip'"],
  ])('%j is refused with 2 and a message naming %s', async (args, message) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await main(args)).toBe(2);
    expect(errors.mock.calls.flat().join('\n')).toContain(message);
    expect(logs).not.toHaveBeenCalled();
  });
});
