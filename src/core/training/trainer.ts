/**
 * The training loop (docs/science.md §Regularizer to §Lottery tickets): E epochs × S steps; at each
 * epoch start the masks follow the pruning schedule; each step draws a fresh batch from (seed,
 * step), adds the moduli penalty to the task loss, and updates weights (and trained positions) with
 * Adam(W). The Trainer owns every tensor it creates; `dispose` frees them all.
 */
import * as tf from '@tensorflow/tfjs-core';
import { trainingSteps, type RunConfig } from '../config/schema';
import {
  initialValues,
  lossAndGrads,
  evaluate,
  paramShapes,
  weightMatrixNames,
} from '../model/network';
import { finiteFlags } from '../wasm/kernels/finite';
import { Adam, clipByGlobalNorm, type AdamState } from '../optim/adam';
import { scheduledSparsity } from '../pruning/schedule';
import { rngAt, rngFor } from '../random';
import { createTask, type TaskContext, type TaskRuntime } from '../tasks';
import { MaskSet } from './masks';
import { Regularization } from './regularization';
import type { MetricPoint, RunHistory, TrainerState, ValidationPoint } from './types';

export class DivergenceError extends Error {}

/** "The loss became NaN at step 12", then the variables holding NaN or Infinity, if any. */
function divergenceMessage({ totalLoss, step }: MetricPoint, variables: string[]): string {
  const where = variables.length > 0 ? `NaN or Infinity in ${variables.join(', ')}` : '';
  if (Number.isFinite(totalLoss)) return `${where} at step ${step}`;
  return `The loss became ${totalLoss} at step ${step}${where && `, with ${where}`}`;
}

export class Trainer {
  readonly task: TaskRuntime;
  readonly params: Record<string, tf.Variable>;
  readonly masks: MaskSet;
  readonly regularization: Regularization;
  readonly lottery: boolean;
  private readonly optimizer: Adam;
  readonly history: RunHistory;
  private currentStep: number;
  private prunedForEpoch = -1;

  /**
   * `context` carries what the config does not: the text task's corpus, e.g.
   * `new Trainer(config, undefined, undefined, { text })`.
   */
  constructor(
    readonly config: RunConfig,
    state?: Partial<TrainerState>,
    history?: RunHistory,
    readonly context: TaskContext = {},
  ) {
    this.history = history ?? { metrics: [], validation: [] };
    this.task = createTask(config, {
      ...context,
      vocabulary: state?.vocabulary ?? context.vocabulary,
    });
    const shapes = paramShapes(this.task.network);
    const values = state?.weights ?? initialValues(this.task.network, rngFor(config.seed, 'init'));
    this.params = {};
    for (const [name, shape] of Object.entries(shapes)) {
      this.params[name] = tf.tidy(() => tf.variable(tf.tensor(values[name], shape)));
    }
    const matrixShapes = Object.fromEntries(
      weightMatrixNames(this.task.network).map((n) => [n, shapes[n] as number[]]),
    );
    this.masks = state?.masks
      ? new MaskSet(state.masks, matrixShapes)
      : MaskSet.dense(matrixShapes);
    // Restored and lottery weights start sparse: the forward pass must never see pruned weights.
    for (const name of this.masks.names) {
      tf.tidy(() =>
        this.params[name].assign(tf.mul(this.params[name], this.masks.asTensors[name])),
      );
    }
    this.lottery = state?.lottery ?? false;
    this.regularization = new Regularization(config, state?.embedding ?? null, this.lottery);
    this.optimizer = new Adam({
      learningRate: config.training.learningRate,
      weightDecay: config.training.optimizer === 'adamw' ? config.training.weightDecay : 0,
    });
    if (state?.optimizer) this.optimizer.load(state.optimizer, this.variableShapes());
    this.currentStep = state?.step ?? 0;
    if (this.lottery) this.prunedForEpoch = Infinity;
  }

  get step(): number {
    return this.currentStep;
  }

  get totalSteps(): number {
    return trainingSteps(this.config.training);
  }

