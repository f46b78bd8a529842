import { describe, expect, it } from 'vitest';
import { distinctNames, historyStores, overlaySeries } from './overlayModel';
import { formatBytes, formatMetric, formatSavedAt, formatSteps } from './format';

describe('run overlay', () => {
  it('puts the worker’s columns into the chart’s stores, row by row', () => {
    const history = historyStores({
      metrics: { step: Float64Array.from([1, 2]), metric: Float64Array.from([90, 40]) },
      validation: { step: Float64Array.from([2]), metric: Float64Array.from([45]) },
    });
    expect([...history.metrics.column('step')]).toEqual([1, 2]);
    expect([...history.metrics.column('metric')]).toEqual([90, 40]);
    expect(history.validation.length).toBe(1);
  });

  it('gives each run a training line and validation dots, told apart by name', () => {
    const history = historyStores({
      metrics: { step: Float64Array.from([1]), metric: Float64Array.from([3]) },
      validation: { step: new Float64Array(0), metric: new Float64Array(0) },
    });
    const series = overlaySeries(
      [
        { name: 'torus', history },
        { name: 'torus', history },
      ],
      'error (cm)',
    );
    expect(series.map((s) => s.label)).toEqual([
      'torus',
      'torus · validation',
      'torus (2)',
      'torus (2) · validation',
    ]);
    expect(series[1].dots).toBe(true);
    expect(series[0].color).not.toBe(series[2].color);
    expect(distinctNames(['a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('saved-run labels', () => {
  it('reads metric, steps and time the way the list shows them', () => {
    expect(formatMetric({ finalMetric: 12.4137, metricLabel: 'error (cm)' })).toBe(
      'error 12.41 cm',
    );
    expect(formatMetric({ finalMetric: 0.0813, metricLabel: 'RMSE' })).toBe('RMSE 0.0813');
    expect(formatMetric({ finalMetric: null, metricLabel: 'RMSE' })).toBe('—');
    expect(formatSteps({ step: 1200, totalSteps: 3000 })).toMatch(/^1.200 \/ 3.000$/);
    const noon = new Date(2026, 4, 12, 12, 0).getTime();
    expect(formatSavedAt(noon, new Date(2026, 4, 12, 18, 0))).not.toMatch(/May/);
    expect(formatSavedAt(noon, new Date(2026, 4, 13, 9, 0))).toMatch(/May/);
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(27_269)).toBe('27 kB');
    expect(formatBytes(3_947_016)).toBe('3.9 MB');
    expect(formatBytes(25_206_066)).toBe('25 MB');
    expect(formatBytes(1_160_000_000)).toBe('1.2 GB');
  });
});
