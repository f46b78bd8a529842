/**
 * Two saved runs on one chart: their task metric per step and their validation (read from
 * the run files by the worker, see metricHistory) in the column stores the metric chart draws.
 */
import type { MetricColumns, MetricHistory } from '../../core/serialization/metricHistory';
import { ColumnStore } from '../../state/streams/columnStore';
import type { ChartSeries } from '../views/chartModel';
import { chartSeries } from '../views/chartModel';

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

function store({ step, metric }: MetricColumns): HistoryStore {
  const s: HistoryStore = new ColumnStore(['step', 'metric'], step.length);
  s.append(Array.from(step, (x, i) => ({ step: x, metric: metric[i] })));
  return s;
}

/** The column stores the metric chart draws, from the histories the worker read. */
export function historyStores(history: MetricHistory): RunHistory {
  return { metrics: store(history.metrics), validation: store(history.validation) };
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
