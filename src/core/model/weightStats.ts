/**
 * W_hh in a few numbers: how many weights are pruned, the alive range and the strongest alive
 * weight. The worker computes them once per snapshot (a pass over n² weights, 16.7 M at
 * n = 4096, is too long for the UI thread), and the text alternatives of the views read them.
 */

export interface WeightStats {
  n: number;
  pruned: number;
  /** Smallest and largest alive weight (NaN when none is alive). */
  min: number;
  max: number;
  /** The alive weight of largest magnitude: into unit `to`, out of unit `from`. */
  strongest: { to: number; from: number; value: number } | null;
}

/** Stats of the row-major n × n `whh` (row j = weights into unit j) under `mask` (1 = alive). */
export function weightStats(whh: Float32Array, mask: Uint8Array, n: number): WeightStats {
  let pruned = 0;
  let min = Infinity;
  let max = -Infinity;
  let best = -1;
  let bestAbs = -1;
  for (let i = 0; i < n * n; i++) {
    if (!mask[i]) {
      pruned++;
      continue;
    }
    const w = whh[i];
    if (w < min) min = w;
    if (w > max) max = w;
    const a = Math.abs(w);
    if (best < 0 || a > bestAbs) {
      best = i;
      bestAbs = a;
    }
  }
  const alive = best >= 0;
  return {
    n,
    pruned,
    min: alive ? min : NaN,
    max: alive ? max : NaN,
    strongest: alive ? { to: Math.floor(best / n), from: best % n, value: whh[best] } : null,
  };
}
