/**
 * What each recurrent layer's geometry draws from the run's seed: its embedding and the
 * shuffled control's permutation. Apart from the penalty so that the settings' preview can draw
 * the same embedding without loading the training code.
 */
import type { RunConfig } from '../config/schema';
import type { Manifold } from '../manifolds/types';
import { rngAt, rngFor, type Rng, type streams } from '../random';

/**
 * Index of a redrawn lottery ticket's embedding and shuffle in their streams (layer k: + k),
 * well clear of the sparse run's own per-layer indices 1 and 2.
 */
const LOTTERY_DRAW = 1000;

/**
 * The stream layer k draws `name` from: layer 0 the run's own (so single-layer runs are as they
 * always were), a redrawn lottery ticket's from indices of its own.
 */
export function layerStream(
  seed: number,
  name: keyof typeof streams,
  k: number,
  redrawn: boolean,
): Rng {
  if (redrawn) return rngAt(seed, name, LOTTERY_DRAW + k);
  return k === 0 ? rngFor(seed, name) : rngAt(seed, name, k);
}

/** Layer k's embedding as a run draws it from its seed (when no positions are restored). */
export function drawnEmbedding(
  config: { seed: number; model: Pick<RunConfig['model'], 'hidden'> },
  manifold: Manifold,
  layer = 0,
  redrawn = false,
): Float32Array {
  return manifold.sample(
    config.model.hidden,
    layerStream(config.seed, 'embedding', layer, redrawn),
  );
}
