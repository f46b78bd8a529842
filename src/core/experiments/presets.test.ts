import { describe, expect, test } from 'vitest';
import { parseRunConfig, runConfig } from '../config/validate';
import { Trainer } from '../training/trainer';
import { parseComparisonConfig, planComparison } from './comparison';
import { getPreset, presets } from './presets';

describe('presets', () => {
  test.each(presets.map((p) => [p.id, p] as const))('%s validates with its schema', (_id, p) => {
    const parsed = p.kind === 'run' ? parseRunConfig(p.config) : parseComparisonConfig(p.config);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(p.title.length).toBeGreaterThan(0);
    expect(p.description.length).toBeGreaterThan(80);
  });

  test('ids are unique and found by getPreset', () => {
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
    expect(getPreset('table1')?.title).toBe('Paper Table 1 at browser scale');
    expect(getPreset('nope')).toBeUndefined();
  });

  test('Table 1 is exactly the browser-scale configuration of docs/science.md §Reproducing the paper', () => {
    const preset = getPreset('table1');
    if (preset?.kind !== 'comparison') throw new Error('table1 is a comparison');
    const parsed = parseComparisonConfig(preset.config);
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planComparison(parsed.value);
    expect(plan).toHaveLength(4 * 2);
    expect([...new Set(plan.map((r) => r.condition))]).toEqual([
      'torus',
      'no reg',
      'L1',
      'shuffled',
    ]);
    expect(parsed.value.seeds).toEqual([1, 2]);
    expect(parsed.value.lottery).toBe(true);
    for (const { config } of plan) {
      expect(config.task).toMatchObject({ kind: 'navigation', placeCells: 512, seqLen: 20 });
      expect(config.model.hidden).toBe(256);
      expect(config.training).toMatchObject({
        optimizer: 'adamw',
        learningRate: 3e-3,
        batch: 64,
        epochs: 10,
        stepsPerEpoch: 300,
      });
      expect(config.regularizer.lambda).toBe(0.1);
      expect(config.inhibitor).toMatchObject({ kind: 'dog', c: 100, sigma1: 0.25, sigma2: 5 });
      expect(config.pruning).toEqual({ targetSparsity: 0.9, scope: 'whh' });
    }
    const byCondition = Object.fromEntries(plan.map((r) => [r.condition, r.config]));
    expect(byCondition.torus.regularizer.condition).toBe('moduli');
    expect(byCondition.torus.geometry.manifold).toBe('torus');
    expect(byCondition['no reg'].regularizer.condition).toBe('none');
    expect(byCondition.L1.regularizer.condition).toBe('l1');
    expect(byCondition.shuffled.regularizer.condition).toBe('shuffled');
  });

  test('the Table-1 run preset is the schema default and the torus condition of Table 1', () => {
    const run = getPreset('table1-run');
    const table = getPreset('table1');
    if (run?.kind !== 'run' || table?.kind !== 'comparison') throw new Error('wrong kinds');
    const parsed = parseComparisonConfig(table.config);
    if (!parsed.ok) throw new Error(parsed.error);
    const torus = planComparison(parsed.value).find((r) => r.condition === 'torus' && r.seed === 1);
    expect(runConfig(run.config)).toEqual(runConfig({}));
    expect(runConfig(run.config)).toEqual(torus?.config);
  });

  test('the quick start is not the schema default: it is the small run of its description', () => {
    const preset = getPreset('quick-start');
    if (preset?.kind !== 'run') throw new Error('quick-start is a run');
    const config = runConfig(preset.config);
    expect(config).not.toEqual(runConfig({}));
    expect(config.task).toMatchObject({ kind: 'navigation', placeCells: 128, seqLen: 10 });
    expect(config.model.hidden).toBe(128);
    expect(config.geometry.manifold).toBe('torus');
    expect(config.pruning).toEqual({ targetSparsity: 0.5, scope: 'whh' });
    expect(config.training.epochs * config.training.stepsPerEpoch).toBe(400);
  });

  // The first run a newcomer trains has to move visibly within its first 200 steps (in a tab on
  // a 2-core machine, under half a minute); the e2e suite times the same in Chromium.
  test('the quick start decodes position under 50 cm after 160 steps (seed 1)', async () => {
    const preset = getPreset('quick-start');
    if (preset?.kind !== 'run') throw new Error('quick-start is a run');
    const trainer = new Trainer(runConfig({ ...preset.config, seed: 1 }));
    const untrained = await trainer.validate();
    expect(untrained.metric).toBeGreaterThan(80);
    for (let step = 0; step < 160; step++) await trainer.trainStep();
    const trained = await trainer.validate();
    expect(trained.metric).toBeLessThan(50);
    trainer.dispose();
  });
});

describe('paper-scale presets (for a cluster)', () => {
  const planOf = (id: string) => {
    const preset = getPreset(id);
    if (preset?.kind !== 'comparison') throw new Error(`${id} is a comparison`);
    const parsed = parseComparisonConfig(preset.config);
    if (!parsed.ok) throw new Error(parsed.error);
    return planComparison(parsed.value);
  };

  test('table1-paper: 4 conditions × 5 seeds at n = 4096, batch 200, T = 50, 30 × 1000 steps', () => {
    const plan = planOf('table1-paper');
    expect(plan).toHaveLength(20);
    for (const { config, lottery } of plan) {
      expect(lottery).toBe(true);
      expect(config.model.hidden).toBe(4096);
      expect(config.task).toMatchObject({ kind: 'navigation', placeCells: 512, seqLen: 50 });
      expect(config.training).toMatchObject({ learningRate: 1e-4, batch: 200, epochs: 30 });
      expect(config.training.stepsPerEpoch).toBe(1000);
      expect(config.pruning.targetSparsity).toBe(0.9);
    }
  });

  test('table8-paper: 4 conditions × 5 seeds of 500,000 adding batches at 95%', () => {
    const plan = planOf('table8-paper');
    expect(plan).toHaveLength(20);
    for (const { config } of plan) {
      expect(config.task).toMatchObject({ kind: 'adding', seqLen: 50 });
      expect(config.model.hidden).toBe(128);
      expect(config.training.epochs * config.training.stepsPerEpoch).toBe(500_000);
      expect(config.training).toMatchObject({ learningRate: 1e-4, batch: 32, clipNorm: 0.5 });
      expect(config.regularizer.lambda).toBe(1e-3);
      expect(config.pruning.targetSparsity).toBe(0.95);
    }
  });
});
