import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importRun } from '../src/core/serialization/runIO';
import { inTempDir, runCli, TEST_TIMEOUT_MS } from './testing';

// The text task from the command line, as a user runs it, in its own process.
const experiment = (...args: string[]) => runCli('experiment', ...args);

const tiny = ['--hidden', '8', '--embedding-size', '4', '--seq-len', '5', '--batch', '2'];

describe('npm run experiment -- --task text', () => {
  test(
    'a tiny two-layer run on the shipped corpus writes run files that import, and samples',
    () =>
      inTempDir('moduli-lab-text-', (dir) => {
        const out = join(dir, 'run.json');
        const { code, stdout, stderr } = experiment(
          ...['--task', 'text', '--layers', '2', ...tiny, '--epochs', '2', '--steps', '2'],
          ...['--out', out, '--lottery', '--sample', '20', '--quiet'],
        );
        expect(stderr).not.toMatch(/Error|Invalid/);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^sparse: perplexity \d/m);
        expect(stdout).toMatch(/^lottery: perplexity \d/m);
        expect(stdout).toMatch(/^sample: /m);
        const run = importRun(readFileSync(out, 'utf8'));
        if (!run.ok) throw new Error(run.error);
        expect(run.value.config.task).toMatchObject({ kind: 'text', layers: 2, corpus: 'shipped' });
        expect(run.value.state.vocabulary?.length).toBeGreaterThan(60);
        expect(Object.keys(run.value.state.weights)).toContain('whh.1');
        const ticket = importRun(readFileSync(join(dir, 'run.lottery.json'), 'utf8'));
        if (!ticket.ok) throw new Error(ticket.error);
        expect(ticket.value.state.masks).toEqual(run.value.state.masks);
      }),
    TEST_TIMEOUT_MS,
  );

  test(
    'a binary --text-file is refused with exit code 2, naming the file and the problem',
    () =>
      inTempDir('moduli-lab-text-', (dir) => {
        const file = join(dir, 'photo.txt');
        writeFileSync(file, Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]));
        const { code, stdout, stderr } = experiment('--text-file', file, ...tiny);
        expect(code).toBe(2);
        expect(stderr).toContain(`${file}: binary data, not text`);
        expect(stdout).not.toContain('sparse:');
      }),
    TEST_TIMEOUT_MS,
  );
});
