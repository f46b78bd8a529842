import { describe, expect, it } from 'vitest';
import { createMetricSeries, createValidationSeries } from '../data/metricSeries';
import { scaleLinear, scaleLog } from 'd3';
import { buildChart, chartSeries, stepExtent, yTicks } from './chartModel';

const area = { left: 0, right: 100, top: 0, bottom: 50 };
const style = { label: 'x', color: '#000' };

describe('chart model', () => {
  it('spans the steps of all its series and fits y to what is stored', () => {
    const m = createMetricSeries();
    const v = createValidationSeries();
    m.append([10, 20, 30].map((step) => ({ step, taskLoss: step / 10 })));
    v.append([{ step: 40, taskLoss: 0.5 }]);
    const series = [chartSeries(m, 'taskLoss', style), chartSeries(v, 'taskLoss', style)];
    expect(stepExtent(series)).toEqual([10, 40]);
    const model = buildChart(series, area, {}, 1)!;
    const [lo, hi] = model.y.domain();
    expect(lo).toBeLessThanOrEqual(0.5);
    expect(hi).toBeGreaterThanOrEqual(3);
    expect(model.lines[0].width).toBe(100);
  });

  it('ignores zeros on a log axis and keeps a fixed domain as given', () => {
    const m = createMetricSeries();
    m.append(
      [0, 1, 2, 3].map((step) => ({ step, penalty: [0, 0.01, 1, 100][step], whhSparsity: 0.5 })),
    );
    const log = buildChart([chartSeries(m, 'penalty', style)], area, { logY: true }, 2)!;
    expect(log.y.domain()[0]).toBeGreaterThan(0);
    expect(log.y.domain()[0]).toBeLessThanOrEqual(0.01);
    const fixed = buildChart([chartSeries(m, 'whhSparsity', style)], area, { yDomain: [0, 1] }, 1)!;
    expect(fixed.y.domain()).toEqual([0, 1]);
  });

  it('has nothing to draw before the first step', () => {
    expect(
      buildChart([chartSeries(createMetricSeries(), 'metric', style)], area, {}, 1),
    ).toBeNull();
  });
});

describe('y tick labels', () => {
  it('labels a linear 0–120 cm axis at 0, 50 and 100, not only at 100', () => {
    // A position error from 120 cm down to 13 cm: d3 offers 0, 20, …, 120 for four ticks.
    expect(yTicks(scaleLinear().domain([0, 120]))).toEqual([0, 50, 100]);
    expect(yTicks(scaleLinear().domain([0, 1]))).toEqual([0, 0.5, 1]);
    expect(yTicks(scaleLinear().domain([4.4, 5.2]))).toEqual([4.4, 4.6, 4.8, 5, 5.2]);
  });

  it('labels the powers of ten of a log axis over decades', () => {
    expect(yTicks(scaleLog().domain([0.001, 10]))).toEqual([0.001, 0.01, 0.1, 1, 10]);
  });
});
