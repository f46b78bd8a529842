/**
 * Navigation as a trainable task (docs/science.md §Navigation): velocities in, place-cell code out
 * at every step; the encoder reads the start's code into h0. Place cells are drawn from the run's
 * seed.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { RunConfig } from '../../config/schema';
import { rngFor } from '../../random';
import { networkFor } from '../network';
import type { TaskFactory } from '../types';
import { navigationBatch } from './batch';
import { tensorsOnHost } from '../../backend/host';
import { decodeCells, decodeErrorCm, decodeTop3 } from './decode';
import { createPlaceCells } from './placeCells';
import { rowTop3 } from '../../wasm/kernels/rowTop3';

export const createNavigationTask: TaskFactory = (config: RunConfig) => {
  if (config.task.kind !== 'navigation')
    throw new Error('createNavigationTask: not a navigation config');
  const task = config.task;
  // 'fixed': every run gets the centres of seed 0, as the authors' code draws them once.
  const seed = task.placeCellDraw === 'fixed' ? 0 : config.seed;
  const cells = createPlaceCells(rngFor(seed, 'placeCells'), {
    count: task.placeCells,
    widthMeters: task.placeCellWidthMeters,
    boxMeters: task.boxMeters,
  });
  return {
    kind: 'navigation',
    metricLabel: 'error',
    metricUnit: 'cm',
    metricBaseline: { value: 100, label: 'untrained ≈ 100 cm' },
    placeCells: cells,
    network: networkFor(config, {
      input: 2,
      output: task.placeCells,
      encoderInput: task.placeCells,
      head: 'softmaxAllSteps',
    }),
    batch(rng, size) {
      const b = navigationBatch(rng, cells, {
        seqLen: task.seqLen,
        batch: size,
        boxMeters: task.boxMeters,
      });
      return { ...b, inputs: b.velocities, truth: b.positions };
    },
    // The 3 best cells of each row are found where the logits are and only they are read back: on
    // WASM by a one-pass kernel (tf.topk there is many times slower), on a GPU by tf.topk. On the
    // CPU backend the logits are at hand and decoded in JS.
    readout: (logits) => rowTop3(logits) ?? (tensorsOnHost() ? logits : tf.topk(logits, 3).indices),
    metric: (values, batch) => {
      const decoded =
        values instanceof Int32Array
          ? decodeCells(values, cells.centres)
          : decodeTop3(values, cells.centres);
      return decodeErrorCm(decoded, batch.truth);
    },
  };
};
