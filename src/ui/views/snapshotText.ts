/**
 * The words a screen reader gets for the canvas views (the 3D units and the W_hh heatmap):
 * their current values, from the latest snapshot, in one or two sentences. The numbers come
 * with the snapshot (the worker counts W_hh's n² weights), so a render never loops over them.
 */
import type { WeightStats } from '../../core/model/weightStats';
import type { Snapshot } from '../../../workers/protocol';

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
  return `${s.n} hidden units on the ${manifold} at step ${s.step}. ${weightSentence(s.whhStats)}${chosen}`;
}

/**
 * How the hand-built reference's units sit: the torus's s × s grid, evenly around the circle
 * (core/attractor latticePositions), or a regular lattice for any other count.
 */
function latticeWords(n: number, coordinates: number, manifold: string): string {
  const side = Math.round(Math.sqrt(n));
  if (coordinates === 2 && side * side === n)
    return `on the ${manifold} in a square lattice, ${side} × ${side}`;
  if (coordinates === 1) return `evenly spaced around the ${manifold}`;
  return `on the ${manifold} in a regular lattice`;
}

/**
 * The 3D view's text while it draws the hand-built reference's units (a probe of the
 * reference) instead of the run's: which units are drawn, and that the run's are not.
 * `coordinates`: numbers per unit in `positions` (the manifold's dimension).
 */
export function referenceSceneText(
  positions: Float32Array,
  coordinates: number,
  manifold: string,
  selected: number | null,
): string {
  const n = Math.floor(positions.length / coordinates);
  const chosen = selected !== null && selected < n ? ` Unit ${selected} is selected.` : '';
  return (
    `Hand-built reference: ${n} units ${latticeWords(n, coordinates, manifold)}, coloured by ` +
    `the probe's activity; the run's own hidden units are not drawn.${chosen}`
  );
}

/** The 3D view's name: what its spheres are, the run's units or the reference's lattice. */
export function sceneLabel(manifold: string, reference: boolean): string {
  return reference
    ? `${manifold}: the hand-built reference's units in 3D`
    : `${manifold}: the hidden units in 3D`;
}

/** The heatmap's text: W_hh's size and step, and its weights. */
export function heatmapText(s: Snapshot | null): string {
  if (!s) return 'W_hh appears once the run has started.';
  return `W_hh, ${s.n} × ${s.n}, at step ${s.step}. ${weightSentence(s.whhStats)}`;
}
