/**
 * The whole network of a task (SPEC §1, §8): optional encoder for h0 (navigation:
 * h0 = Encoder(place-cell code of the start)), one Elman layer, a read-out head.
 * Parameters use PyTorch's layout (W[j,k]: from k to j) so exports read like theirs.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../random';
import {
  backwardLayer,
  forwardLayer,
  type Activation,
  type LayerTrace,
  type LayerWeights,
} from './recurrent';
import { heads, type HeadKind, type HeadResult } from './heads';
import { timeSteps } from './rows';

export interface NetworkShape {
  hidden: number;
  input: number;
  output: number;
  /** Size of the encoder's input (place cells), or null when h0 = 0. */
  encoderInput: number | null;
  bias: boolean;
  activation: Activation;
  head: HeadKind;
}

/** A task batch as plain arrays, time-major: index (t·B + b)·features + f. */
export interface Batch {
  seqLen: number;
  batch: number;
  inputs: Float32Array;
  /** Encoder input [B, encoderInput], or null. */
  startCode: Float32Array | null;
  /** [T·B, out] for softmaxAllSteps, [B, out] for mseLastStep. */
  targets: Float32Array;
}

export type Params = Record<string, tf.Tensor>;

/** Weight matrices (pruned and exported as matrices) in the order the UI lists them. */
export const matrixNames = ['encoder', 'wih', 'whh', 'decoder'] as const;
export type MatrixName = (typeof matrixNames)[number];

export function paramShapes(shape: NetworkShape): Record<string, [number, number] | [number]> {
  const { hidden: n, input, output, encoderInput } = shape;
  const shapes: Record<string, [number, number] | [number]> = {
    wih: [n, input],
    whh: [n, n],
    decoder: [output, n],
  };
  if (encoderInput !== null) shapes.encoder = [n, encoderInput];
  if (shape.bias) {
    shapes.bias = [n];
    shapes.decoderBias = [output];
  }
  return shapes;
}

/** PyTorch's default init: U(−1/√fan_in, 1/√fan_in) for every weight and bias. */
export function initialValues(shape: NetworkShape, rng: Rng): Record<string, Float32Array> {
  const fanIn: Record<string, number> = {
    encoder: shape.encoderInput ?? 1,
    wih: shape.hidden,
    whh: shape.hidden,
    bias: shape.hidden,
    decoder: shape.hidden,
    decoderBias: shape.hidden,
  };
  const values: Record<string, Float32Array> = {};
  for (const [name, dims] of Object.entries(paramShapes(shape))) {
    const size = dims.reduce((a, b) => a * b, 1);
    const bound = 1 / Math.sqrt(fanIn[name]);
    const data = new Float32Array(size);
    for (let i = 0; i < size; i++) data[i] = rng.range(-bound, bound);
    values[name] = data;
  }
  return values;
}

export interface ForwardBackward {
  loss: tf.Scalar;
  grads: Record<string, tf.Tensor>;
  output: tf.Tensor2D;
}

interface ForwardPass {
  weights: LayerWeights;
  trace: LayerTrace;
  head: HeadResult;
  startCode: tf.Tensor2D | null;
}

function forwardPass(shape: NetworkShape, params: Params, batch: Batch): ForwardPass {
  const { seqLen: T, batch: B } = batch;
  const weights: LayerWeights = {
    whh: params.whh as tf.Tensor2D,
    wih: params.wih as tf.Tensor2D,
    bias: (params.bias as tf.Tensor1D | undefined) ?? null,
  };
  const startCode =
    batch.startCode && shape.encoderInput !== null
      ? tf.tensor2d(batch.startCode, [B, shape.encoderInput])
      : null;
  const h0 = startCode
    ? tf.matMul(startCode, tf.transpose(params.encoder as tf.Tensor2D))
    : tf.zeros([B, shape.hidden]);
  const inputs = timeSteps(batch.inputs, T, B);
  const trace = forwardLayer(weights, h0 as tf.Tensor2D, inputs, shape.activation);
  const targetRows = shape.head === 'softmaxAllSteps' ? T * B : B;
  const targets = tf.tensor2d(batch.targets, [targetRows, shape.output]);
  const head = heads[shape.head](
    params.decoder as tf.Tensor2D,
    (params.decoderBias as tf.Tensor1D | undefined) ?? null,
    trace.states.slice(1),
    targets,
  );
  return { weights, trace, head, startCode };
}

/** Task loss and its gradient for every parameter; call inside tf.tidy. */
export function lossAndGrads(shape: NetworkShape, params: Params, batch: Batch): ForwardBackward {
  const { weights, trace, head, startCode } = forwardPass(shape, params, batch);
  const layer = backwardLayer(weights, trace, head.stateGrads, false);
  const grads: Record<string, tf.Tensor> = {
    whh: layer.whh,
    wih: layer.wih,
    decoder: head.decoder,
  };
  if (layer.bias) grads.bias = layer.bias;
  if (head.decoderBias) grads.decoderBias = head.decoderBias;
  if (startCode) grads.encoder = tf.matMul(tf.transpose(layer.h0), startCode);
  return { loss: head.loss, grads, output: head.output };
}

/** Validation and probes: loss and output without backpropagation through time. */
export function evaluate(
  shape: NetworkShape,
  params: Params,
  batch: Batch,
): { loss: tf.Scalar; output: tf.Tensor2D } {
  const { head } = forwardPass(shape, params, batch);
  return { loss: head.loss, output: head.output };
}
