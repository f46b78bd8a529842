import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runConfig } from '../config/validate';
import { Trainer } from '../training/trainer';
import { exportRun, importRun, type ImportedRun } from './runIO';
import type { RunFile } from './runFile';

// Three epochs of three steps, W_hh pruned to 0, 25%, 50%: five steps are past the first
// pruning (step 3), so the masks, the history and the step all carry something.
const config = runConfig({
  task: { kind: 'navigation', placeCells: 16, seqLen: 4 },
  model: { hidden: 8 },
  pruning: { targetSparsity: 0.5, scope: 'whh' },
  training: { epochs: 3, stepsPerEpoch: 3, batch: 4, validationBatches: 1 },
  seed: 7,
});

let original: Trainer;
let fileText: string;

beforeAll(async () => {
  original = new Trainer(config);
  for (let i = 0; i < 5; i++) await original.trainStep();
  await original.validate();
  fileText = JSON.stringify(exportRun(original));
});

afterAll(() => original.dispose());

function imported(text: string): ImportedRun {
  const result = importRun(text);
  if (!result.ok) throw new Error(`import refused: ${result.error}`);
  return result.value;
}

/**
 * Same bits, not just equal values (two NaNs, or 1 and 1 + 2⁻²³ printed short, would be told
 * apart), except the sign of zero: JSON has no −0, and the trainer zeroes pruned weights by
 * multiplying with the mask, which leaves −0 where the weight was negative.
 */
function expectSameBits(actual: Float32Array, expected: Float32Array): void {
  const bits = (x: Float32Array) =>
    Array.from(new Uint32Array(x.map((v) => (v === 0 ? 0 : v)).buffer));
  expect(actual.length).toBe(expected.length);
  expect(bits(actual)).toEqual(bits(expected));
}

describe('export → JSON → import', () => {
  test('restores identical weights, masks, embedding, step and history', () => {
    expect(original.masks.whhSparsity).toBeCloseTo(0.25, 1);
    const run = imported(fileText);
    expect(run.config).toEqual(config);
    const restored = new Trainer(run.config, run.state, run.history);
    const before = original.weightValues();
    const after = restored.weightValues();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) expectSameBits(after[name], before[name]);
    for (const name of original.masks.names)
      expect(Array.from(restored.masks.mask(name))).toEqual(Array.from(original.masks.mask(name)));
    expect(restored.masks.names.sort()).toEqual(original.masks.names.sort());
    expectSameBits(restored.regularization.positions(), original.regularization.positions());
    expect(restored.step).toBe(5);
    expect(restored.lottery).toBe(false);
    expect(restored.history).toEqual(original.history);
    expect(restored.history.metrics).toHaveLength(5);
    expect(restored.history.validation).toHaveLength(1);
    restored.dispose();
  });

  test('continuing the import gives exactly the next step of the original', async () => {
    const run = imported(fileText);
    const restored = new Trainer(run.config, run.state, run.history);
    const twin = imported(fileText);
    const copy = new Trainer(twin.config, twin.state, twin.history);
    // The original is continued last: the other tests read it at step 5.
    const fromImport = await restored.trainStep();
    const fromCopy = await copy.trainStep();
    const fromOriginal = await original.trainStep();
    expect(fromImport).toEqual(fromOriginal);
    expect(fromImport.totalLoss).toBe(fromOriginal.totalLoss);
    expect(fromCopy).toEqual(fromImport);
    expect(fromImport.step).toBe(5);
    restored.dispose();
    copy.dispose();
  });

  test('an exported lottery ticket comes back as a lottery ticket', async () => {
    const trainer = new Trainer(config);
    while (!trainer.done) await trainer.trainStep();
    const ticket = trainer.lotteryTicket();
    await ticket.trainStep();
    await ticket.trainStep();
    const run = imported(JSON.stringify(exportRun(ticket)));
    expect(run.state.lottery).toBe(true);
    expect(run.state.step).toBe(2);
    const restored = new Trainer(run.config, run.state, run.history);
    expect(restored.lottery).toBe(true);
    expect(Array.from(restored.masks.mask('whh'))).toEqual(Array.from(trainer.masks.mask('whh')));
    expect(restored.masks.whhSparsity).toBeCloseTo(0.5, 1);
    // No further pruning: the masks stay those of the sparse run.
    await restored.trainStep();
    expect(Array.from(restored.masks.mask('whh'))).toEqual(Array.from(trainer.masks.mask('whh')));
    [trainer, ticket, restored].forEach((t) => t.dispose());
  });
});

