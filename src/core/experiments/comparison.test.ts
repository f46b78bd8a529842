import { describe, expect, test } from 'vitest';
import { comparisonConfig, parseComparisonConfig, planComparison } from './comparison';

const valid = {
  base: { task: { kind: 'adding', seqLen: 5 }, model: { hidden: 8 } },
  conditions: [
    { label: 'torus', override: { geometry: { manifold: 'torus' } } },
    { label: 'no reg', override: { regularizer: { condition: 'none' } } },
  ],
  seeds: [1, 2, 3],
  targetSparsities: [0.5, 0.9],
};

/** `valid` with one part replaced. */
const withPart = (part: object) => ({ ...valid, ...part });

describe('planComparison', () => {
  test('plans condition × sparsity × seed, seed-major, each run fully validated', () => {
    const plan = planComparison(comparisonConfig(valid));
    expect(plan).toHaveLength(2 * 2 * 3);
    expect(new Set(plan.map((r) => r.id)).size).toBe(12);
    expect(plan.slice(0, 4).map((r) => r.id)).toEqual([
      'torus/50%/seed 1',
      'no reg/50%/seed 1',
      'torus/90%/seed 1',
      'no reg/90%/seed 1',
    ]);
    const run = plan.find((r) => r.id === 'no reg/90%/seed 3');
    expect(run?.config.seed).toBe(3);
    expect(run?.config.pruning.targetSparsity).toBe(0.9);
    expect(run?.config.regularizer.condition).toBe('none');
    expect(run?.config.model.hidden).toBe(8);
    // The adding task's own defaults fill what the base leaves out (docs/science.md §Regularizer: λ = 1e-3).
    expect(run?.config.regularizer.lambda).toBe(1e-3);
    expect(plan.every((r) => r.lottery)).toBe(true);
  });

  test('the base seed and sparsity are replaced by the axes', () => {
    const config = comparisonConfig(
      withPart({ base: { ...valid.base, seed: 7, pruning: { targetSparsity: 0.1 } } }),
    );
    const plan = planComparison(config);
    expect(new Set(plan.map((r) => r.config.seed))).toEqual(new Set([1, 2, 3]));
    expect(new Set(plan.map((r) => r.config.pruning.targetSparsity))).toEqual(new Set([0.5, 0.9]));
  });
});

describe('parseComparisonConfig refuses with a message naming the field', () => {
  test.each([
    [withPart({ seeds: [1, -1] }), 'seeds.1'],
    [withPart({ seeds: [1, 1] }), 'seeds: seeds must differ'],
    [withPart({ targetSparsities: [1] }), 'targetSparsities.0'],
    [withPart({ conditions: [] }), 'conditions'],
    [withPart({ lottery: 'yes' }), 'lottery'],
    [withPart({ bogus: 1 }), 'bogus'],
    [withPart({ base: { model: { hidden: 0 } } }), 'base: model.hidden'],
    [withPart({ base: [] }), 'base: expected an object'],
    [
      withPart({ conditions: [valid.conditions[0], { label: 'torus', override: {} }] }),
      'condition labels must differ',
    ],
    [
      withPart({ conditions: [{ label: 'big', override: { model: { hidden: 0 } } }] }),
      "conditions.0.override: 'big': model.hidden",
    ],
    [
      withPart({ conditions: [{ label: 'x', override: { seed: 4 } }] }),
      'conditions.0.override.seed: set seeds instead',
    ],
    [
      withPart({ conditions: [{ label: 'x', override: { pruning: { targetSparsity: 0.3 } } }] }),
      'conditions.0.override.pruning.targetSparsity',
    ],
    [
      withPart({ conditions: [{ label: 'nav', override: { task: { kind: 'navigation' } } }] }),
      'conditions.0.override.task',
    ],
    [withPart({ conditions: [{ label: ' ', override: {} }] }), 'conditions.0.label'],
  ])('%j → %s', (input, message) => {
    const result = parseComparisonConfig(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  test('comparisonConfig throws the same message', () => {
    expect(() => comparisonConfig(withPart({ seeds: [] }))).toThrow(
      /Invalid comparison config: seeds/,
    );
  });
});
