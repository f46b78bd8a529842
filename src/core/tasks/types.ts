/**
 * What the training loop needs from a task: the network's shape, fresh batches, and the
 * task's own metric (error in cm, RMSE, perplexity).
 */
import type { RunConfig, TaskKind } from '../config/schema';
import type { Batch, NetworkShape } from '../model/network';
import type { Rng } from '../random';

export interface TaskBatch extends Batch {
  /** What the metric compares against: true positions (navigation) or targets (adding). */
  truth: Float32Array;
}

export interface TaskRuntime {
  readonly kind: TaskKind;
  /** e.g. "error", "RMSE". */
  readonly metricLabel: string;
  /** e.g. "cm", "" */
  readonly metricUnit: string;
  /** Metric of an untrained / trivial predictor, for orientation in the charts. */
  readonly metricBaseline: { value: number; label: string };
  readonly network: NetworkShape;
  batch(rng: Rng, size: number): TaskBatch;
  /** The metric from the head's output (read back as a flat array) on that batch. */
  metric(output: Float32Array, batch: TaskBatch): number;
}

export type TaskFactory = (config: RunConfig) => TaskRuntime;
