/**
 * The heatmap's row order by position, recomputed as snapshots arrive (trained embeddings
 * move); checked twice a second, not per frame, since a new order re-fills the whole heatmap.
 */
import { useEffect, useState } from 'react';
import type { RunConfig } from '../../core/config/schema';
import { getManifold } from '../../core/manifolds';
import { snapshots } from '../../state/trainerClient';
import { orderByPosition } from '../views/neuronOrder';

export function usePositionOrder(enabled: boolean, config: RunConfig): Int32Array | undefined {
  const [order, setOrder] = useState<Int32Array | undefined>(undefined);
  const { manifold: id, dimension } = config.geometry;
  useEffect(() => {
    if (!enabled) return;
    const manifold = getManifold(id, dimension);
    let seen = -1;
    const update = () => {
      const snap = snapshots.current;
      if (!snap || snapshots.version === seen) return;
      seen = snapshots.version;
      const next = orderByPosition(
        snap.embedding.subarray(0, snap.n * snap.embeddingDim),
        manifold,
      );
      setOrder((previous) =>
        previous && previous.every((v, i) => v === next[i]) ? previous : next,
      );
    };
    const first = setTimeout(update, 0);
    const timer = setInterval(update, 500);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [enabled, id, dimension]);
  return enabled ? order : undefined;
}
