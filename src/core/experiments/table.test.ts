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
  globalSparsity: 0.5,
  seconds: 1,
  config,
});

const result: ComparisonResult = {
  metricLabel: 'error',
  metricUnit: 'cm',
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
    expect(sparse.cells[1]).toEqual({ mean: 75, std: Math.sqrt(50), n: 2, diverged: 1 });
    expect(lottery.cells[1]).toEqual({ mean: 60, std: null, n: 1, diverged: 2 });
  });

  test('without lottery tickets there are only Sparse rows', () => {
    const rows = summarize({ ...result, lottery: false }).rows;
    expect(rows.map((r) => r.label)).toEqual(['90% Sparse']);
  });

  test('formatTable aligns the columns and says which std', () => {
    const text = formatTable(table);
    const lines = text.split('\n');
    expect(lines[0]).toBe('error (cm): mean (std: sample, n − 1) over seeds 1, 2, 3');
    expect(lines[2]).toMatch(/^90% Sparse {2,}2\.33 \(1\.53\) {2,}75\.00 \(7\.07\) \+1 diverged$/);
    expect(lines[3]).toMatch(/^90% Lottery {2,}23\.33 \(15\.28\) {2,}60\.00 \(—\) \+2 diverged$/);
    expect(new Set(lines.slice(1).map((l) => l.length)).size).toBe(1);
  });

  test('a cancelled table says how far it got', () => {
    const text = formatTable(summarize({ ...result, cancelled: true, planned: 8 }));
    expect(text.split('\n')[0]).toContain('cancelled after 6 of 8 runs');
  });
});

describe('export', () => {
  const table = summarize(result);

  test('CSV: a line per row, mean, std and n per condition at full precision', () => {
    const lines = toCsv(table).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'row,sparsity,kind,torus mean,torus std,torus n,"no, reg mean","no, reg std","no, reg n"',
    );
    const cells = lines[1].split(',');
    expect(cells.slice(0, 3)).toEqual(['90% Sparse', '0.9', 'Sparse']);
    expect(Number(cells[3])).toBeCloseTo(7 / 3, 12);
    expect(Number(cells[4])).toBeCloseTo(Math.sqrt(7 / 3), 12);
    expect(lines[2].split(',').slice(-3)).toEqual(['60', '', '1']);
  });

  test('JSON carries the table and the raw runs with their configs', () => {
    const file = JSON.parse(toJson(table, result));
    expect(file.format).toBe('moduli-lab-comparison');
    expect(file.table).toEqual(JSON.parse(JSON.stringify(table)));
    expect(file.result.runs).toHaveLength(6);
    expect(file.result.runs[0].config.model.hidden).toBe(256);
  });
});
