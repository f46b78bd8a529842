/**
 * Every file of the malformed-run corpus (tests/malformed) is refused with a message that
 * names the bad field, without throwing, and without touching anything: a run that exists
 * keeps its weights and step, the input is not altered, no prototype is polluted.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  baseConfig,
  corpus,
  expectedParts,
  materialize,
  validRunText,
} from '../../../tests/malformed/corpus';
import { Trainer } from '../training/trainer';
import { importRun } from './runIO';

let valid: string;
/** All but the file over the size cap, for the tests that build every text more than once. */
const small = corpus.filter((m) => !m.large);

beforeAll(async () => {
  valid = await validRunText();
});

/** Own property names of the built-in prototypes a JSON "__proto__" key could reach. */
function prototypeKeys(): string[][] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) =>
    Object.getOwnPropertyNames(p).sort(),
  );
}

/** importRun's answer, asserting it did not throw. */
function attempt(text: string): ReturnType<typeof importRun> {
  let result: ReturnType<typeof importRun> | undefined;
  expect(() => {
    result = importRun(text);
  }).not.toThrow();
  return result as ReturnType<typeof importRun>;
}

describe('the malformed-run corpus', () => {
  test('has at least 60 distinct, named entries and starts from a file that imports', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((m) => m.name)).size).toBe(corpus.length);
    const result = importRun(valid);
    expect(result.ok && result.value.config).toEqual(baseConfig);
  });

  test('is deterministic: the same texts on a second build', async () => {
    expect(await validRunText()).toBe(valid);
    for (const m of small) expect(materialize(m, valid)).toBe(materialize(m, valid));
  });

  test('every edit changes the file', () => {
    for (const m of small) expect(materialize(m, valid), m.name).not.toBe(valid);
  });
});

describe('importRun refuses each malformed file, naming the field, without throwing', () => {
  for (const m of corpus) {
    test(m.name, () => {
      const result = attempt(materialize(m, valid));
      expect(result.ok).toBe(false);
      const error = result.ok ? '' : result.error;
      for (const part of expectedParts(m)) expect(error).toContain(part);
    });
  }
});

describe('a refused import changes nothing', () => {
  let trainer: Trainer;
  beforeAll(async () => {
    trainer = new Trainer(baseConfig);
    await trainer.trainStep();
  });
  afterAll(() => trainer.dispose());

  test('an existing run keeps its weights (bit for bit), masks, embedding, step and history', () => {
    const bits = (values: Record<string, Float32Array>) =>
      Object.fromEntries(
        Object.entries(values).map(([k, v]) => [k, Array.from(new Uint32Array(v.buffer))]),
      );
    const before = {
      weights: bits(trainer.weightValues()),
      masks: trainer.masks.snapshot(),
      embedding: bits({ p: trainer.regularization.positions() }),
      step: trainer.step,
      history: structuredClone(trainer.history),
    };
    for (const m of corpus) importRun(materialize(m, valid));
    expect(bits(trainer.weightValues())).toEqual(before.weights);
    expect(trainer.masks.snapshot()).toEqual(before.masks);
    expect(bits({ p: trainer.regularization.positions() })).toEqual(before.embedding);
    expect(trainer.step).toBe(before.step);
    expect(trainer.history).toEqual(before.history);
  });

  test('the input text and the valid file it was made from are left as they were', () => {
    const copy = `${valid}`;
    const parsed = JSON.parse(valid);
    for (const m of small) {
      const text = materialize(m, valid);
      const kept = text.slice();
      importRun(text);
      expect(text).toBe(kept);
    }
    expect(valid).toBe(copy);
    expect(JSON.parse(valid)).toEqual(parsed);
  });

  test('no prototype is polluted, and the valid file still imports to the same run', () => {
    const keys = prototypeKeys();
    const first = importRun(valid);
    for (const m of corpus) importRun(materialize(m, valid));
    expect(prototypeKeys()).toEqual(keys);
    const probe: Record<string, unknown> = {};
    for (const key of ['polluted', 'model', 'hidden', '0']) expect(probe[key]).toBeUndefined();
    expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
    expect(importRun(valid)).toEqual(first);
  });
});

describe('messages', () => {
  test('a config that is not an object is called "config", not "config.(config)"', () => {
    const file = JSON.parse(valid);
    file.config = null;
    const result = importRun(JSON.stringify(file));
    expect(result.ok ? '' : result.error).toMatch(/^config: /);
  });
});
