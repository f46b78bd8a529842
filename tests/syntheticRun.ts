/**
 * A run snapshot of any size without training it (or tfjs): the config's network with
 * PyTorch-style random weights, masks pruned at random to `sparsity`, positions drawn on the
 * manifold, and Adam moments filled as a trained run has them. For the size and memory checks
 * of run files at n = 4096, where training would take hours.
 */
import type { RunConfig } from '../src/core/config/schema';
import { getManifold } from '../src/core/manifolds';
import { initialValues } from '../src/core/model/network';
import { layerParam } from '../src/core/model/params';
import { Rng } from '../src/core/random';
import { RUN_FORMAT, RUN_VERSION } from '../src/core/serialization/runFile';
import { APP_VERSION, runLayout, type RunSnapshot } from '../src/core/serialization/runSnapshot';
import { createTask } from '../src/core/tasks';

export function syntheticSnapshot(config: RunConfig, sparsity = 0.5): RunSnapshot {
  const rng = new Rng(config.seed);
  const network = createTask(config, {
    text: 'a b c d e f g h i j k l m n o p. '.repeat(20),
  }).network;
  const layout = runLayout(network, config);
  const weights = initialValues(network, rng);
  const masks: Record<string, Uint8Array> = {};
  for (const name of layout.matrices) {
    const mask = new Uint8Array(weights[name].length);
    for (let i = 0; i < mask.length; i++) mask[i] = rng.uniform() < sparsity ? 0 : 1;
    for (let i = 0; i < mask.length; i++) if (!mask[i]) weights[name][i] = 0;
    masks[name] = mask;
  }
  const manifold = getManifold(config.geometry.manifold, config.geometry.dimension);
  const positions = new Float32Array(layout.layers * layout.hidden * manifold.dim);
  for (let k = 0; k < layout.layers; k++)
    positions.set(manifold.sample(layout.hidden, rng), k * layout.hidden * manifold.dim);
  const moment = (scale: number) =>
    Object.fromEntries(
      Object.entries(weights).map(([name, w]) => [
        name,
        w.map(() => scale * rng.uniform() * rng.uniform()),
      ]),
    );
  const shapes: Record<string, number[]> = { ...layout.shapes };
  for (let k = 0; k < layout.layers; k++)
    shapes[layerParam('embedding', k)] = [layout.hidden, manifold.dim];
  const steps = config.training.epochs * config.training.stepsPerEpoch;
  return {
    meta: {
      format: RUN_FORMAT,
      version: RUN_VERSION,
      appVersion: APP_VERSION,
      createdAt: '2026-01-01T00:00:00.000Z',
      config,
      step: steps,
      lottery: false,
      coefficients: null,
      metrics: [],
      validation: [],
    },
    weights,
    masks,
    positions,
    dim: manifold.dim,
    optimizer: { steps, m: moment(1e-3), v: moment(1e-6) },
    shapes,
  };
}
