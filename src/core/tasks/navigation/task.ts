/**
 * Navigation as a trainable task (SPEC §8): velocities in, place-cell code out at every step;
 * the encoder reads the start's code into h0. Place cells are drawn from the run's seed.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { RunConfig } from '../../config/schema';
import { rngFor } from '../../random';
import { networkFor } from '../network';
import type { TaskFactory } from '../types';
import { navigationBatch } from './batch';
import { decodeCells, decodeErrorCm } from './decode';
import { createPlaceCells } from './placeCells';

export const createNavigationTask: TaskFactory = (config: RunConfig) => {
  if (config.task.kind !== 'navigation')
    throw new Error('createNavigationTask: not a navigation config');
  const task = config.task;
  const cells = createPlaceCells(rngFor(config.seed, 'placeCells'), {
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
    readout: (logits) => tf.topk(logits, 3).indices,
    metric: (top3, batch) => decodeErrorCm(decodeCells(top3, cells.centres), batch.truth),
  };
};
