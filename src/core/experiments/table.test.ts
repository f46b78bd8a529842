import { describe, expect, test } from 'vitest';
import { runConfig } from '../config/validate';
import type { ComparisonResult, RunOutcome } from './runner';
import { formatTable, meanStd, summarize, toCsv, toJson } from './table';

const config = runConfig({});
const outcome = (
  condition: string,
  seed: number,
  sparseMetric: number | null,
  lotteryMetric: number | null,
): RunOutcome => ({
  id: `${condition}/90%/seed ${seed}`,
  condition,
  seed,
  sparsity: 0.9,
  sparseMetric,
  lotteryMetric,
  diverged: sparseMetric === null ? 'sparse' : lotteryMetric === null ? 'lottery' : null,
  whhSparsity: 0.9,
  // W_hh-only pruning at n = 256: 90% of W_hh is ~18% of all weights; one run's masks differ.
  globalSparsity: condition === 'torus' && seed === 3 ? 0.1825 : 0.18,
  seconds: 1,
  config,
});

const result: ComparisonResult = {
  metricLabel: 'error',
  metricUnit: 'cm',
  metricBaseline: 100,
  conditions: ['torus', 'no, reg'],
  sparsities: [0.9],
  seeds: [1, 2, 3],
  lottery: true,
  planned: 6,
  runs: [
    outcome('torus', 1, 1, 10),
    outcome('torus', 2, 2, 20),
    outcome('torus', 3, 4, 40),
    outcome('no, reg', 1, 70, 60),
    outcome('no, reg', 2, 80, null),
    outcome('no, reg', 3, null, null),
  ],
  cancelled: false,
  seconds: 6,
};

describe('meanStd', () => {
  test('1, 2, 4: mean 7/3, sample std √(7/3) (n − 1, like np.std(ddof=1))', () => {
    const { mean, std } = meanStd([1, 2, 4]);
    expect(mean).toBeCloseTo(2.333333333, 9);
    // deviations −4/3, −1/3, 5/3: squares sum 42/9 = 14/3; / (3 − 1) = 7/3
    expect(std).toBeCloseTo(1.527525232, 9);
  });
  test('one value has a mean and no spread; none has neither', () => {
    expect(meanStd([5])).toEqual({ mean: 5, std: null });
    expect(meanStd([])).toEqual({ mean: null, std: null });
  });
});

describe('summarize', () => {
  const table = summarize(result);

  test('a Sparse and a Lottery row per sparsity, a cell per condition', () => {
    expect(table.rows.map((r) => r.label)).toEqual(['90% Sparse', '90% Lottery']);
    const [sparse, lottery] = table.rows;
    expect(sparse.cells[0].mean).toBeCloseTo(7 / 3, 12);
    expect(sparse.cells[0].std).toBeCloseTo(Math.sqrt(7 / 3), 12);
    expect(lottery.cells[0].mean).toBeCloseTo(70 / 3, 12);
    // 70, 80: mean 75, sample std √50; one diverged run is counted, not averaged.
    const dropped = { divergedScored: false };
    expect(sparse.cells[1]).toEqual({
      mean: 75,
      std: Math.sqrt(50),
      n: 2,
      diverged: 1,
      ...dropped,
    });
    expect(lottery.cells[1]).toEqual({ mean: 60, std: null, n: 1, diverged: 2, ...dropped });
    expect(sparse.globalSparsity).toEqual({ min: 0.18, max: 0.1825 });
    expect(table.diverged).toBe('drop');
  });

  test('diverged runs scored as failures count at the task’s trivial score (here 100 cm)', () => {
    const [sparse, lottery] = summarize(result, { diverged: 'failure' }).rows;
    // 70, 80, 100: mean 250/3; deviations −40/3, −10/3, 50/3: squares 4200/9, / 2 = 700/3.
    expect(sparse.cells[1].mean).toBeCloseTo(250 / 3, 12);
    expect(sparse.cells[1].std).toBeCloseTo(Math.sqrt(700 / 3), 12);
    expect(sparse.cells[1]).toMatchObject({ n: 3, diverged: 1, divergedScored: true });
    // The ticket of a diverged run was never trained: it fails too. 60, 100, 100.
    expect(lottery.cells[1].mean).toBeCloseTo(260 / 3, 12);
    expect(lottery.cells[1]).toMatchObject({ n: 3, diverged: 2 });
    const { mean, std, n } = summarize(result).rows[0].cells[0];
    expect(sparse.cells[0]).toMatchObject({ mean, std, n }); // nothing diverged: unchanged
    const text = formatTable(summarize(result, { diverged: 'failure' }));
    expect(text).toContain('diverged runs scored as failures (100)');
    expect(text).toContain('83.33 (15.28) incl. 1 diverged');
  });

  test('scoring failures needs the task’s trivial score, which old result files lack', () => {
    const old: ComparisonResult = { ...result, metricBaseline: undefined };
    expect(() => summarize(old, { diverged: 'failure' })).toThrow(/metricBaseline/);
    expect(summarize(old).rows).toHaveLength(2);
  });

  test('without lottery tickets there are only Sparse rows', () => {
    const rows = summarize({ ...result, lottery: false }).rows;
    expect(rows.map((r) => r.label)).toEqual(['90% Sparse']);
  });

  test('formatTable aligns the columns and says which std', () => {
    const text = formatTable(table);
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'error (cm): mean (std: sample, n − 1) over seeds 1, 2, 3; diverged runs left out and counted',
    );
    expect(lines[1]).toMatch(/^ {2,}global sparsity {2,}torus {2,}no, reg$/);
    expect(lines[2]).toMatch(
      /^90% Sparse {2,}18\.0%–18\.3% {2,}2\.33 \(1\.53\) {2,}75\.00 \(7\.07\) \+1 diverged$/,
    );
    expect(lines[3]).toMatch(
      /^90% Lottery {2,}18\.0%–18\.3% {2,}23\.33 \(15\.28\) {2,}60\.00 \(—\) \+2 diverged$/,
    );
    expect(new Set(lines.slice(1).map((l) => l.length)).size).toBe(1);
  });

  test('a cancelled table says how far it got', () => {
    const text = formatTable(summarize({ ...result, cancelled: true, planned: 8 }));
    expect(text.split('\n')[0]).toContain('cancelled after 6 of 8 runs');
  });
});

describe('export', () => {
  const table = summarize(result);

  test('CSV: a line per row, its global sparsity, mean, std, n and diverged per condition', () => {
    const lines = toCsv(table).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'row,sparsity,kind,global sparsity min,global sparsity max,' +
        'torus mean,torus std,torus n,torus diverged,' +
        '"no, reg mean","no, reg std","no, reg n","no, reg diverged"',
    );
    const cells = lines[1].split(',');
    expect(cells.slice(0, 5)).toEqual(['90% Sparse', '0.9', 'Sparse', '0.18', '0.1825']);
    expect(Number(cells[5])).toBeCloseTo(7 / 3, 12);
    expect(Number(cells[6])).toBeCloseTo(Math.sqrt(7 / 3), 12);
    expect(lines[2].split(',').slice(-4)).toEqual(['60', '', '1', '2']);
  });

  test('JSON carries the table and the raw runs with their configs', () => {
    const file = JSON.parse(toJson(table, result));
    expect(file.format).toBe('moduli-lab-comparison');
    expect(file.table).toEqual(JSON.parse(JSON.stringify(table)));
    expect(file.result.runs).toHaveLength(6);
    expect(file.result.runs[0].config.model.hidden).toBe(256);
  });
});
