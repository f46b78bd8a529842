/**
 * Does the pattern persist? The probe's similarity curve (pattern at t vs the reference) and
 * its mean activity over the run's time steps, with the frame on show marked, and the verdict
 * of the probe's own measure (core/attractor).
 * Small SVG: T + 1 points at most a couple of thousand, drawn once per probe.
 */
import { useRef } from 'react';
import type { ProbeResult } from '../../core/probes/types';
import { useAnimationFrame } from '../views/canvasHooks';
import type { ActivitySource } from './activityStore';
import { ARENA_COLORS } from './arenaDraw';

const W = 240;
const H = 64;

function points(values: Float32Array, lo: number, hi: number): string {
  const last = Math.max(1, values.length - 1);
  const span = hi - lo || 1;
  return Array.from(values, (v, t) => {
    // Overflowed (non-finite) activity is pinned to the top edge rather than breaking the line.
    const c = Number.isNaN(v) ? hi : Math.max(lo, Math.min(hi, v));
    const y = H - ((c - lo) / span) * H;
    return `${((t / last) * W).toFixed(1)},${y.toFixed(1)}`;
  }).join(' ');
}

export function PersistenceChart({
  result,
  playhead,
}: {
  result: ProbeResult;
  playhead: ActivitySource;
}) {
  const lineRef = useRef<SVGLineElement>(null);
  const shown = useRef(-1);
  useAnimationFrame(() => {
    const line = lineRef.current;
    if (!line || shown.current === playhead.version) return;
    shown.current = playhead.version;
    const x = String((playhead.frame / Math.max(1, result.steps)) * W);
    line.setAttribute('x1', x);
    line.setAttribute('x2', x);
  });
  let maxMean = 0;
  for (const v of result.meanActivity) if (v < Infinity) maxMean = Math.max(maxMean, v);
  const refX = (result.referenceFrame / Math.max(1, result.steps)) * W;
  const { verdict, localityVerdict } = result;
  return (
    <figure className="pr-persistence">
      <div
        className="pr-chart"
        title={`Solid: similarity (correlation) of the activity pattern at each step with ${result.reference}, from −1 to 1 (top = same pattern). Dashed: mean activity, scaled to its maximum. The moving vertical line is the step on show; the faint one the reference step.`}
      >
        <svg
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="none"
          role="img"
          aria-label="Pattern correlation over time"
        >
          <line x1={0} x2={W} y1={H / 2} y2={H / 2} className="pr-axis" />
          <line x1={refX} x2={refX} y1={0} y2={H} className="pr-reference" />
          <polyline points={points(result.meanActivity, 0, maxMean)} className="pr-activity" />
          <polyline
            points={points(result.correlation, -1, 1)}
            className="pr-correlation"
            style={{ stroke: ARENA_COLORS.truePath }}
          />
          <line ref={lineRef} x1={0} x2={0} y1={0} y2={H} className="pr-playhead" />
        </svg>
      </div>
      <figcaption
        className="pr-verdict"
        title="Each probe is judged by its own measure: a free run by how far the decoded position drifts from the start (or, without an arena, whether the pattern two steps at a time stays the same), a path by its error next to standing still, a kick by whether the run returns to the one that was not kicked. Locality: how gathered the activity is on the manifold, against the same activity on shuffled units."
      >
        <strong data-testid="probe-verdict">{verdict.text}</strong> · {verdict.detail}
        {localityVerdict && (
          <>
            <br />
            <strong data-testid="probe-locality">{localityVerdict.text}</strong> ·{' '}
            {localityVerdict.detail}
          </>
        )}
      </figcaption>
    </figure>
  );
}
