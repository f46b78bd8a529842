/** How saved runs read in the list and the banner: local dates, steps and metric with unit. */
import { format } from 'd3';
import type { RunMeta } from '../../state/persistence';

const metricFormat = format('.4~g');

/** "14:32" today, "12 May, 14:32" before: the list needs the day only when it differs. */
export function formatSavedAt(savedAt: number, today: Date = new Date()): string {
  const date = new Date(savedAt);
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (date.toDateString() === today.toDateString()) return time;
  const day = date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  return `${day}, ${time}`;
}

/** "1,200 / 3,000". */
export const formatSteps = (run: Pick<RunMeta, 'step' | 'totalSteps'>) =>
  `${run.step.toLocaleString()} / ${run.totalSteps.toLocaleString()}`;

/** "27 kB", "3.9 MB", "1.2 GB" (decimal units, as file managers show file sizes). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 || value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** "error 12.41 cm", "RMSE 0.0813"; "—" before any metric. */
export function formatMetric(run: Pick<RunMeta, 'finalMetric' | 'metricLabel'>): string {
  if (run.finalMetric === null || !Number.isFinite(run.finalMetric)) return '—';
  const unit = /\((.+)\)$/.exec(run.metricLabel)?.[1];
  const name = run.metricLabel.replace(/\s*\(.+\)$/, '');
  return `${name} ${metricFormat(run.finalMetric)}${unit ? ` ${unit}` : ''}`;
}
