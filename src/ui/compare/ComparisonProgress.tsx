/** The bar shown while a comparison trains: overall share done, time left and the current run. */
import { percentDone, ProgressBar } from '../common';
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
  const percent = percentDone(fraction, 1);
  return (
    <ProgressBar
      classPrefix="cmp"
      percent={percent}
      title="Share of all training steps of the comparison done; time left is extrapolated from the speed so far"
    >
      <span className="cmp-value">
        {percent.toFixed(1)}% · {formatDuration(etaSeconds)}
        {etaSeconds !== null && Number.isFinite(etaSeconds) ? ' left' : ''}
      </span>
      <span className="cmp-note" title="The run being trained now">
        {label}
      </span>
    </ProgressBar>
  );
}
