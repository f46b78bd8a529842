/**
 * The live f(d) plot for the current inhibitor constants, over the manifold's distances, with
 * the difference of Gaussians' κ as the run will use it (runInhibitor): for κ 'realised' that
 * depends on the embedding the seed draws, which the curve's own formula cannot know.
 */
import { useMemo } from 'react';
import type { InhibitorConfig, RunConfig } from '../../core/config/schema';
import { getInhibitor } from '../../core/inhibitors';
import { getManifold } from '../../core/manifolds';
import { runInhibitor } from '../../core/training/runInhibitor';
import { InhibitorPlot } from '../views/InhibitorPlot';

const KAPPA_NOTE = {
  peak: 'the bracket’s analytic peak: f touches 0 on the ring',
  realised: 'the bracket’s largest value over this seed’s embedding (authors’ code)',
  paper: 'paper eq. 8',
} as const;

export function InhibitorPreview({ config }: { config: RunConfig }) {
  const { inhibitor, seed } = config;
  const { manifold, dimension } = config.geometry;
  const { hidden } = config.model;
  const maxDistance = useMemo(
    () => getManifold(manifold, dimension).maxDistance,
    [manifold, dimension],
  );
  // A realised κ takes the n × n distances of the drawn embedding: redo it when what it depends
  // on changes, not on every edit of another setting (each edit parses a new config object).
  const inhibitorJson = JSON.stringify(inhibitor);
  const run = useMemo(
    () =>
      runInhibitor({
        inhibitor: JSON.parse(inhibitorJson) as InhibitorConfig,
        geometry: { manifold, dimension },
        model: { hidden },
        seed,
      }),
    [inhibitorJson, manifold, dimension, hidden, seed],
  );
  const kappaText =
    inhibitor.kind === 'dog' && run.kappa !== null
      ? `κ = ${run.kappa.toPrecision(4)} (${inhibitor.kappa}: ${KAPPA_NOTE[inhibitor.kappa]})`
      : null;
  return (
    <>
      <InhibitorPlot
        f={run.value}
        maxDistance={Number.isFinite(maxDistance) ? maxDistance : 10}
        markMinimum={inhibitor.kind === 'dog'}
        formula={getInhibitor(inhibitor.kind).formula}
      />
      {kappaText && (
        <p
          className="readout"
          data-testid="inhibitor-kappa"
          title="The κ of f(d) = c·(κ − g(d)) that this run’s penalty starts with; trained positions move a realised κ as they train"
        >
          {kappaText}
        </p>
      )}
    </>
  );
}
