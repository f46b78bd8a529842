/**
 * A prototype of src/core/model/network.ts's lossAndGrads with three products replaced by
 * ./products: the weight gradients of W_hh, W_ih and the decoder as chunked sums over steps, and
 * the encoder's h0 as (E·codeᵀ)ᵀ. Everything else is the current step, line for line, so losses
 * and gradients agree to float round-off (kernels.test.ts). It exists so npm run bench can
 * measure the gain on the real step before anything is wired into the model files; navigation's
 * and text's head (softmaxAllSteps) only.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Batch, ForwardBackward, NetworkShape, Params } from '../model/network';
import { forwardLayer, type LayerWeights } from '../model/recurrent';
import { splitRows, timeSteps } from '../model/rows';
import { sumOfStepProducts, timesTransposed } from './products';

/** Task loss and every gradient, as lossAndGrads; call inside tf.tidy. */
export function lossAndGradsChunked(
  shape: NetworkShape,
  params: Params,
  batch: Batch,
): ForwardBackward {
  if (shape.head !== 'softmaxAllSteps') throw new Error('lossAndGradsChunked: softmax head only');
  const { seqLen: T, batch: B } = batch;
  const weights: LayerWeights = {
    whh: params.whh as tf.Tensor2D,
    wih: params.wih as tf.Tensor2D,
    bias: (params.bias as tf.Tensor1D | undefined) ?? null,
  };
  const decoder = params.decoder as tf.Tensor2D;
  const decoderBias = (params.decoderBias as tf.Tensor1D | undefined) ?? null;
  const startCode =
    batch.startCode && shape.encoderInput !== null
      ? tf.tensor2d(batch.startCode, [B, shape.encoderInput])
      : null;
  const h0 = startCode
    ? timesTransposed(startCode, params.encoder as tf.Tensor2D)
    : (tf.zeros([B, shape.hidden]) as tf.Tensor2D);
  const inputs = timeSteps(batch.inputs, T, B);
  const trace = forwardLayer(weights, h0, inputs, shape.activation);
  const states = trace.states.slice(1);

  // Head: cross-entropy against soft targets via tf.softmax, as heads.ts.
  const rows = T * B;
  const hidden = tf.concat(states, 0);
  let logits = tf.matMul(hidden, tf.transpose(decoder));
  if (decoderBias) logits = tf.add(logits, decoderBias);
  const targets = tf.tensor2d(batch.targets, [rows, shape.output]);
  const probs = tf.softmax(logits);
  const logSumExp = tf.sub(tf.max(logits, 1), tf.log(tf.max(probs, 1)));
  const loss = tf.sub(tf.mean(logSumExp), tf.div(tf.sum(tf.mul(targets, logits)), rows));
  const dLogits = tf.div(tf.sub(probs, targets), rows) as tf.Tensor2D;
  const stateGrads = splitRows(tf.matMul(dLogits, decoder), T);

  // BPTT, as recurrent.ts's backwardLayer.
  const deltas: tf.Tensor2D[] = new Array(T);
  let carry: tf.Tensor2D | null = null;
  for (let t = T - 1; t >= 0; t--) {
    const dh: tf.Tensor2D = carry ? tf.add(carry, stateGrads[t]) : stateGrads[t];
    const h = trace.states[t + 1];
    const slope = shape.activation === 'relu' ? tf.step(h) : tf.sub(1, tf.square(h));
    deltas[t] = tf.mul(dh, slope);
    carry = tf.matMul(deltas[t], weights.whh);
  }
  const grads: Record<string, tf.Tensor> = {
    whh: sumOfStepProducts(deltas, trace.states.slice(0, T)),
    wih: sumOfStepProducts(deltas, inputs),
    decoder: sumOfStepProducts(splitRows(dLogits, T), states),
  };
  if (weights.bias) grads.bias = tf.sum(tf.concat(deltas, 0), 0);
  if (decoderBias) grads.decoderBias = tf.sum(dLogits, 0);
  if (startCode && carry) grads.encoder = tf.matMul(tf.transpose(carry), startCode);
  return { loss: loss as tf.Scalar, grads, output: logits as tf.Tensor2D };
}
