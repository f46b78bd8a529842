/**
 * The inhibitor f(d) as a run's penalty charges it when training starts, for the settings'
 * preview. It is the configured f, except for the difference of Gaussians with κ 'realised'
 * (the authors' code): there κ is the bracket's largest value over the pairwise distances of
 * the embedding the run draws from its seed, which moduliCoefficients applies by shifting C by
 * its smallest entry, so the curve alone (inhibitorValue) cannot know it. Trained positions move
 * the realised κ every step, and a run file's own positions replace the drawn ones.
 */
import type { RunConfig } from '../config/schema';
import {
  dogKappa,
  dogValue,
  inhibitorValue,
  RealisedKappaSearch,
  type DogConfig,
} from '../inhibitors';
import { getManifold, type Manifold } from '../manifolds';
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
  return finish(runInhibitorInSlices(config, layer));
}

/**
 * runInhibitor a slice at a time, for a page that must not block: a realised κ needs every
 * pairwise distance of the drawn embedding (8.4 M at n = 4096, about a second), so each step of
 * the generator covers about `pairsPerSlice` pairs and the caller yields to the event loop
 * between steps. The other conventions and inhibitors finish at the first step.
 */
export function* runInhibitorInSlices(
  config: InhibitorInputs,
  layer = 0,
  pairsPerSlice = 50_000,
): Generator<void, RunInhibitor, void> {
  const { inhibitor, geometry } = config;
  if (inhibitor.kind !== 'dog') return { kappa: null, value: (d) => inhibitorValue(inhibitor, d) };
  let kappa = dogKappa(inhibitor);
  if (inhibitor.kappa === 'realised') {
    const manifold = getManifold(geometry.manifold, geometry.dimension);
    const points = drawnEmbedding(config, manifold, layer);
    kappa = yield* realisedKappaInSlices(inhibitor, manifold, points, pairsPerSlice);
  }
  return { kappa, value: (d) => dogValue(d, inhibitor, kappa) };
}

/**
 * The realised κ of `points` (n × dim on `manifold`): the bracket's largest value over their
 * pairwise distances, the diagonal's 0 included as in the run's C. Yields after about
 * `pairsPerSlice` pairs; `finish` runs it to the end at once.
 */
export function* realisedKappaInSlices(
  inhibitor: DogConfig,
  manifold: Manifold,
  points: Float32Array,
  pairsPerSlice = 50_000,
): Generator<void, number, void> {
  const { dim } = manifold;
  const n = points.length / dim;
  const search = new RealisedKappaSearch(inhibitor);
  search.add(0);
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const from = points.subarray(i * dim, (i + 1) * dim);
    for (let j = i + 1; j < n; j++) {
      search.add(manifold.distance(from, points.subarray(j * dim, (j + 1) * dim)));
    }
    pairs += n - 1 - i;
    if (pairs >= pairsPerSlice) {
      pairs = 0;
      yield;
    }
  }
  return search.kappa();
}

/** Runs a sliced computation to its end in one go. */
export function finish<T>(slices: Generator<void, T, void>): T {
  let step = slices.next();
  while (!step.done) step = slices.next();
  return step.value;
}
