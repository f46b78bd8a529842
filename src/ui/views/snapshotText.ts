/**
 * The words a screen reader gets for the canvas views (the 3D units and the W_hh heatmap):
 * their current values, from the latest snapshot, in one or two sentences.
 */
import type { Snapshot } from '../../../workers/protocol';

export interface WeightStats {
  n: number;
  pruned: number;
  /** Smallest and largest alive weight (NaN when none is alive). */
  min: number;
  max: number;
  /** The alive weight of largest magnitude: into unit `to`, out of unit `from`. */
  strongest: { to: number; from: number; value: number } | null;
}

export function weightStats(s: Pick<Snapshot, 'n' | 'whh' | 'whhMask'>): WeightStats {
  let pruned = 0;
  let min = Infinity;
  let max = -Infinity;
  let best = -1;
  for (let i = 0; i < s.n * s.n; i++) {
    if (!s.whhMask[i]) {
      pruned++;
      continue;
    }
    const w = s.whh[i];
    if (w < min) min = w;
    if (w > max) max = w;
    if (best < 0 || Math.abs(w) > Math.abs(s.whh[best])) best = i;
  }
  const alive = best >= 0;
  return {
    n: s.n,
    pruned,
    min: alive ? min : NaN,
    max: alive ? max : NaN,
    strongest: alive ? { to: Math.floor(best / s.n), from: best % s.n, value: s.whh[best] } : null,
  };
}

const num = (x: number) => x.toPrecision(3).replace('-', '−');

/** "W_hh: 180 of 400 weights pruned (45.0%); alive weights from −0.812 to 1.20." */
export function weightSentence(stats: WeightStats): string {
  const total = stats.n * stats.n;
  const share = `${stats.pruned} of ${total} weights pruned (${((100 * stats.pruned) / total).toFixed(1)}%)`;
  if (!stats.strongest) return `W_hh: ${share}; none is alive.`;
  const { to, from, value } = stats.strongest;
  return (
    `W_hh: ${share}; alive weights from ${num(stats.min)} to ${num(stats.max)}; ` +
    `the strongest, ${num(value)}, from unit ${from} into unit ${to}.`
  );
}

/** The 3D view's text: the units, where they live, the step, the weights, the selection. */
export function sceneText(s: Snapshot | null, manifold: string, selected: number | null): string {
  if (!s) return `The hidden units on the ${manifold} appear once the run has started.`;
  const chosen = selected === null ? '' : ` Unit ${selected} is selected.`;
  return `${s.n} hidden units on the ${manifold} at step ${s.step}. ${weightSentence(weightStats(s))}${chosen}`;
}

/** The heatmap's text: W_hh's size and step, and its weights. */
export function heatmapText(s: Snapshot | null): string {
  if (!s) return 'W_hh appears once the run has started.';
  return `W_hh, ${s.n} × ${s.n}, at step ${s.step}. ${weightSentence(weightStats(s))}`;
}
