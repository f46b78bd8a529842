import { describe, expect, it } from 'vitest';
import { BlobSink } from './bytes';
import { metricHistoryOfText, readMetricHistory } from './metricHistory';
import { writeNpz } from './runArchive';

const file = (metrics: unknown, validation: unknown) =>
  JSON.stringify({ format: 'moduli-lab-run', weights: { whh: [[0.5]] }, metrics, validation });

describe('a saved run’s metric histories', () => {
  it('are both histories of a run file, as columns in step order', () => {
    const history = metricHistoryOfText(
      file(
        [
          { step: 2, metric: 40, taskLoss: 1 },
          { step: 1, metric: 90, taskLoss: 2 },
        ],
        [{ step: 2, metric: 45, taskLoss: 1 }],
      ),
    );
    expect([...history.metrics.step]).toEqual([1, 2]);
    expect([...history.metrics.metric]).toEqual([90, 40]);
    expect([...history.validation.metric]).toEqual([45]);
  });

  it('name what is wrong with a file that cannot be charted', () => {
    expect(() => metricHistoryOfText('{"metrics": [')).toThrow('not valid JSON');
    expect(() => metricHistoryOfText(file(undefined, []))).toThrow('no metrics history');
  });

  it('come from a saved .npz’s run.json and from a saved JSON text whole', async () => {
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
      const history = await readMetricHistory(saved);
      expect([...history.metrics.step]).toEqual([1, 2]);
      expect([...history.metrics.metric]).toEqual([90, 40]);
      expect([...history.validation.metric]).toEqual([45]);
    }
    await expect(readMetricHistory(new Blob(['{"metrics": []}']))).rejects.toThrow(
      'not a zip (.npz) file',
    );
  });
});
