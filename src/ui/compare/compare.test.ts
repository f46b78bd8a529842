import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { runConfig } from '../../core/config/validate';
import { comparisonConfig, planComparison } from '../../core/experiments/comparison';
import { presets } from '../../core/experiments/presets';
import {
  plannedSteps,
  type ComparisonResult,
  type RunOutcome,
} from '../../core/experiments/runner';
import { summarize } from '../../core/experiments/table';
import { buildComparison, formFromPreset, splitSteps, type ComparisonPreset } from './compareForm';
import { ComparisonSetup } from './ComparisonSetup';
import { comparisonRecord } from './comparisonRecord';
import { bestInRow, dotChart, formatDuration, tableDigits } from './resultsModel';

const comparisonPresets = presets.filter((p): p is ComparisonPreset => p.kind === 'comparison');
const table1 = comparisonPresets.find((p) => p.id === 'table1') as ComparisonPreset;
/** 10 epochs and 1 stabiliser epoch of 300 steps: 3,300 steps per run. */
const trainedR3 = comparisonPresets.find((p) => p.id === 'trained-r3') as ComparisonPreset;

describe('the Compare form', () => {
  it('starts from every comparison preset as it is', () => {
    for (const preset of comparisonPresets) {
      const built = buildComparison(formFromPreset(preset), preset);
      expect(built.ok, preset.id).toBe(true);
    }
    const form = formFromPreset(table1);
    expect(form).toMatchObject({ seeds: '1, 2', sparsities: '90', lottery: true, steps: '' });
  });

  it('applies seeds, sparsities in percent, lottery and a shorter run', () => {
    const form = { ...formFromPreset(table1), seeds: '3 4;5', sparsities: '90, 99.9' };
    const built = buildComparison({ ...form, lottery: false, steps: '600' }, table1);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.config).toMatchObject({
      seeds: [3, 4, 5],
      targetSparsities: [0.9, 0.999],
      lottery: false,
      base: { training: { epochs: 10, stepsPerEpoch: 60, learningRate: 3e-3 } },
    });
    expect(built.runs).toBe(3 * 2 * 4);
    expect(built.stepsPerRun).toBe(600);
    expect(built.name).toContain('600 steps per run');
    expect(splitSteps(4, 10)).toEqual({ epochs: 4, stepsPerEpoch: 1 });
  });

  it('counts the steps a run takes, stabiliser epochs included, as the runner does', () => {
    for (const preset of comparisonPresets) {
      for (const steps of ['', '600', '4']) {
        const built = buildComparison({ ...formFromPreset(preset), steps }, preset);
        if (!built.ok) throw new Error(`${preset.id}: ${JSON.stringify(built.errors)}`);
        const plan = planComparison(comparisonConfig(built.config));
        const lotteries = built.config.lottery === false ? 1 : 2;
        expect(built.runs * built.stepsPerRun * lotteries, `${preset.id} '${steps}'`).toBe(
          plannedSteps(plan),
        );
      }
    }
    // (10 + 1) × 300; 600 typed: 10 epochs + 1 of round(600 / 11) = 55 steps.
    expect(buildComparison(formFromPreset(trainedR3), trainedR3)).toMatchObject({
      stepsPerRun: 3300,
    });
    const quick = buildComparison({ ...formFromPreset(trainedR3), steps: '600' }, trainedR3);
    expect(quick).toMatchObject({ stepsPerRun: 605, name: expect.stringContaining('605 steps') });
    expect(splitSteps(4, 10, 1)).toEqual({ epochs: 3, stepsPerEpoch: 1 });
  });

  it('shows the steps a run takes, stabiliser epochs included', () => {
    const markup = (steps: string) =>
      renderToStaticMarkup(
        createElement(ComparisonSetup, {
          ...{ presets: comparisonPresets, errors: {}, running: false },
          form: { ...formFromPreset(trainedR3), steps },
          ...{ onChange: () => {}, onRun: () => {}, onCancel: () => {} },
        }),
      ).replace(/<!-- -->/g, '');
    const preset = markup('');
    expect(preset).toContain('placeholder="3300"');
    expect(preset).toContain(
      `10 epochs + 1 stabiliser epoch × 300 steps = ${(3300).toLocaleString()} steps per run`,
    );
    expect(markup('600')).toContain(
      '10 epochs + 1 stabiliser epoch × 55 steps = 605 steps per run',
    );
    expect(markup('x')).toContain(`= ${(3300).toLocaleString()} steps per run`);
  });

  it('refuses a bad config with the field name, before anything runs', () => {
    const form = formFromPreset(table1);
    const errorsOf = (patch: Partial<typeof form>) => {
      const built = buildComparison({ ...form, ...patch }, table1);
      return built.ok ? {} : built.errors;
    };
    expect(errorsOf({ seeds: '1, x' }).seeds).toContain("'x'");
    expect(errorsOf({ seeds: '1, 1' }).seeds).toMatch(/^seeds: .*differ/);
    expect(errorsOf({ seeds: '' }).seeds).toContain('at least one');
    expect(errorsOf({ sparsities: '100' }).sparsities).toMatch(/^targetSparsities\.0: /);
    expect(errorsOf({ steps: '0' }).steps).toContain('positive');
    expect(errorsOf({ steps: '200000000' }).steps).toMatch(/training\.stepsPerEpoch/);
  });
});

