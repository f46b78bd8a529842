/**
 * The adding problem as a trainable task (docs/science.md §Adding problem): read-out of h_T, MSE,
 * metric RMSE.
 */
import type { RunConfig } from '../../config/schema';
import { networkFor } from '../network';
import type { TaskFactory } from '../types';
import { addingBatch, rmse } from './index';

export const createAddingTask: TaskFactory = (config: RunConfig) => {
  if (config.task.kind !== 'adding') throw new Error('createAddingTask: not an adding config');
  const { seqLen } = config.task;
  return {
    kind: 'adding',
    metricLabel: 'RMSE',
    metricUnit: '',
    metricBaseline: { value: 0.408, label: 'always predicting 1 ≈ 0.408' },
    network: networkFor(config, { input: 2, output: 1, encoderInput: null, head: 'mseLastStep' }),
    batch(rng, size) {
      const b = addingBatch(rng, { seqLen, batch: size });
      return {
        seqLen,
        batch: size,
        inputs: b.inputs,
        startCode: null,
        targets: b.targets,
        truth: b.targets,
      };
    },
    metric: (predictions, batch) => rmse(predictions, batch.truth),
    // The loss is the mean squared error, and validation batches have equal sizes, so the root
    // of their mean loss is the RMSE over all their samples together: √(mean of squared errors),
    // not the mean of per-batch RMSEs, which is biased low.
    metricOfLoss: Math.sqrt,
    validationSamples: 2000,
  };
};