  /** 0-based; the stabiliser epochs come after the last pruning epoch E − 1. */
  get epoch(): number {
    const { epochs, stabiliserEpochs, stepsPerEpoch } = this.config.training;
    return Math.min(Math.floor(this.currentStep / stepsPerEpoch), epochs + stabiliserEpochs - 1);
  }

  get done(): boolean {
    return this.currentStep >= this.totalSteps;
  }

  get targetSparsity(): number {
    if (this.lottery) return this.masks.globalSparsity;
    const { targetSparsity } = this.config.pruning;
    return scheduledSparsity(targetSparsity, this.epoch, this.config.training.epochs);
  }

  /** One training step; resolves once its numbers are read back. */
  async trainStep(): Promise<MetricPoint> {
    // The batch first: a task that cannot make one (a text run without its corpus) changes nothing.
    const batch = this.task.batch(
      rngAt(this.config.seed, 'data', this.currentStep),
      this.config.training.batch,
    );
    await this.pruneOnSchedule();
    const { taskLoss, penalty, output } = tf.tidy(() => {
      const result = lossAndGrads(this.task.network, this.params, batch);
      const { penalty, grads: penaltyGrads } = this.regularization.totalPenalty(this.params);
      const grads = { ...result.grads };
      for (const [name, g] of Object.entries(penaltyGrads)) {
        grads[name] = grads[name] ? tf.add(grads[name], g) : g;
      }
      const stabilising = this.epoch >= this.config.training.epochs;
      const adjusted = this.regularization.positionGradients(grads, this.epoch, stabilising);
      const masks = this.masks.asTensors;
      const clipped = clipByGlobalNorm(adjusted, this.config.training.clipNorm, masks);
      this.optimizer.apply(
        this.variables,
        clipped,
        masks,
        this.regularization.learningRates,
        this.regularization.weightDecays,
      );
      return { taskLoss: result.loss, penalty, output: this.readout(result.output) };
    });
    this.regularization.afterStep();
    // The loss was computed before the update, so it cannot show a weight the update made
    // NaN (Adam's ∞/∞ when a gradient overflows); one flag per variable, read with the loss.
    const variables = this.variables;
    const names = Object.keys(variables);
    const finite = finiteFlags(names.map((name) => variables[name]));
    const [lossValue, penaltyValue, outputValues, finiteValues] = await Promise.all([
      taskLoss.data(),
      penalty.data(),
      output.data(),
      finite.data(),
    ]);
    tf.dispose([taskLoss, penalty, output, finite]);
    const point: MetricPoint = {
      step: this.currentStep,
      epoch: this.epoch,
      taskLoss: lossValue[0],
      penalty: penaltyValue[0],
      totalLoss: lossValue[0] + penaltyValue[0],
      whhSparsity: this.masks.whhSparsity,
      globalSparsity: this.masks.globalSparsity,
      targetSparsity: this.targetSparsity,
      metric: this.task.metric(outputValues as Float32Array | Int32Array, batch),
    };
    const diverged = names.filter((_, i) => finiteValues[i] === 0);
    if (!Number.isFinite(point.totalLoss) || diverged.length > 0) {
      throw new DivergenceError(divergenceMessage(point, diverged));
    }
    this.currentStep += 1;
    this.history.metrics.push(point);
    return point;
  }

  /**
   * Mean task loss and metric over fresh validation batches (docs/science.md §Navigation: 5
   * batches, or more for a task that asks for `validationSamples`), from the held-out split
   * where the task has one (text). 'test' measures the test split
   * without adding to the history.
   */
  async validate(split: 'valid' | 'test' = 'valid'): Promise<ValidationPoint> {
    const { batch: size } = this.config.training;
    const validationBatches = Math.max(
      this.config.training.validationBatches,
      Math.ceil((this.task.validationSamples ?? 0) / size),
    );
    let loss = 0;
    let metric = 0;
    for (let i = 0; i < validationBatches; i++) {
      const batch = this.task.batch(
        rngAt(this.config.seed, 'validation', this.currentStep * 997 + i),
        size,
        split,
      );
      const { loss: l, output } = tf.tidy(() => {
        const result = evaluate(this.task.network, this.params, batch);
        return { loss: result.loss, output: this.readout(result.output) };
      });
      const [lv, ov] = await Promise.all([l.data(), output.data()]);
      tf.dispose([l, output]);
      loss += lv[0];
      metric += this.task.metric(ov as Float32Array | Int32Array, batch);
    }
    const meanLoss = loss / validationBatches;
    const point = {
      step: this.currentStep,
      taskLoss: meanLoss,
      metric: this.task.metricOfLoss?.(meanLoss) ?? metric / validationBatches,
    };
    if (split === 'valid') this.history.validation.push(point);
    return point;
  }

