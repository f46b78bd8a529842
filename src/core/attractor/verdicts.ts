/**
 * From a probe's own measure to the sentence the panel shows. Each kind of probe is judged by
 * the measure that means something for it (docs/attractors.md):
 *   free run  → does the decoded position (or, without an arena, the pattern) stay put?
 *   path      → does the decoded position follow the true one better than standing still?
 *   kick      → does the state come back to the run that was not kicked?
 * and every probe reports locality: is the activity a bump in the units' geometry?
 * The thresholds are the ones the lessons' tests hold the networks to.
 */

export type ProbeKind = 'free' | 'path' | 'kick';

/** Free run: the decoded position within this many cm of the start on average "holds". */
export const HOLD_CM = 15;
/** …and within this many "drifts slowly"; beyond it "wanders". */
export const DRIFT_CM = 35;
/** Path: error / standing-still error at or below this "follows the path". */
export const FOLLOWS_RATIO = 0.35;
/** …at or below this "follows part of it". */
export const PARTLY_RATIO = 0.7;
/** Kick: paired correlation with the unkicked run at the end, at or above this "recovers". */
export const RECOVERS = 0.9;
export const PARTLY_RECOVERS = 0.6;
/** Pattern (no arena): pair similarity at the end at or above this "persists". */
export const PERSISTS = 0.8;
/** Locality index at or above this is "a bump"; at or above LOOSE "loosely gathered". */
export const BUMP = 0.4;
export const LOOSE = 0.15;

export interface ProbeMeasures {
  kind: ProbeKind;
  /** Mean activity at the end over that at the start of what is judged; Infinity: overflow. */
  activityRatio: number;
  /** Free run: pair similarity at the last frame (period-2 proof). */
  pairSimilarity: number | null;
  /** Free run with a place start: mean distance (cm) of the decoded position from the start. */
  driftCm: number | null;
  /** Path: mean decoded error (cm) and that of a decoder that stays at the start. */
  errorCm: number | null;
  standStillCm: number | null;
  /** Kick: paired correlation with the unkicked run at the end, and the frame it is back ≥ 0.9. */
  recoveryFinal: number | null;
  recoveredAt: number | null;
  /** Mean locality index over the frames (NaN-free: null when unknown or silent). */
  locality: number | null;
}

export interface Verdict {
  /** A short sentence: "holds its place", "follows part of the path", … */
  text: string;
  /** The number behind it, in words. */
  detail: string;
  /** Whether this is what an attractor does. */
  attractor: boolean;
}

function activityVerdict(ratio: number): Verdict | null {
  if (ratio === Infinity || ratio > 10)
    return {
      text: 'the activity blows up',
      detail: 'unstable dynamics, no memory',
      attractor: false,
    };
  if (ratio < 0.05)
    return { text: 'the activity dies out', detail: 'nothing is kept', attractor: false };
  return null;
}

const cm = (x: number) => `${x.toFixed(1)} cm`;

/** The verdict of a probe from its own measure. */
export function probeVerdict(m: ProbeMeasures): Verdict {
  const broken = activityVerdict(m.activityRatio);
  if (broken) return broken;
  if (m.kind === 'path' && m.errorCm !== null && m.standStillCm !== null) {
    const ratio = m.errorCm / Math.max(m.standStillCm, 1e-9);
    const detail = `mean error ${cm(m.errorCm)}; staying at the start would give ${cm(m.standStillCm)}`;
    if (ratio <= FOLLOWS_RATIO) return { text: 'follows the path', detail, attractor: true };
    if (ratio <= PARTLY_RATIO)
      return { text: 'follows part of the path', detail, attractor: false };
    return { text: 'does not follow the path', detail, attractor: false };
  }
  if (m.kind === 'kick' && m.recoveryFinal !== null) {
    const back = m.recoveredAt !== null ? `, back above ${RECOVERS} at step ${m.recoveredAt}` : '';
    const detail = `correlation with the unkicked run ${m.recoveryFinal.toFixed(2)} at the end${back}`;
    if (m.recoveryFinal >= RECOVERS)
      return { text: 'recovers from the kick', detail, attractor: true };
    if (m.recoveryFinal >= PARTLY_RECOVERS)
      return { text: 'partly recovers', detail, attractor: false };
    return { text: 'does not recover', detail, attractor: false };
  }
  if (m.driftCm !== null) {
    const detail = `the decoded position stays on average ${cm(m.driftCm)} from the start`;
    if (m.driftCm <= HOLD_CM) return { text: 'holds its place', detail, attractor: true };
    if (m.driftCm <= DRIFT_CM) return { text: 'drifts slowly', detail, attractor: false };
    return { text: 'wanders off', detail, attractor: false };
  }
  const s = m.pairSimilarity ?? 0;
  const detail = `similarity of the last two steps to the first two: ${s.toFixed(2)}`;
  if (s >= PERSISTS) return { text: 'the pattern persists', detail, attractor: true };
  if (s >= 0.4) return { text: 'the pattern drifts', detail, attractor: false };
  return { text: 'the pattern is lost', detail, attractor: false };
}

/** Locality in words, or null when it could not be measured (no geometry, silent frames). */
export function localityVerdict(index: number | null): Verdict | null {
  if (index === null) return null;
  const detail = `locality ${index.toFixed(2)} (0: as gathered as shuffled units, 1: one point)`;
  if (index >= BUMP) return { text: 'a bump on the manifold', detail, attractor: true };
  if (index >= LOOSE) return { text: 'loosely gathered activity', detail, attractor: false };
  return { text: 'activity spread out, no bump', detail, attractor: false };
}