const outcome = (condition: string, seed: number, sparse: number, lottery: number): RunOutcome => ({
  ...{ id: `${condition}/${seed}`, condition, seed, sparsity: 0.9 },
  ...{ sparseMetric: sparse, lotteryMetric: lottery, diverged: null },
  ...{ whhSparsity: 0.9, globalSparsity: 0.5, seconds: 1, config: runConfig({}) },
});
const result: ComparisonResult = {
  ...{ metricLabel: 'error', metricUnit: 'cm', conditions: ['torus', 'L1'], sparsities: [0.9] },
  ...{ seeds: [1, 2], lottery: true, planned: 4, cancelled: false, seconds: 4 },
  runs: [outcome('torus', 1, 10, 14), outcome('torus', 2, 12, 10), outcome('L1', 1, 30, 9)],
};
const table = summarize(result);

describe('the results', () => {
  it('marks the lowest mean of each row as best', () => {
    expect(table.rows.map((r) => r.label)).toEqual(['90% Sparse', '90% Lottery']);
    expect(bestInRow(table)).toEqual([0, 1]);
    expect(tableDigits(table)).toBe(2);
  });

  it('draws mean ± std per condition and row, lower values higher up', () => {
    const chart = dotChart(table, { width: 300, height: 160, left: 40, top: 10, bottom: 20 });
    expect(chart.marks).toHaveLength(4);
    const torusSparse = chart.marks.find((m) => m.condition === 'torus' && m.row === 0);
    const l1Sparse = chart.marks.find((m) => m.condition === 'L1' && m.row === 0);
    expect(torusSparse && l1Sparse && torusSparse.y > l1Sparse.y).toBe(true);
    expect(torusSparse?.y0).toBeGreaterThan(torusSparse?.y ?? 0);
    expect(l1Sparse?.title).toContain('one seed');
    expect(chart.ticks.map((t) => t.label)).toEqual(['torus', 'L1']);
  });

  it('reads time left as people say it', () => {
    expect(formatDuration(null)).toBe('estimating…');
    expect(formatDuration(45.2)).toBe('45 s');
    expect(formatDuration(750)).toBe('12 min 30 s');
    expect(formatDuration(3900)).toBe('1 h 05 min');
  });

  it('saves as the table JSON, the CSV and the config that made it', () => {
    const record = comparisonRecord('Table 1', { seeds: [1, 2] }, table, result);
    expect(record.complete).toBe(true);
    expect(JSON.parse(record.tableJson)).toMatchObject({ table: { conditions: ['torus', 'L1'] } });
    expect(record.csv.split('\n')[0]).toContain('torus mean');
  });
});