  /** What the task's metric reads back from the head's output; call inside tf.tidy. */
  readout(output: tf.Tensor2D): tf.Tensor {
    return this.task.readout?.(output) ?? output;
  }

  /** Adam's state, for run files. */
  optimizerState(): AdamState {
    return this.optimizer.state();
  }

  /** Shapes of everything the optimizer updates (weights and trained positions). */
  variableShapes(): Record<string, number[]> {
    return Object.fromEntries(Object.entries(this.variables).map(([k, v]) => [k, v.shape]));
  }

  /** Everything the optimizer updates: the weights and the trained positions. */
  private get variables(): Record<string, tf.Variable> {
    return { ...this.params, ...this.regularization.trainableVariables };
  }

  /**
   * Reads every value that export, snapshots and lottery tickets take synchronously (weights,
   * trained positions, Adam's moments) once, asynchronously. A GPU backend keeps that copy on
   * the host, so the synchronous reads then work where the backend cannot read synchronously:
   * tfjs's WebGPU in Node, whose synchronous read-back draws through an OffscreenCanvas.
   */
  async readBack(): Promise<void> {
    const tensors = [...Object.values(this.variables), ...this.optimizer.moments()];
    await Promise.all(tensors.map((t) => t.data()));
  }

  /** Current weights as plain arrays (export, snapshots, lottery tickets). */
  weightValues(): Record<string, Float32Array> {
    return Object.fromEntries(
      Object.entries(this.params).map(([k, v]) => [k, v.dataSync() as Float32Array]),
    );
  }

  /**
   * The lottery ticket of this run (docs/science.md §Lottery tickets): fresh weights from another
   * seed, these masks kept, the same regularizer with positions frozen (or, with
   * `regularizer.lotteryPenalty` 'redrawn', a newly drawn one), a fresh optimizer, no further
   * pruning.
   */
  lotteryTicket(): Trainer {
    const initial = initialValues(this.task.network, rngFor(this.config.seed, 'lottery'));
    return new Trainer(
      this.config,
      {
        step: 0,
        lottery: true,
        weights: initial,
        masks: this.masks.snapshot(),
        // 'redrawn' (the authors' code): the ticket's regularizer draws its own embedding.
        embedding:
          this.config.regularizer.lotteryPenalty === 'same'
            ? this.regularization.allPositions()
            : null,
        vocabulary: this.task.vocabulary,
      },
      undefined,
      this.context,
    );
  }

  dispose(): void {
    tf.dispose(Object.values(this.params));
    this.masks.dispose();
    this.regularization.dispose();
    this.optimizer.dispose();
  }

  private async pruneOnSchedule(): Promise<void> {
    // The stabiliser epochs keep the last epoch's masks.
    const epoch = Math.min(this.epoch, this.config.training.epochs - 1);
    if (epoch <= this.prunedForEpoch) return;
    this.prunedForEpoch = epoch;
    const { targetSparsity, scope } = this.config.pruning;
    const fraction = scheduledSparsity(targetSparsity, epoch, this.config.training.epochs);
    if (fraction === 0) return;
    // Magnitude pruning ranks the weights on the host: read them without a synchronous read.
    await Promise.all(Object.values(this.params).map((p) => p.data()));
    this.masks.prune(this.params, fraction, scope);
  }
}
