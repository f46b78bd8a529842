/**
 * Two saved runs on one chart: their task metric per step and their validation, read from
 * the run files' histories into the column stores the metric chart draws. Only the two
 * history arrays are kept; of an .npz only run.json is read, never the weights.
 */
import { blobSource } from '../../core/serialization/bytes';
import { readRunMetaText } from '../../core/serialization/runArchiveReader';
import type { SavedRunFile } from '../../state/persistence';
import { ColumnStore } from '../../state/streams/columnStore';
import type { ChartSeries } from '../views/chartModel';
import { chartSeries } from '../views/chartModel';

type Point = { step: number; metric: number };
export type HistoryStore = ColumnStore<'step' | 'metric'>;

export interface RunHistory {
  /** Training metric per step. */
  metrics: HistoryStore;
  /** Validation metric at epoch ends. */
  validation: HistoryStore;
}

/** One colour pair (training line, validation dots) per overlaid run. */
export const OVERLAY_COLORS = [
  { line: '#4e79a7', dots: '#9ecae9' },
  { line: '#f28e2b', dots: '#ffbf79' },
] as const;

function points(value: unknown, field: string): Point[] {
  if (!Array.isArray(value)) throw new Error(`the run file has no ${field} history`);
  return value.filter(
    (p): p is Point =>
      typeof p === 'object' &&
      p !== null &&
      Number.isFinite((p as Point).step) &&
      typeof (p as Point).metric === 'number',
  );
}

function store(rows: Point[]): HistoryStore {
  const s: HistoryStore = new ColumnStore(['step', 'metric'], rows.length);
  s.append([...rows].sort((a, b) => a.step - b.step));
  return s;
}

/** The metric histories of a run file's text; throws with a readable message if malformed. */
export function readRunHistory(text: string): RunHistory {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new Error('the saved run is not valid JSON');
  }
  const f = (file ?? {}) as { metrics?: unknown; validation?: unknown };
  return {
    metrics: store(points(f.metrics, 'metrics')),
    validation: store(points(f.validation, 'validation')),
  };
}

/**
 * The metric histories of a saved run. Of an .npz Blob only the run.json member is read (the
 * histories, a few hundred kB for thousands of steps); an entry an earlier version saved as
 * JSON text has its histories beside the weights, so that text is parsed whole.
 */
export async function readSavedRunHistory(file: SavedRunFile): Promise<RunHistory> {
  return readRunHistory(typeof file === 'string' ? file : await readRunMetaText(blobSource(file)));
}

/** Legend names that differ even when the runs' names do (React keys and readers need it). */
export function distinctNames(names: readonly string[]): string[] {
  return names.map((name, i) => (names.indexOf(name) < i ? `${name} (${i + 1})` : name));
}

/** The chart's lines: per run its training metric (line) and validation (dots). */
export function overlaySeries(
  runs: readonly { name: string; history: RunHistory }[],
  metricLabel: string,
): ChartSeries[] {
  const names = distinctNames(runs.map((r) => r.name));
  return runs.flatMap(({ history }, i) => {
    const colors = OVERLAY_COLORS[i % OVERLAY_COLORS.length];
    return [
      chartSeries(history.metrics, 'metric', {
        label: names[i],
        color: colors.line,
        title: `${names[i]}: ${metricLabel} on each training batch`,
      }),
      chartSeries(history.validation, 'metric', {
        label: `${names[i]} · validation`,
        color: colors.dots,
        dots: true,
        title: `${names[i]}: ${metricLabel} on fresh validation batches at each epoch end`,
      }),
    ];
  });
}
