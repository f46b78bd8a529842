/**
 * Read-outs and their losses, with hand-written gradients.
 *  - softmaxAllSteps: logits_t = h_t Dᵀ (+ b_d) at every step, cross-entropy against soft
 *    targets (navigation's place cells; one-hot for text), averaged over batch and steps.
 *  - mseLastStep: y = h_T Dᵀ + b_d, mean squared error (adding problem).
 */
import * as tf from '@tensorflow/tfjs-core';
import { splitRows } from './rows';

export type HeadKind = 'softmaxAllSteps' | 'mseLastStep';

export interface HeadResult {
  loss: tf.Scalar;
  decoder: tf.Tensor2D;
  decoderBias: tf.Tensor1D | null;
  /** d loss / d h_t for t = 1..T (null where the head ignores h_t). */
  stateGrads: (tf.Tensor2D | null)[];
  /** The head's output: logits [T·B, out] or predictions [B, out]. */
  output: tf.Tensor2D;
}

/**
 * Cross-entropy with rows of `targets` summing to 1. Uses tf.softmax (a fast kernel on WASM)
 * rather than logSoftmax: log-sum-exp = max(logits) − log(max(softmax)), and
 * d loss / d logits = (softmax − y) / rows (PERF-NOTES).
 */
function softmaxAllSteps(
  decoder: tf.Tensor2D,
  bias: tf.Tensor1D | null,
  states: tf.Tensor2D[],
  targets: tf.Tensor2D,
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
    output: logits as tf.Tensor2D,
  };
}

function mseLastStep(
  decoder: tf.Tensor2D,
  bias: tf.Tensor1D | null,
  states: tf.Tensor2D[],
  targets: tf.Tensor2D,
): HeadResult {
  const last = states[states.length - 1];
  let predictions = tf.matMul(last, tf.transpose(decoder));
  if (bias) predictions = tf.add(predictions, bias);
  const error = tf.sub(predictions, targets);
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

export const heads = { softmaxAllSteps, mseLastStep } as const;
