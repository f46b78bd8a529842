/**
 * The inhibitor f(d) as a run's penalty charges it when training starts, for the settings'
 * preview. It is the configured f, except for the difference of Gaussians with κ 'realised'
 * (the authors' code): there κ is the bracket's largest value over the pairwise distances of
 * the embedding the run draws from its seed, which moduliCoefficients applies by shifting C by
 * its smallest entry, so the curve alone (inhibitorValue) cannot know it. Trained positions move
 * the realised κ every step, and a run file's own positions replace the drawn ones.
 */
import type { RunConfig } from '../config/schema';
import { dogKappa, dogValue, inhibitorValue, realisedDogKappa } from '../inhibitors';
import { getManifold } from '../manifolds';
import { drawnEmbedding } from './layerDraws';

/** What the penalty's f(d) at the start depends on (a RunConfig has it all). */
export interface InhibitorInputs {
  inhibitor: RunConfig['inhibitor'];
  geometry: Pick<RunConfig['geometry'], 'manifold' | 'dimension'>;
  model: Pick<RunConfig['model'], 'hidden'>;
  seed: number;
}

export interface RunInhibitor {
  /** The DoG's κ for this run (null for the other inhibitors, which have none). */
  kappa: number | null;
  /** f(d) with that κ. */
  value(d: number): number;
}

/** f(d) of `layer`'s penalty at the start of the run (each stacked layer draws its own embedding). */
export function runInhibitor(config: InhibitorInputs, layer = 0): RunInhibitor {
  const { inhibitor, geometry } = config;
  if (inhibitor.kind !== 'dog') return { kappa: null, value: (d) => inhibitorValue(inhibitor, d) };
  let kappa = dogKappa(inhibitor);
  if (inhibitor.kappa === 'realised') {
    const manifold = getManifold(geometry.manifold, geometry.dimension);
    const distances = manifold.distanceMatrix(drawnEmbedding(config, manifold, layer));
    kappa = realisedDogKappa(inhibitor, distances);
  }
  return { kappa, value: (d) => dogValue(d, inhibitor, kappa) };
}
