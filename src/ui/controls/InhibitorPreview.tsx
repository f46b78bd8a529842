/** The live f(d) plot for the current inhibitor constants, over the manifold's distances. */
import { useMemo } from 'react';
import type { RunConfig } from '../../core/config/schema';
import { getInhibitor, inhibitorValue } from '../../core/inhibitors';
import { getManifold } from '../../core/manifolds';
import { InhibitorPlot } from '../views/InhibitorPlot';

export function InhibitorPreview({ config }: { config: RunConfig }) {
  const { inhibitor, geometry } = config;
  const maxDistance = useMemo(
    () => getManifold(geometry.manifold, geometry.dimension).maxDistance,
    [geometry.manifold, geometry.dimension],
  );
  return (
    <InhibitorPlot
      f={(d) => inhibitorValue(inhibitor, d)}
      maxDistance={Number.isFinite(maxDistance) ? maxDistance : 10}
      markMinimum={inhibitor.kind === 'dog'}
      formula={getInhibitor(inhibitor.kind).formula}
    />
  );
}
