/** The bar shown while a comparison trains: overall share done, time left and the current run. */
import { formatDuration } from './resultsModel';

export interface ComparisonProgressProps {
  /** 0…1 over the whole plan (all runs and their lottery tickets). */
  fraction: number;
  /** null until the first steps give a rate. */
  etaSeconds: number | null;
  /** The run being trained, e.g. "torus · 90% · seed 1 · sparse". */
  label: string;
}

export function ComparisonProgress({ fraction, etaSeconds, label }: ComparisonProgressProps) {
  const percent = Math.round(1000 * Math.min(1, Math.max(0, fraction || 0))) / 10;
  return (
    <div
      className="cmp-progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      title="Share of all training steps of the comparison done; time left is extrapolated from the speed so far"
    >
      <span className="cmp-track">
        <span className="cmp-fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="cmp-value">
        {percent.toFixed(1)}% · {formatDuration(etaSeconds)}
        {etaSeconds !== null && Number.isFinite(etaSeconds) ? ' left' : ''}
      </span>
      <span className="cmp-note" title="The run being trained now">
        {label}
      </span>
    </div>
  );
}
