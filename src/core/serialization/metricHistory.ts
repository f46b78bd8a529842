/**
 * A saved run's task metric per step and at validation, as columns, for the Runs panel's
 * overlay of two runs. Of an .npz only run.json is read, never the weights; a run saved as JSON
 * text (by earlier versions of the lab) is parsed whole. The worker does this, so a long run's
 * history (30,000 steps: about 0.1 s) is never parsed on the page's thread.
 */
import { blobSource } from './bytes';
import { readRunMetaText } from './runArchiveReader';

/** Steps in increasing order and the metric at each. */
export interface MetricColumns {
  step: Float64Array;
  metric: Float64Array;
}

export interface MetricHistory {
  metrics: MetricColumns;
  validation: MetricColumns;
}

type Point = { step: number; metric: number };

function columns(value: unknown, field: string): MetricColumns {
  if (!Array.isArray(value)) throw new Error(`the run file has no ${field} history`);
  const rows = value
    .filter(
      (p): p is Point =>
        typeof p === 'object' &&
        p !== null &&
        Number.isFinite((p as Point).step) &&
        typeof (p as Point).metric === 'number',
    )
    .sort((a, b) => a.step - b.step);
  return {
    step: Float64Array.from(rows, (p) => p.step),
    metric: Float64Array.from(rows, (p) => p.metric),
  };
}

/** The histories in a run file's JSON (or its run.json member); throws naming what is wrong. */
export function metricHistoryOfText(text: string): MetricHistory {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new Error('the saved run is not valid JSON');
  }
  const f = (file ?? {}) as { metrics?: unknown; validation?: unknown };
  return {
    metrics: columns(f.metrics, 'metrics'),
    validation: columns(f.validation, 'validation'),
  };
}

/** The histories of a saved run: an .npz Blob, or the JSON text an earlier version saved. */
export async function readMetricHistory(file: Blob | string): Promise<MetricHistory> {
  return metricHistoryOfText(
    typeof file === 'string' ? file : await readRunMetaText(blobSource(file)),
  );
}
