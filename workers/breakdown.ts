/**
 * One training step taken slowly, for the step-by-step walkthrough: the same batch the step
 * uses is differentiated once more to measure each gradient before the update, and the
 * weights are compared before and after it. Costs an extra forward and backward pass, so it
 * runs only when the walkthrough asks.
 */
import * as tf from '@tensorflow/tfjs-core';
import { recurrentLayers } from '../src/core/config/schema';
import { lossAndGrads } from '../src/core/model/network';
import type { StepBreakdown } from '../src/core/probes';
import { scheduledSparsity } from '../src/core/pruning/schedule';
import { rngAt } from '../src/core/random';
import type { Trainer } from '../src/core/training/trainer';
import type { MetricPoint } from '../src/core/training/types';

function gradientNorms(trainer: Trainer) {
  const { config } = trainer;
  const batch = trainer.task.batch(rngAt(config.seed, 'data', trainer.step), config.training.batch);
  const tensors = tf.tidy(() => {
    const task = lossAndGrads(trainer.task.network, trainer.params, batch).grads;
    const penalty = trainer.regularization.totalPenalty(trainer.params).grads;
    const names = [...new Set([...Object.keys(task), ...Object.keys(penalty)])];
    const total = names.map((k) =>
      task[k] && penalty[k] ? tf.add(task[k], penalty[k]) : (task[k] ?? penalty[k]),
    );
    return {
      task: Object.fromEntries(Object.entries(task).map(([k, g]) => [k, tf.norm(g)])),
      penalty: names.some((k) => penalty[k])
        ? tf.norm(tf.concat(Object.values(penalty).map((g) => tf.reshape(g, [-1]))))
        : tf.scalar(0),
      global: tf.sqrt(tf.addN(total.map((g) => tf.sum(tf.square(g))))),
    };
  });
  const read = (t: tf.Tensor) => t.dataSync()[0];
  const result = {
    task: Object.fromEntries(Object.entries(tensors.task).map(([k, t]) => [k, read(t)])),
    penalty: read(tensors.penalty),
    global: read(tensors.global),
  };
  tf.dispose([...Object.values(tensors.task), tensors.penalty, tensors.global]);
  return result;
}

function differenceNorms(
  before: Record<string, Float32Array>,
  after: Record<string, Float32Array>,
) {
  return Object.fromEntries(
    Object.entries(after).map(([k, w]) => [
      k,
      Math.sqrt(w.reduce((s, v, i) => s + (v - before[k][i]) ** 2, 0)),
    ]),
  );
}

export async function stepWithBreakdown(
  trainer: Trainer,
): Promise<{ point: MetricPoint; breakdown: StepBreakdown }> {
  const { config } = trainer;
  const { training, regularizer, pruning } = config;
  const norms = gradientNorms(trainer);
  const before = trainer.weightValues();
  const point = await trainer.trainStep();
  const masks = trainer.masks.names.map((name) => trainer.masks.mask(name));
  const prunable = masks.reduce((s, m) => s + m.length, 0);
  const network = trainer.task.network;
  return {
    point,
    breakdown: {
      step: point.step,
      epoch: point.epoch,
      epochs: training.epochs,
      stepsPerEpoch: training.stepsPerEpoch,
      task: config.task.kind,
      layers: recurrentLayers(config.task),
      batch: training.batch,
      seqLen: config.task.seqLen,
      hidden: config.model.hidden,
      outputs: network.output,
      activation: config.model.activation,
      taskLoss: point.taskLoss,
      metric: point.metric,
      condition: regularizer.condition,
      lambda: trainer.regularization.lambda,
      exponent: regularizer.exponent,
      penalty: point.penalty,
      taskGradNorms: norms.task,
      penaltyGradNorm: norms.penalty,
      globalGradNorm: norms.global,
      clipNorm: training.clipNorm,
      optimizer: training.optimizer,
      learningRate: training.learningRate,
      weightDecay: training.optimizer === 'adamw' ? training.weightDecay : 0,
      updateNorms: differenceNorms(before, trainer.weightValues()),
      scope: pruning.scope,
      targetSparsity: pruning.targetSparsity,
      sparsityNow: scheduledSparsity(pruning.targetSparsity, point.epoch, training.epochs),
      sparsityNext: scheduledSparsity(pruning.targetSparsity, point.epoch + 1, training.epochs),
      prunedWeights: masks.reduce((s, m) => s + m.reduce((z, b) => z + (b ? 0 : 1), 0), 0),
      prunableWeights: prunable,
      whhSparsity: point.whhSparsity,
    },
  };
}
