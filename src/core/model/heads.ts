/**
 * Read-outs and their losses, with hand-written gradients. The [T·B, ·] products go through
 * `gemm` (the hand-written WASM SIMD GEMM on WASM, tf.matMul elsewhere). `states` are the top
 * layer's h_1..h_T stacked [T·B, n] (row t·B + b is sample b after step t + 1).
 *  - softmaxAllSteps: logits_t = h_t Dᵀ (+ b_d) at every step, cross-entropy against soft
 *    targets (navigation's place cells), averaged over batch and steps.
 *  - nextToken: the same against the next token's id (text), reading back log p(target).
 *  - mseLastStep: y = h_T Dᵀ + b_d, mean squared error (adding problem).
 * Each head turns its targets into tensors itself.
 */
import * as tf from '@tensorflow/tfjs-core';
import { softTargetCrossEntropy, type CrossEntropy } from '../kernels/crossEntropy';
import { gemm, transpose2d } from '../wasm/kernels';

export type HeadKind = keyof typeof heads;

/**
 * Soft targets that a task makes on the device together with their cross-entropy (navigation:
 * the place-cell code of positions, since T·B × Np Gaussians are slow in plain JS, fused with
 * the loss where a kernel allows). The heads know only this interface, not the task.
 */
export interface DeviceTargets {
  /** The loss and d loss / d logits of `logits` against these targets; call inside tf.tidy. */
  crossEntropy(logits: tf.Tensor2D): CrossEntropy;
}

/** Targets as a plain array, or made on the device by the loss itself. */
export type Targets = Float32Array | DeviceTargets;

export interface HeadGrads {
  decoder: tf.Tensor2D;
  decoderBias: tf.Tensor1D | null;
  /** d loss / d h_t for t = 1..T, stacked [T·B, n] (zero where the head ignores h_t). */
  stateGrads: tf.Tensor2D;
}

export interface HeadResult {
  loss: tf.Scalar;
  /** The head's output: logits [T·B, out], log p(target) [T·B, 1] or predictions [B, out]. */
  output: tf.Tensor2D;
  /** The gradients, made when asked: validation and evaluation skip their GEMMs. */
  grads(): HeadGrads;
}

/** A cross-entropy head: logits = hidden · decoderᵀ (+ bias), the loss and its gradients. */
function crossEntropy<C extends CrossEntropy>(
  decoder: tf.Tensor2D,
  bias: tf.Tensor1D | null,
  hidden: tf.Tensor2D,
  lossOf: (logits: tf.Tensor2D) => C,
  output: (logits: tf.Tensor2D, loss: C) => tf.Tensor2D,
): HeadResult {
  let logits = gemm(hidden, transpose2d(decoder));
  if (bias) logits = tf.add(logits, bias);
  const loss = lossOf(logits);
  const { dLogits } = loss;
  return {
    loss: loss.loss,
    output: output(logits, loss),
    grads: () => ({
      decoder: gemm(transpose2d(dLogits), hidden),
      decoderBias: bias ? tf.sum(dLogits, 0) : null,
      stateGrads: gemm(dLogits, decoder),
    }),
  };
}

/**
 * Soft targets [T·B, out], as an array or made on the device by their own loss (navigation:
 * targets and loss in one fused kernel where there is one); the output is the logits.
 */
function softmaxAllSteps(
  decoder: tf.Tensor2D,
  bias: tf.Tensor1D | null,
  states: tf.Tensor2D,
  targets: Targets,
): HeadResult {
  const lossOf = (logits: tf.Tensor2D) =>
    targets instanceof Float32Array
      ? softTargetCrossEntropy(logits, tf.tensor2d(targets, logits.shape))
      : targets.crossEntropy(logits);
  return crossEntropy(decoder, bias, states, lossOf, (logits) => logits);
}

function onHost(targets: Targets, head: string): Float32Array {
  if (!(targets instanceof Float32Array)) throw new Error(`${head}: targets must be an array`);
  return targets;
}

/**
 * Integer targets (the next token's id at each step, [T·B]), one-hot on the device: the
 * [T·B, V] one-hot costs what the softmax does, far less than the decoder's GEMMs. The output
 * is log p(target) per row, [T·B, 1], so a step reads back T·B numbers instead of T·B·V logits.
 */
function nextToken(
  decoder: tf.Tensor2D,
  bias: tf.Tensor1D | null,
  states: tf.Tensor2D,
  targets: Targets,
): HeadResult {
  const ids = tf.tensor1d(Int32Array.from(onHost(targets, 'nextToken')), 'int32');
  // oneHot's own dtype argument is ignored by the WASM kernel (int bits in a float tensor).
  const y = tf.cast(tf.oneHot(ids, decoder.shape[0]), 'float32') as tf.Tensor2D;
  return crossEntropy(
    decoder,
    bias,
    states,
    (logits) => softTargetCrossEntropy(logits, y),
    (logits, { logSumExp }) => tf.reshape(tf.sub(tf.sum(tf.mul(y, logits), 1), logSumExp), [-1, 1]),
  );
}

/** Targets [B, out]; only h_T is read, so every earlier step's state gradient is zero. */
function mseLastStep(
  decoder: tf.Tensor2D,
  bias: tf.Tensor1D | null,
  states: tf.Tensor2D,
  targets: Targets,
): HeadResult {
  const y = onHost(targets, 'mseLastStep');
  const [rows, n] = states.shape;
  const batch = y.length / decoder.shape[0];
  const last = tf.slice(states, [rows - batch, 0], [batch, n]);
  let predictions = tf.matMul(last, tf.transpose(decoder));
  if (bias) predictions = tf.add(predictions, bias);
  const error = tf.sub(predictions, tf.tensor2d(y, predictions.shape as [number, number]));
  const loss = tf.mean(tf.square(error));
  const dPred = tf.mul(error, 2 / error.size) as tf.Tensor2D;
  const stateGrads = (): tf.Tensor2D => {
    const dLast: tf.Tensor2D = tf.matMul(dPred, decoder);
    return rows === batch ? dLast : tf.concat([tf.zeros<tf.Rank.R2>([rows - batch, n]), dLast], 0);
  };
  return {
    loss: loss as tf.Scalar,
    output: predictions as tf.Tensor2D,
    grads: () => ({
      decoder: tf.matMul(tf.transpose(dPred), last),
      decoderBias: bias ? tf.sum(dPred, 0) : null,
      stateGrads: stateGrads(),
    }),
  };
}

export const heads = { softmaxAllSteps, mseLastStep, nextToken } as const;
