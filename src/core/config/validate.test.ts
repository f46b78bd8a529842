import { describe, expect, test } from 'vitest';
import { deepMerge, parseRunConfig, runConfig } from './validate';

/** The refusal message for `input`, failing the test if the config is accepted. */
function refusal(input: unknown): string {
  const result = parseRunConfig(input);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const navigation = (extra: object = {}) => ({ task: { kind: 'navigation' }, ...extra });

describe('task defaults (docs/science.md §Regularizer, §Pruning, §Tasks)', () => {
  test('navigation: λ 0.1, target sparsity 0.9, AdamW, no bias, no clipping', () => {
    const config = runConfig(navigation());
    expect(config.task).toMatchObject({ kind: 'navigation', placeCells: 512, seqLen: 20 });
    expect(config.regularizer).toMatchObject({ condition: 'moduli', lambda: 0.1, exponent: 1 });
    expect(config.pruning.targetSparsity).toBe(0.9);
    expect(config.model.bias).toBe(false);
    expect(config.training.optimizer).toBe('adamw');
    expect(config.training.clipNorm).toBe(0);
  });

  test('adding: λ 1e-3 with bias, grad-norm clip 0.5, target sparsity 0.95, n = 128', () => {
    const config = runConfig({ task: { kind: 'adding' } });
    expect(config.task).toEqual({ kind: 'adding', seqLen: 50 });
    expect(config.regularizer.lambda).toBe(1e-3);
    expect(config.model).toMatchObject({ hidden: 128, bias: true, activation: 'relu' });
    expect(config.training).toMatchObject({ clipNorm: 0.5, optimizer: 'adam', batch: 32 });
    expect(config.pruning.targetSparsity).toBe(0.95);
  });

  test('an empty config is the navigation default; given values override the task defaults', () => {
    expect(runConfig({})).toEqual(runConfig(navigation()));
    const config = runConfig({
      task: { kind: 'adding' },
      regularizer: { lambda: 0.5 },
      model: { bias: false },
    });
    expect(config.regularizer.lambda).toBe(0.5);
    expect(config.model.bias).toBe(false);
    expect(config.model.hidden).toBe(128);
  });
});

describe('refusals name the field', () => {
  test.each([
    ['hidden 0', { model: { hidden: 0 } }, 'model.hidden'],
    ['a fractional hidden size', { model: { hidden: 8.5 } }, 'model.hidden'],
    ['a negative λ', { regularizer: { lambda: -1 } }, 'regularizer.lambda'],
    ['sparsity 1.5', { pruning: { targetSparsity: 1.5 } }, 'pruning.targetSparsity'],
    ['an unknown manifold', { geometry: { manifold: 'cube' } }, 'geometry.manifold'],
    ['NaN', { training: { learningRate: NaN } }, 'training.learningRate'],
    ['Infinity', { training: { clipNorm: Infinity } }, 'training.clipNorm'],
    ['-Infinity', { seed: -Infinity }, 'seed'],
    ['a string for a number', { model: { hidden: '64' } }, 'model.hidden'],
    ['a number for a boolean', { model: { bias: 1 } }, 'model.bias'],
    ['exponent 3', { regularizer: { exponent: 3 } }, 'regularizer.exponent'],
  ])('%s', (_name, extra, field) => {
    expect(refusal(navigation(extra))).toContain(`${field}:`);
  });

  test('an unknown task kind', () => {
    const message = refusal({ task: { kind: 'speech' } });
    expect(message).toMatch(/^task(\.kind)?:/);
  });

  test('an unknown extra key, at the top level and inside a section', () => {
    expect(refusal(navigation({ bogus: 1 }))).toContain('bogus');
    const nested = refusal(navigation({ model: { hidden: 8, widht: 3 } }));
    expect(nested).toContain('model:');
    expect(nested).toContain('widht');
  });

  test('a JSON "__proto__" key is refused by name and pollutes nothing', () => {
    const top = JSON.parse('{"task": {"kind": "navigation"}, "__proto__": {"x": 1}}');
    const nested = JSON.parse(
      '{"task": {"kind": "adding"}, "model": {"__proto__": {"hidden": 0}}}',
    );
    const bare = JSON.parse('{"__proto__": {"x": 1}}');
    expect(refusal(top)).toContain('__proto__');
    const nestedMessage = refusal(nested);
    expect(nestedMessage).toContain('model:');
    expect(nestedMessage).toContain('__proto__');
    expect(refusal(bare)).toContain('__proto__');
    // The merge the CLI does (config file, then flags) keeps it an own key too.
    const merged = deepMerge({ model: { hidden: 8 } }, bare) as Record<string, unknown>;
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(refusal(merged)).toContain('__proto__');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).hidden).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });

  test('DoG with σ₂ ≤ σ₁', () => {
    for (const sigma2 of [0.25, 0.1]) {
      const message = refusal(navigation({ inhibitor: { kind: 'dog', sigma1: 0.25, sigma2 } }));
      expect(message).toContain('inhibitor.sigma2:');
      expect(message).toContain('σ₁');
    }
    expect(
      parseRunConfig(navigation({ inhibitor: { kind: 'dog', sigma1: 0.25, sigma2: 0.3 } })).ok,
    ).toBe(true);
  });

  test('a trained embedding with the diffusion inhibitor, saying why: the embedding collapses', () => {
    const message = refusal(
      navigation({ geometry: { embedding: 'trained' }, inhibitor: { kind: 'diffusion' } }),
    );
    expect(message).toContain('inhibitor.kind:');
    expect(message).toMatch(/collapse/);
    const fixed = navigation({
      geometry: { embedding: 'fixed' },
      inhibitor: { kind: 'diffusion' },
    });
    expect(parseRunConfig(fixed).ok).toBe(true);
  });

  test('a trained embedding with the l1 condition', () => {
    const message = refusal(
      navigation({ geometry: { embedding: 'trained' }, regularizer: { condition: 'l1' } }),
    );
    expect(message).toContain('geometry.embedding:');
    expect(message).toContain("'l1'");
  });

  test('non-objects are refused, not thrown on', () => {
    for (const input of [null, 42, 'navigation', [1, 2]]) {
      expect(() => parseRunConfig(input)).not.toThrow();
      expect(parseRunConfig(input).ok).toBe(false);
    }
  });

  test('runConfig throws an Error carrying the same message', () => {
    const bad = navigation({ model: { hidden: 0 }, regularizer: { lambda: -1 } });
    const message = refusal(bad);
    expect(message).toContain('model.hidden');
    expect(message).toContain('regularizer.lambda');
    expect(() => runConfig(bad)).toThrow(Error);
    expect(() => runConfig(bad)).toThrow(message);
  });

  test('a task or inhibitor given without its kind takes the default kind, or the one that fits', () => {
    expect(runConfig({ task: { seqLen: 5 } }).task).toMatchObject({
      kind: 'navigation',
      seqLen: 5,
    });
    expect(runConfig({ inhibitor: { c: 2 } }).inhibitor).toMatchObject({ kind: 'dog', c: 2 });
    expect(runConfig({ inhibitor: { mu: 3 } }).inhibitor).toMatchObject({
      kind: 'sinusoid',
      mu: 3,
    });
    // The text task's defaults follow from the kind so found (tanh, bias).
    expect(runConfig({ task: { layers: 2 } }).model).toMatchObject({
      activation: 'tanh',
      bias: true,
    });
    // Keys of two kinds fit none: the schema refuses, naming the kind.
    expect(refusal({ inhibitor: { mu: 3, power: 2 } })).toContain('inhibitor.kind');
  });
});
