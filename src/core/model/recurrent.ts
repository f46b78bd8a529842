/**
 * One Elman recurrent layer, forward and hand-written backward through time (docs/science.md
 * §Model):
 *   h_t = s(h_{t−1} W_hhᵀ + x_t W_ihᵀ + b)   (row vectors; W[j,k] is the weight from k to j).
 * Everything is time-stacked ([T·B, ·], row t·B + b is sample b at step t + 1), so the input drive,
 * the weight gradients and the input gradients are one big GEMM each over all steps, and the
 * step-by-step part is the recurrence of kernels/recurrence.ts (one fused kernel where the backend
 * has it). The products go through `gemm` (on WASM the hand-written SIMD GEMM, faster than
 * XNNPACK's; tf.matMul elsewhere) and never take transpose flags (docs/architecture.md
 * §Performance): transposes are explicit, by a SIMD kernel on WASM. Equal to the tape's gradients
 * to float round-off (see network.test.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import { recurrence, recurrenceBackward, type Activation } from '../kernels/recurrence';
import { gemm, stackRows, transpose2d } from '../wasm/kernels';

export type { Activation };

export interface LayerWeights {
  whh: tf.Tensor2D; // [n, n]
  wih: tf.Tensor2D; // [n, in]
  bias: tf.Tensor1D | null; // [n]
}

export interface LayerTrace {
  h0: tf.Tensor2D; // [B, n]
  /** h_1 … h_T stacked, [T·B, n]. */
  states: tf.Tensor2D;
  /** x_1 … x_T stacked, [T·B, in]. */
  inputs: tf.Tensor2D;
  activation: Activation;
}

export interface LayerGrads {
  whh: tf.Tensor2D;
  wih: tf.Tensor2D;
  bias: tf.Tensor1D | null;
  /** d loss / d h_0, [B, n]. */
  h0: tf.Tensor2D;
  /** d loss / d x_t for all steps stacked [T·B, in], only when asked (stacked layers, tokens). */
  inputs: tf.Tensor2D | null;
}

export function forwardLayer(
  weights: LayerWeights,
  h0: tf.Tensor2D,
  inputs: tf.Tensor2D,
  activation: Activation,
): LayerTrace {
  let drive: tf.Tensor2D = gemm(inputs, tf.transpose(weights.wih));
  if (weights.bias) drive = tf.add(drive, weights.bias);
  const states = recurrence({ h0, whhT: transpose2d(weights.whh), drive }, activation);
  return { h0, states, inputs, activation };
}

/** The state each step started from, h_0 … h_{T−1} stacked [T·B, n]. */
function previousStates(trace: LayerTrace): tf.Tensor2D {
  const [rows] = trace.states.shape;
  const batch = trace.h0.shape[0];
  return rows === batch
    ? trace.h0
    : stackRows([
        [trace.h0, batch],
        [trace.states, rows - batch],
      ]);
}

/**
 * Backpropagation through time. `outputGrads` is d loss / d h_t from the read-out (or the layer
 * above) for t = 1..T, stacked [T·B, n].
 */
export function backwardLayer(
  weights: LayerWeights,
  trace: LayerTrace,
  outputGrads: tf.Tensor2D,
  wantInputGrads: boolean,
): LayerGrads {
  const batch = trace.h0.shape[0];
  const { deltas, dh0 } = recurrenceBackward(
    { whh: weights.whh, states: trace.states, stateGrads: outputGrads },
    batch,
    trace.activation,
  );
  const deltasT = transpose2d(deltas);
  return {
    whh: gemm(deltasT, previousStates(trace)),
    wih: gemm(deltasT, trace.inputs),
    bias: weights.bias ? tf.sum(deltas, 0) : null,
    h0: dh0,
    inputs: wantInputGrads ? gemm(deltas, weights.wih) : null,
  };
}
