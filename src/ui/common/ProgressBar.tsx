/**
 * A progress bar: a track filled to the share done, then what the panel says beside it (the
 * value, a note). Each panel keeps its own look through a class prefix: `<prefix>-progress`
 * on the bar, `<prefix>-track` and `<prefix>-fill` on the track and its fill.
 */
import type { ReactNode } from 'react';

/** A share done (0…1; NaN counts as 0) as a percentage rounded to `decimals` places. */
export function percentDone(fraction: number, decimals = 0): number {
  const scale = 10 ** decimals;
  return Math.round(100 * scale * Math.min(1, Math.max(0, fraction || 0))) / scale;
}

export interface ProgressBarProps {
  /** 0…100, as it is announced (see percentDone). */
  percent: number;
  /** What the bar measures, on hover. */
  title: string;
  /** e.g. "cmp" for cmp-progress, cmp-track and cmp-fill. */
  classPrefix: string;
  /** Shown after the track. */
  children: ReactNode;
}

export function ProgressBar({ percent, title, classPrefix, children }: ProgressBarProps) {
  return (
    <div
      className={`${classPrefix}-progress`}
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      title={title}
    >
      <span className={`${classPrefix}-track`}>
        <span className={`${classPrefix}-fill`} style={{ width: `${percent}%` }} />
      </span>
      {children}
    </div>
  );
}