describe('import refusals name the field and never throw', () => {
  /** A fresh, mutable copy of the exported file. */
  const file = (): RunFile & Record<string, unknown> => JSON.parse(fileText);

  function refusal(text: string): string {
    let result: ReturnType<typeof importRun> | undefined;
    expect(() => {
      result = importRun(text);
    }).not.toThrow();
    if (!result || result.ok) throw new Error('expected the import to be refused');
    return result.error;
  }

  const edited = (edit: (f: RunFile & Record<string, unknown>) => void): string => {
    const f = file();
    edit(f);
    return JSON.stringify(f);
  };

  test('not JSON', () => {
    expect(refusal('{"format": "moduli-lab-run", ')).toMatch(/^file: not valid JSON/);
    expect(refusal('')).toMatch(/^file:/);
  });

  test('not an object', () => {
    for (const text of ['null', '42', '"run"', '[]'])
      expect(refusal(text)).toMatch(/expected object/);
  });

  test('a wrong format string', () => {
    expect(refusal(edited((f) => (f.format = 'some-other-run' as never)))).toContain('format:');
  });

  test('version 2', () => {
    expect(refusal(edited((f) => (f.version = 2 as never)))).toMatch(/^version:.*2/);
  });

  test('W_hh of the wrong shape', () => {
    expect(refusal(edited((f) => (f.weights.whh as number[][]).pop()))).toContain('weights.whh');
    expect(refusal(edited((f) => (f.weights.whh as number[][])[3].push(0.5)))).toContain(
      'weights.whh: row 3 has',
    );
  });

  test('a mask entry of 2', () => {
    expect(refusal(edited((f) => ((f.masks.whh as number[][])[0][3] = 2)))).toContain(
      'masks.whh: row 0, column 3: 2, expected 0 or 1',
    );
  });

  test('an embedding of the wrong dimension', () => {
    expect(refusal(edited((f) => (f.embedding.dim = 3)))).toContain('embedding.dim');
    const points = edited((f) => {
      f.embedding.points = (f.embedding.points as number[][]).map((p) => [...p, 0]);
    });
    expect(refusal(points)).toContain('embedding.points');
  });

  test('NaN as a string, or 1e400 (Infinity once parsed), in a weight', () => {
    const text = edited((f) => ((f.weights.whh as number[][])[1][2] = 12345.5));
    expect(text).toContain('12345.5');
    expect(refusal(text.replace('12345.5', '"NaN"'))).toContain(
      'weights.whh: row 1, column 2: "NaN", expected a finite float32',
    );
    expect(refusal(text.replace('12345.5', 'null'))).toContain(
      'weights.whh: row 1, column 2: null',
    );
    expect(refusal(text.replace('12345.5', '1e400'))).toContain('weights.whh');
    expect(refusal(text.replace('12345.5', '-1e400'))).toContain('weights.whh');
  });

  test('a missing weight, and an extra one', () => {
    expect(refusal(edited((f) => delete f.weights.decoder))).toContain('weights.decoder');
    expect(refusal(edited((f) => (f.weights.whx = [[1]])))).toContain('weights.whx');
  });

  test('a missing mask', () => {
    expect(refusal(edited((f) => delete f.masks.whh))).toContain('masks.whh');
  });

  test('a step beyond the run', () => {
    expect(refusal(edited((f) => (f.step = 10)))).toMatch(/^step:/);
    expect(refusal(edited((f) => (f.step = -1)))).toMatch(/^step:/);
  });

  test('a run that ended after its stabiliser epochs is not beyond itself', () => {
    // 3 epochs + 1 stabiliser epoch of 3 steps: step 12 is the last.
    const stabilised = edited((f) => {
      (f.config as { training: { stabiliserEpochs: number } }).training.stabiliserEpochs = 1;
      f.step = 12;
    });
    expect(importRun(stabilised).ok).toBe(true);
    expect(refusal(edited((f) => (f.step = 12)))).toMatch(/^step: 12 is beyond the run's 9 steps/);
  });

  test('a bad config inside', () => {
    const message = refusal(
      edited((f) => ((f.config as { model: { hidden: number } }).model.hidden = 0)),
    );
    expect(message).toContain('config.model.hidden');
  });

  test('a valid config that does not fit the weights', () => {
    const message = refusal(
      edited((f) => ((f.config as { model: { hidden: number } }).model.hidden = 9)),
    );
    expect(message).toMatch(/^(weights|masks|embedding)\./);
  });

  test('an unknown top-level key', () => {
    expect(refusal(edited((f) => (f.extra = 1)))).toContain('extra');
  });
});

describe('a two-layer text run', () => {
  const text = 'It is a truth universally acknowledged, that a single man in possession. '.repeat(
    20,
  );
  const textConfig = runConfig({
    task: { kind: 'text', layers: 2, seqLen: 8, embeddingSize: 6 },
    model: { hidden: 8 },
    geometry: { embedding: 'trained' },
    pruning: { targetSparsity: 0.5, scope: 'perMatrix' },
    training: { epochs: 3, stepsPerEpoch: 2, batch: 4, validationBatches: 1 },
    seed: 3,
  });
  let trainer: Trainer;
  let file: string;

  beforeAll(async () => {
    trainer = new Trainer(textConfig, undefined, undefined, { text });
    for (let i = 0; i < 3; i++) await trainer.trainStep();
    file = JSON.stringify(exportRun(trainer));
  });

  afterAll(() => trainer.dispose());

  test('round-trips every layer’s weights, masks, positions and Adam moments, and the vocabulary', async () => {
    const run = imported(file);
    expect(run.state.vocabulary).toEqual(trainer.task.vocabulary);
    const restored = new Trainer(run.config, run.state, run.history, { text });
    const before = trainer.weightValues();
    expect(Object.keys(before)).toContain('whh.1');
    for (const name of Object.keys(before))
      expectSameBits(restored.weightValues()[name], before[name]);
    for (const name of trainer.masks.names)
      expect(Array.from(restored.masks.mask(name))).toEqual(Array.from(trainer.masks.mask(name)));
    expectSameBits(restored.regularization.allPositions(), trainer.regularization.allPositions());
    expect(Object.keys(restored.regularization.trainableVariables)).toEqual([
      'embedding',
      'embedding.1',
    ]);
    // The original continues last: the other tests read only the exported file.
    expect(await restored.trainStep()).toEqual(await trainer.trainStep());
    restored.dispose();
  });

  test('without its text it imports for inspection, and training says what is missing', async () => {
    const run = imported(file);
    const restored = new Trainer(run.config, run.state, run.history);
    await expect(restored.trainStep()).rejects.toThrow(/no corpus loaded/);
    expect(restored.step).toBe(3);
    restored.dispose();
  });

  test('a missing, misplaced or malformed vocabulary is refused by name', () => {
    const edit = (f: (run: RunFile) => void) => {
      const run = JSON.parse(file) as RunFile;
      f(run);
      return importRun(JSON.stringify(run));
    };
    const error = (result: ReturnType<typeof importRun>) => (result.ok ? '' : result.error);
    expect(error(edit((r) => delete r.vocabulary))).toMatch(/^vocabulary: missing/);
    expect(error(edit((r) => r.vocabulary!.reverse()))).toMatch(/^vocabulary: the first token/);
    expect(error(edit((r) => r.vocabulary!.push('zebra')))).toMatch(/^weights\./);
    const navigation = JSON.parse(fileText) as RunFile;
    navigation.vocabulary = ['<unk>'];
    expect(error(importRun(JSON.stringify(navigation)))).toMatch(/^vocabulary: only text runs/);
  });
});
