import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttractorReport } from '../src/core/attractor';
import { inTempDir, runCli, TEST_TIMEOUT_MS } from './testing';

const attractor = (...args: string[]) => runCli('attractor', ...args);

describe('npm run attractor', () => {
  test.each([
    [[], 'give one run file, or --lesson ID'],
    [['--lesson', 'cube'], "no lesson 'cube'"],
    [['--lesson', 'ring', '--starts', '0'], '--starts'],
  ])(
    '%j is refused with exit code 2 and a message naming it',
    (args, message) => {
      const { code, stderr } = attractor(...args);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
    },
    TEST_TIMEOUT_MS,
  );

  test(
    'measures a run file: trained, untrained and the hand-built reference, walks of 1× to 10× T',
    () =>
      inTempDir('moduli-lab-attractor-', (dir) => {
        const run = join(dir, 'run.npz');
        const trained = runCli(
          'experiment',
          ...[
            '--task',
            'navigation',
            '--manifold',
            'torus',
            '--hidden',
            '24',
            '--place-cells',
            '32',
          ],
          ...[
            '--seq-len',
            '5',
            '--epochs',
            '1',
            '--steps',
            '5',
            '--batch',
            '8',
            '--out',
            run,
            '--quiet',
          ],
        );
        expect(trained.code, trained.stderr).toBe(0);
        const json = join(dir, 'report.json');
        const { code, stdout, stderr } = attractor(
          run,
          '--starts',
          '2',
          '--walks',
          '2',
          '--json',
          json,
        );
        expect(code, stderr).toBe(0);
        expect(stdout).toContain('24 units on the torus, trained on walks of T = 5 steps');
        expect(stdout).toMatch(/walk 10× T \(50 steps\)/);
        const report = JSON.parse(readFileSync(json, 'utf8')) as AttractorReport;
        expect(report.networks.map((n) => n.network)).toEqual([
          'trained',
          'untrained',
          'reference',
        ]);
        const reference = report.networks[2];
        // The hand-built attractor holds its place and integrates: the same in any run.
        expect(reference.driftCm).toBeLessThan(1);
        for (const p of reference.pathIntegration)
          expect(p.errorCm).toBeLessThan(0.1 * p.standStillCm);
      }),
    2 * TEST_TIMEOUT_MS,
  );
});
