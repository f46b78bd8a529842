import { afterEach, describe, expect, test, vi } from 'vitest';
import { manifoldIds } from '../src/core/config/schema';
import { schemaFields } from '../src/core/config/schemaFields';
import { settingMeta } from '../src/core/config/settings';
import { runConfig } from '../src/core/config/validate';
import {
  configFlags,
  parseCli,
  runCommand,
  runSettingsHelp,
  usageText,
  UsageError,
  type CliSpec,
} from './flags';

const spec: CliSpec = {
  name: 'experiment',
  synopsis: '[options] [run settings]',
  runSettings: true,
  options: { out: { type: 'string', value: 'FILE', help: 'write here' } },
};
const parse = (...argv: string[]) => parseCli(spec, argv);

describe('CLI flags come from the run schema', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('every schema leaf has exactly one flag, and a row in the settings table', () => {
    const paths = [...configFlags.values()].map((s) => s.field.path);
    expect(paths.sort()).toEqual(schemaFields.map((f) => f.path).sort());
    expect(new Set(configFlags.keys()).size).toBe(schemaFields.length);
    // A new schema field still gets a flag from its key, but it should get a row too.
    expect(schemaFields.filter((f) => !settingMeta[f.path]).map((f) => f.path)).toEqual([]);
    expect(Object.keys(settingMeta).filter((p) => !schemaFields.some((f) => f.path === p))).toEqual(
      [],
    );
  });

  test('the fields the old hand-written list lacked have flags', () => {
    const flags = (...paths: string[]) =>
      paths.map((p) => [...configFlags.values()].find((s) => s.field.path === p)?.flag);
    expect(
      flags(
        'inhibitor.c',
        'inhibitor.sigma1',
        'inhibitor.sigma2',
        'inhibitor.mu',
        'inhibitor.power',
        'task.boxMeters',
        'task.placeCellWidthMeters',
        'geometry.embeddingLearningRate',
        'training.validationBatches',
      ),
    ).toEqual([
      'c',
      'sigma1',
      'sigma2',
      'mu',
      'power',
      'box',
      'place-cell-width',
      'embedding-lr',
      'validation-batches',
    ]);
  });

  test('values become a nested partial config of the schema’s types', () => {
    const { config, options } = parse(
      ...['--task', 'navigation', '--hidden', '64', '--box', '3', '--lambda', '-1'],
      ...['--exponent', '2', '--embedding-lr', 'null', '--no-bias', '--out', 'run.json'],
    );
    expect(config).toEqual({
      task: { kind: 'navigation', boxMeters: 3 },
      model: { hidden: 64, bias: false },
      regularizer: { lambda: -1, exponent: 2 },
      geometry: { embeddingLearningRate: null },
    });
    expect(options).toEqual({ out: 'run.json' });
    expect(parse('--bias', '--c=2.5').config).toEqual({
      model: { bias: true },
      inhibitor: { c: 2.5 },
    });
    // The schema takes what the flags give: a DoG with c = 2.5, others from the defaults.
    expect(runConfig(parse('--c', '2.5', '--sigma1', '0.5').config).inhibitor).toMatchObject({
      kind: 'dog',
      c: 2.5,
      sigma1: 0.5,
    });
  });

  test.each([
    [['--bogus', '1'], 'unknown flag --bogus'],
    [['--hidden', 'many'], "--hidden (model.hidden) needs a number, not 'many'"],
    [['--hidden'], '--hidden (model.hidden) needs a value'],
    [['--bias=yes'], '--bias (model.bias) takes no value'],
    [['stray'], "unexpected argument 'stray'"],
  ])('%j is a usage error naming %s', (argv, message) => {
    expect(() => parse(...argv)).toThrow(UsageError);
    expect(() => parse(...argv)).toThrow(message);
  });

  test('a command without run settings names a run-setting flag as such', () => {
    const bench: CliSpec = {
      name: 'bench',
      synopsis: '[options]',
      runSettings: false,
      options: {},
    };
    expect(() => parseCli(bench, ['--hidden', '8'])).toThrow(
      '--hidden is a run setting, which bench does not take',
    );
  });

  test('an unknown flag exits 2 with the usage line; -h prints the help and exits 0', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
    const run = vi.fn(async () => 0);
    expect(await runCommand(spec, ['--nope'], run)).toBe(2);
    expect(errors.mock.calls.flat().join('\n')).toMatch(
      /^experiment: unknown flag --nope.*\nUsage: npm run experiment -- /,
    );
    expect(await runCommand(spec, ['-h'], run)).toBe(0);
    expect(logs.mock.calls.flat().join('\n')).toBe(usageText(spec));
    expect(run).not.toHaveBeenCalled();
  });

  test('a bad value is refused by the schema, naming the field', () => {
    expect(() => runConfig(parse('--manifold', 'cube').config)).toThrow('geometry.manifold');
    expect(() => runConfig(parse('--sigma2', '0.1').config)).toThrow('inhibitor.sigma2');
  });

  test('the help lists choices from the schema and the branch a field belongs to', () => {
    const help = runSettingsHelp();
    // Every id of the schema's list, so adding a manifold does not break this test.
    expect(help).toContain(`[${manifoldIds.join(' | ')}]`);
    expect(help).toMatch(/--manifold NAME +Space the hidden units live on \[circle \| sphere/);
    expect(help).toMatch(/--place-cells N .*\[4 … 4096\] \(task\.kind navigation\)/);
    expect(help).toMatch(/--bias, --no-bias/);
    expect(help).toMatch(/^ Geometry$/m);
  });

  test('a key that branches explain differently gets each branch’s own text', () => {
    const seqLen = runSettingsHelp()
      .split('\n')
      .find((line) => line.includes('--seq-len'))!;
    expect(seqLen).toContain(
      'navigation: Trajectory length T in steps of 0.02 s; adding: Sequence length T; text: Backprop-through-time length T',
    );
  });
});
