/**
 * Navigation as a trainable task (SPEC §8): velocities in, place-cell code out at every step;
 * the encoder reads the start's code into h0. Place cells are drawn from the run's seed.
 */
import type { RunConfig } from '../../config/schema';
import { rngFor } from '../../random';
import { networkFor } from '../network';
import type { TaskFactory } from '../types';
import { navigationBatch } from './batch';
import { decodeErrorCm, decodeTop3 } from './decode';
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
    metric: (logits, batch) => decodeErrorCm(decodeTop3(logits, cells.centres), batch.truth),
  };
};
