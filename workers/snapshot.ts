/**
 * What the worker reports about its run besides metrics: the picture the views draw, the
 * warnings the status line carries, and tfjs's memory for the leak checks.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { RunConfig } from '../src/core/config/schema';
import { orderByPosition } from '../src/core/manifolds/positionOrder';
import { weightStats } from '../src/core/model/weightStats';
import type { Trainer } from '../src/core/training/trainer';
import type { Snapshot } from './protocol';

/**
 * The weights, mask and positions now, copied (they are transferred to the UI thread), with
 * W_hh's stats (the views' words would otherwise count n² weights on the UI thread) and the
 * units' order by position (the heatmap's other order, so its picture and pointer agree).
 */
export function takeSnapshot(trainer: Trainer): Snapshot {
  const n = trainer.config.model.hidden;
  const { manifold } = trainer.regularization;
  const embedding = trainer.regularization.positions();
  const whh = (trainer.params.whh.dataSync() as Float32Array).slice();
  const whhMask = trainer.masks.mask('whh').slice();
  const positionOrder = orderByPosition(embedding.subarray(0, n * manifold.dim), manifold);
  return {
    step: trainer.step,
    n,
    whh,
    whhMask,
    embedding,
    embeddingDim: manifold.dim,
    scene: manifold.toScene(embedding),
    positionOrder,
    whhStats: weightStats(whh, whhMask, n),
  };
}

export const whhGoneMessage =
  'W_hh is 100% pruned: the network no longer recurs. Try the W_hh-only or per-matrix scope.';

/** docs/science.md §Pruning: global pruning with the penalty on can remove all of W_hh; say so up front. */
export function fullRecurrenceWarning(config: RunConfig): string | null {
  if (config.pruning.scope !== 'global' || config.regularizer.condition === 'none') return null;
  return 'Global pruning with a penalty tends to remove W_hh entirely at small n; per-matrix or W_hh-only scope avoids it.';
}

export interface MemoryReport {
  numTensors: number;
  numBytes: number;
  /** Only the GPU backends report it. */
  numBytesInGPU: number | null;
}

/** tfjs's memory now (numBytesInGPU exists on the GPU backends only). */
export function memory(): MemoryReport {
  const m = tf.memory() as tf.MemoryInfo & { numBytesInGPU?: number };
  return { numTensors: m.numTensors, numBytes: m.numBytes, numBytesInGPU: m.numBytesInGPU ?? null };
}
