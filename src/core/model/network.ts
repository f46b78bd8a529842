/**
 * The whole network of a task (docs/science.md §Model, §Tasks): the input (feature vectors, or
 * token ids looked up in a learned embedding table), optional encoder for h0 (navigation: h0 =
 * Encoder(place-cell code of the start)), one or more stacked Elman layers, a read-out head. Every
 * layer starts from h0 = 0 except where the encoder sets layer 0's.
 */
import * as tf from '@tensorflow/tfjs-core';
import {
  backwardLayer,
  forwardLayer,
  type LayerGrads,
  type LayerTrace,
  type LayerWeights,
} from './recurrent';
import { heads, type HeadResult, type Targets } from './heads';
import { layerParam, type NetworkShape } from './params';
import { gemm, transpose2d } from '../wasm/kernels';

export type { Targets };
export {
  initialValues,
  matrixNames,
  paramShapes,
  weightMatrixNames,
  type MatrixName,
  type NetworkShape,
} from './params';

/** A task batch, time-major: index (t·B + b)·features + f. */
export interface Batch {
  seqLen: number;
  batch: number;
  /** Features per step, or one token id per step for token inputs. */
  inputs: Float32Array;
  /** Encoder input [B, encoderInput], or null. */
  startCode: Float32Array | null;
  /** [T·B, out] for softmaxAllSteps, [T·B] token ids for nextToken, [B, out] for mseLastStep. */
  targets: Targets;
}

export type Params = Record<string, tf.Tensor>;

export interface ForwardBackward {
  loss: tf.Scalar;
  grads: Record<string, tf.Tensor>;
  output: tf.Tensor2D;
}

interface ForwardPass {
  layers: { weights: LayerWeights; trace: LayerTrace }[];
  head: HeadResult;
  startCode: tf.Tensor2D | null;
  tokenIds: tf.Tensor1D | null;
}

function layerWeights(params: Params, k: number): LayerWeights {
  return {
    whh: params[layerParam('whh', k)] as tf.Tensor2D,
    wih: params[layerParam('wih', k)] as tf.Tensor2D,
    bias: (params[layerParam('bias', k)] as tf.Tensor1D | undefined) ?? null,
  };
}

function forwardPass(shape: NetworkShape, params: Params, batch: Batch): ForwardPass {
  const { seqLen: T, batch: B } = batch;
  const startCode =
    batch.startCode && shape.encoderInput !== null
      ? tf.tensor2d(batch.startCode, [B, shape.encoderInput])
      : null;
  const h0 = startCode
    ? gemm(startCode, transpose2d(params.encoder as tf.Tensor2D))
    : tf.zeros([B, shape.hidden]);
  // Token inputs: one gather of all T·B rows.
  const tokenIds = shape.tokens !== undefined ? tf.tensor1d(Int32Array.from(batch.inputs)) : null;
  let inputs: tf.Tensor2D = tokenIds
    ? (tf.gather(params.tokenEmbedding, tokenIds) as tf.Tensor2D)
    : tf.tensor2d(batch.inputs, [T * B, batch.inputs.length / (T * B)]);
  const layers: ForwardPass['layers'] = [];
  for (let k = 0; k < (shape.layers ?? 1); k++) {
    const weights = layerWeights(params, k);
    const start = k === 0 ? (h0 as tf.Tensor2D) : tf.zeros<tf.Rank.R2>([B, shape.hidden]);
    const trace = forwardLayer(weights, start, inputs, shape.activation);
    layers.push({ weights, trace });
    inputs = trace.states;
  }
  const head = heads[shape.head](
    params.decoder as tf.Tensor2D,
    (params.decoderBias as tf.Tensor1D | undefined) ?? null,
    inputs,
    batch.targets,
  );
  return { layers, head, startCode, tokenIds };
}

/** Task loss and its gradient for every parameter; call inside tf.tidy. */
export function lossAndGrads(shape: NetworkShape, params: Params, batch: Batch): ForwardBackward {
  const { layers, head, startCode, tokenIds } = forwardPass(shape, params, batch);
  const layerGrads: LayerGrads[] = [];
  const headGrads = head.grads();
  let outputGrads = headGrads.stateGrads;
  for (let k = layers.length - 1; k >= 0; k--) {
    const { weights, trace } = layers[k];
    layerGrads[k] = backwardLayer(weights, trace, outputGrads, k > 0 || tokenIds !== null);
    if (k > 0) outputGrads = layerGrads[k].inputs!;
  }
  // Layer 0 first, in the single-layer order: the clip's global norm sums them in this order.
  const [first] = layerGrads;
  const grads: Record<string, tf.Tensor> = {
    whh: first.whh,
    wih: first.wih,
    decoder: headGrads.decoder,
  };
  if (first.bias) grads.bias = first.bias;
  if (headGrads.decoderBias) grads.decoderBias = headGrads.decoderBias;
  if (startCode) grads.encoder = gemm(transpose2d(first.h0), startCode);
  if (tokenIds) {
    // d/dE: scatter-add of each step's input gradient onto its token's row (ScatterNd sums
    // repeated ids; WASM has no UnsortedSegmentSum, and a one-hot GEMM would cost V·T·B·e).
    const rows = tf.reshape(tokenIds, [-1, 1]);
    grads.tokenEmbedding = tf.scatterND(rows, first.inputs!, params.tokenEmbedding.shape);
  }
  layerGrads.slice(1).forEach((layer, i) => {
    grads[layerParam('wih', i + 1)] = layer.wih;
    grads[layerParam('whh', i + 1)] = layer.whh;
    if (layer.bias) grads[layerParam('bias', i + 1)] = layer.bias;
  });
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
