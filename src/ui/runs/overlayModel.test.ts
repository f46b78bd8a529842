import { describe, expect, it } from 'vitest';
import { BlobSink } from '../../core/serialization/bytes';
import { writeNpz } from '../../core/serialization/runArchive';
import { distinctNames, overlaySeries, readRunHistory, readSavedRunHistory } from './overlayModel';
import { formatBytes, formatMetric, formatSavedAt, formatSteps } from './format';

const file = (metrics: unknown, validation: unknown) =>
  JSON.stringify({ format: 'moduli-lab-run', weights: { whh: [[0.5]] }, metrics, validation });

describe('run overlay', () => {
  it('reads both metric histories of a run file, in step order', () => {
    const history = readRunHistory(
      file(
        [
          { step: 2, metric: 40, taskLoss: 1 },
          { step: 1, metric: 90, taskLoss: 2 },
        ],
        [{ step: 2, metric: 45, taskLoss: 1 }],
      ),
    );
    expect([...history.metrics.column('step')]).toEqual([1, 2]);
    expect([...history.metrics.column('metric')]).toEqual([90, 40]);
    expect(history.validation.length).toBe(1);
  });

  it('names what is wrong with a file it cannot chart', () => {
    expect(() => readRunHistory('{"metrics": [')).toThrow('not valid JSON');
    expect(() => readRunHistory(file(undefined, []))).toThrow('no metrics history');
  });

  it('reads a saved .npz through its run.json and a saved JSON text whole', async () => {
    const metrics = [
      { step: 2, metric: 40, taskLoss: 1 },
      { step: 1, metric: 90, taskLoss: 2 },
    ];
    const validation = [{ step: 2, metric: 45, taskLoss: 1 }];
    const sink = new BlobSink();
    const runJson = JSON.stringify({ format: 'moduli-lab-run', metrics, validation });
    const weights = { dtype: '<f4' as const, shape: [2], data: new Float32Array([0.5, -1]) };
    await writeNpz(
      [
        { name: 'run.json', text: runJson },
        { name: 'rnn.weight_hh_l0', array: weights, deflate: false },
      ],
      sink,
    );
    for (const saved of [sink.blob('application/zip'), file(metrics, validation)]) {
      const history = await readSavedRunHistory(saved);
      expect([...history.metrics.column('step')]).toEqual([1, 2]);
      expect([...history.metrics.column('metric')]).toEqual([90, 40]);
      expect([...history.validation.column('metric')]).toEqual([45]);
    }
    await expect(readSavedRunHistory(new Blob(['{"metrics": []}']))).rejects.toThrow(
      'not a zip (.npz) file',
    );
  });

  it('gives each run a training line and validation dots, told apart by name', () => {
    const history = readRunHistory(file([{ step: 1, metric: 3 }], []));
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
