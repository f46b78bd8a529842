/**
 * Magnitude pruning (docs/science.md §Pruning) on plain arrays: given weights and current masks (1
 * alive, 0 pruned), prune the smallest-|w| entries until the requested fraction is pruned. Pruned
 * entries are counted as the smallest of all, so a mask never regrows.
 */
export type PruningScope = 'global' | 'perMatrix' | 'whh';

export interface PrunableMatrix {
  name: string;
  weights: Float32Array;
  mask: Uint8Array;
}

/**
 * New masks with `fraction` of the entries of the chosen matrices pruned. Global scope uses
 * one threshold over all of them together (the authors' choice); per matrix, each is pruned
 * to the fraction on its own; 'whh' touches W_hh only.
 */
export function pruneByMagnitude(
  matrices: PrunableMatrix[],
  fraction: number,
  scope: PruningScope,
): Record<string, Uint8Array> {
  const masks: Record<string, Uint8Array> = {};
  for (const m of matrices) masks[m.name] = m.mask.slice();
  const groups =
    scope === 'global'
      ? [matrices]
      : matrices.filter((m) => scope === 'perMatrix' || m.name === 'whh').map((m) => [m]);
  for (const group of groups) pruneGroup(group, fraction, masks);
  return masks;
}

function pruneGroup(
  group: PrunableMatrix[],
  fraction: number,
  masks: Record<string, Uint8Array>,
): void {
  const total = group.reduce((sum, m) => sum + m.weights.length, 0);
  const toPrune = Math.round(fraction * total);
  if (toPrune === 0) return;
  // Pruned entries score −1: below every |w|, so they are always among the pruned.
  const scores = new Float32Array(total);
  let offset = 0;
  for (const m of group) {
    for (let i = 0; i < m.weights.length; i++)
      scores[offset + i] = m.mask[i] ? Math.abs(m.weights[i]) : -1;
    offset += m.weights.length;
  }
  const threshold = scores.slice().sort()[Math.min(toPrune, total) - 1];
  let ties = toPrune - countBelow(scores, threshold);
  offset = 0;
  for (const m of group) {
    const mask = masks[m.name];
    for (let i = 0; i < m.weights.length; i++) {
      const s = scores[offset + i];
      if (s < threshold) mask[i] = 0;
      else if (s === threshold && ties > 0) {
        mask[i] = 0;
        ties -= 1;
      }
    }
    offset += m.weights.length;
  }
}

function countBelow(xs: Float32Array, threshold: number): number {
  let count = 0;
  for (const x of xs) if (x < threshold) count += 1;
  return count;
}

/** Fraction of zeros in a mask (or in several together). */
export function sparsity(...masks: Uint8Array[]): number {
  let zeros = 0;
  let total = 0;
  for (const mask of masks) {
    total += mask.length;
    for (const bit of mask) if (!bit) zeros += 1;
  }
  return total === 0 ? 0 : zeros / total;
}
