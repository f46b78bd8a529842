/**
 * What the training loop needs from a task: the network's shape, fresh batches, and the
 * task's own metric (error in cm, RMSE, perplexity).
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { RunConfig, TaskKind } from '../config/schema';
import type { Batch, NetworkShape } from '../model/network';
import type { Rng } from '../random';
import type { PlaceCells } from './navigation/placeCells';
import type { Split, TextSource } from './text/corpus';

export interface TaskBatch extends Batch {
  /** What the metric compares against: true positions (navigation) or targets (adding). */
  truth: Float32Array;
}

/**
 * What a task may need besides its config. Data that is not a setting (a user's text) stays
 * out of the config, so configs remain small enough for links and run files.
 */
export interface TaskContext {
  /** Text task: the corpus, decoded (see text/corpus.ts decodeTextFile). */
  text?: TextSource;
  /** Text task: the tokens of restored weights, so ids keep the meaning the weights give them. */
  vocabulary?: readonly string[];
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
  /** Navigation's place cells (probes decode with them; the arena draws them); absent elsewhere. */
  readonly placeCells?: PlaceCells;
  /** Text task: the tokens, by id (the embedding's and the decoder's rows). */
  readonly vocabulary?: readonly string[];
  /**
   * A batch. Tasks with a fixed corpus draw it from `split` (default 'train'); tasks that
   * generate data draw fresh data for every split.
   */
  batch(rng: Rng, size: number, split?: Split): TaskBatch;
  /**
   * What of the head's output the metric needs, reduced on the device before it is read back
   * (navigation: the 3 best cells of each row instead of all Np logits); the whole output if absent.
   */
  readout?(output: tf.Tensor2D): tf.Tensor;
  /** The metric from the read-out (read back as a flat array) on that batch. */
  metric(readout: Float32Array | Int32Array, batch: TaskBatch): number;
  /**
   * The metric of a mean loss, where the metric is a function of the loss alone (perplexity
   * = exp(cross-entropy)): validation then reports it for all its tokens together rather than
   * averaging per-batch values.
   */
  metricOfLoss?(meanLoss: number): number;
  /**
   * The fewest samples a validation pools, whatever `training.validationBatches` says (adding:
   * 2,000, so its RMSE is not biased low and noisy by a few small batches).
   */
  readonly validationSamples?: number;
}

export type TaskFactory = (config: RunConfig, context?: TaskContext) => TaskRuntime;
