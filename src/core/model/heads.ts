/**
 * Read-outs and their losses, with hand-written gradients.
 *  - softmaxAllSteps: logits_t = h_t Dᵀ (+ b_d) at every step, cross-entropy against soft
 *    targets (navigation's place cells), averaged over batch and steps.
 *  - nextToken: the same against the next token's id (text), reading back log p(target).
 *  - mseLastStep: y = h_T Dᵀ + b_d, mean squared error (adding problem).
 * Each head turns its flat target array into tensors itself.
 */
import * as tf from '@tensorflow/tfjs-core';
import { splitRows } from './rows';

export type HeadKind = keyof typeof heads;

export interface HeadResult {
  loss: tf.Scalar;
  decoder: tf.Tensor2D;
  decoderBias: tf.Tensor1D | null;
  /** d loss / d h_t for t = 1..T (null where the head ignores h_t). */
  stateGrads: (tf.Tensor2D | null)[];
  /** The head's output: logits [T·B, out], log p(target) [T·B, 1] or predictions [B, out]. */
  output: tf.Tensor2D;
}

/**
 * Cross-entropy with rows of `targets` summing to 1. Uses tf.softmax (a fast kernel on WASM)
 * rather than logSoftmax: log-sum-exp = max(logits) − log(max(softmax)), and
 * d loss / d logits = (softmax − y) / rows (PERF-NOTES). `output` picks what is read back.
 */
function crossEntropy(
  decoder: tf.Tensor2D,
  bias: tf.Tensor1D | null,
  states: tf.Tensor2D[],
  targets: tf.Tensor2D,
  output: (logits: tf.Tensor2D, logSumExp: tf.Tensor1D) => tf.Tensor2D,
): HeadResult {
  const hidden = tf.concat(states, 0); // [T·B, n]
  const rows = hidden.shape[0];
  let logits = tf.matMul(hidden, tf.transpose(decoder));
  if (bias) logits = tf.add(logits, bias);
  const probs = tf.softmax(logits);
  const logSumExp = tf.sub(tf.max(logits, 1), tf.log(tf.max(probs, 1)));
  const loss = tf.sub(tf.mean(logSumExp), tf.div(tf.sum(tf.mul(targets, logits)), rows));
  const dLogits = tf.div(tf.sub(probs, targets), rows) as tf.Tensor2D;
  const dHidden = tf.matMul(dLogits, decoder) as tf.Tensor2D;
  return {
    loss: loss as tf.Scalar,
    decoder: tf.matMul(tf.transpose(dLogits), hidden),
    decoderBias: bias ? tf.sum(dLogits, 0) : null,
    stateGrads: splitRows(dHidden, states.length),
    output: output(logits as tf.Tensor2D, logSumExp as tf.Tensor1D),
  };
}

/** Soft targets [T·B, out] (navigation's place cells); the output is the logits. */
function softmaxAllSteps(
  decoder: tf.Tensor2D,
  bias: tf.Tensor1D | null,
  states: tf.Tensor2D[],
  targets: Float32Array,
): HeadResult {
  const rows = states.length * states[0].shape[0];
  const y = tf.tensor2d(targets, [rows, decoder.shape[0]]);
  return crossEntropy(decoder, bias, states, y, (logits) => logits);
}

/**
 * Integer targets (the next token's id at each step, [T·B]), one-hot on the device: the
 * [T·B, V] one-hot costs what the softmax does, far less than the decoder's GEMMs. The output
 * is log p(target) per row, [T·B, 1], so a step reads back T·B numbers instead of T·B·V logits.
 */
function nextToken(
  decoder: tf.Tensor2D,
  bias: tf.Tensor1D | null,
  states: tf.Tensor2D[],
  targets: Float32Array,
): HeadResult {
  const ids = tf.tensor1d(Int32Array.from(targets), 'int32');
  // oneHot's own dtype argument is ignored by the WASM kernel (int bits in a float tensor).
  const y = tf.cast(tf.oneHot(ids, decoder.shape[0]), 'float32') as tf.Tensor2D;
  return crossEntropy(decoder, bias, states, y, (logits, logSumExp) =>
    tf.reshape(tf.sub(tf.sum(tf.mul(y, logits), 1), logSumExp), [-1, 1]),
  );
}

function mseLastStep(
  decoder: tf.Tensor2D,
  bias: tf.Tensor1D | null,
  states: tf.Tensor2D[],
  targets: Float32Array,
): HeadResult {
  const last = states[states.length - 1];
  let predictions = tf.matMul(last, tf.transpose(decoder));
  if (bias) predictions = tf.add(predictions, bias);
  const error = tf.sub(predictions, tf.tensor2d(targets, predictions.shape as [number, number]));
  const loss = tf.mean(tf.square(error));
  const dPred = tf.mul(error, 2 / error.size) as tf.Tensor2D;
  const stateGrads: (tf.Tensor2D | null)[] = states.map(() => null);
  stateGrads[states.length - 1] = tf.matMul(dPred, decoder);
  return {
    loss: loss as tf.Scalar,
    decoder: tf.matMul(tf.transpose(dPred), last),
    decoderBias: bias ? tf.sum(dPred, 0) : null,
    stateGrads,
    output: predictions as tf.Tensor2D,
  };
}

export const heads = { softmaxAllSteps, mseLastStep, nextToken } as const;
