/**
 * One Elman recurrent layer, forward and hand-written backward through time (SPEC §1):
 *   h_t = s(h_{t−1} W_hhᵀ + x_t W_ihᵀ + b)   (row vectors; W[j,k] is the weight from k to j).
 * Written around the WASM backend's fast paths (PERF-NOTES): matMul never gets transpose
 * flags (transposes are materialised once), nothing is sliced per step, and the weight
 * gradients are one big GEMM each over the stacked time steps. Equal to the tape's gradients
 * to float round-off (see recurrent.test.ts).
 */
import * as tf from '@tensorflow/tfjs-core';

export type Activation = 'relu' | 'tanh';

export interface LayerWeights {
  whh: tf.Tensor2D; // [n, n]
  wih: tf.Tensor2D; // [n, in]
  bias: tf.Tensor1D | null; // [n]
}

export interface LayerTrace {
  /** h_0 … h_T, each [B, n]. */
  states: tf.Tensor2D[];
  /** x_1 … x_T, each [B, in]. */
  inputs: tf.Tensor2D[];
  activation: Activation;
}

export interface LayerGrads {
  whh: tf.Tensor2D;
  wih: tf.Tensor2D;
  bias: tf.Tensor1D | null;
  /** d loss / d h_0, [B, n]. */
  h0: tf.Tensor2D;
  /**
   * d loss / d x_t for all steps stacked [T·B, in] (one GEMM), only when asked: stacked layers
   * and token embeddings need it.
   */
  inputs: tf.Tensor2D | null;
}

function activate(z: tf.Tensor2D, activation: Activation): tf.Tensor2D {
  return activation === 'relu' ? tf.relu(z) : tf.tanh(z);
}

/** s'(z) expressed through h = s(z), so z need not be kept. */
function activationSlope(h: tf.Tensor2D, activation: Activation): tf.Tensor2D {
  if (activation === 'relu') return tf.step(h);
  return tf.sub(1, tf.square(h));
}

export function forwardLayer(
  weights: LayerWeights,
  h0: tf.Tensor2D,
  inputs: tf.Tensor2D[],
  activation: Activation,
): LayerTrace {
  const whhT = tf.transpose(weights.whh);
  const wihT = tf.transpose(weights.wih);
  const states: tf.Tensor2D[] = [h0];
  for (const x of inputs) {
    let z = tf.add(tf.matMul(states[states.length - 1], whhT), tf.matMul(x, wihT));
    if (weights.bias) z = tf.add(z, weights.bias);
    states.push(activate(z as tf.Tensor2D, activation));
  }
  return { states, inputs, activation };
}

/**
 * Backpropagation through time. `outputGrads[t]` is d loss / d h_{t+1} from the read-out
 * (null where the read-out does not look at that step).
 */
export function backwardLayer(
  weights: LayerWeights,
  trace: LayerTrace,
  outputGrads: (tf.Tensor2D | null)[],
  wantInputGrads: boolean,
): LayerGrads {
  const T = trace.inputs.length;
  const deltas: tf.Tensor2D[] = new Array(T);
  let carry: tf.Tensor2D | null = null;
  for (let t = T - 1; t >= 0; t--) {
    const fromOutput = outputGrads[t];
    const dh = carry && fromOutput ? tf.add(carry, fromOutput) : (carry ?? fromOutput);
    const slope = activationSlope(trace.states[t + 1], trace.activation);
    deltas[t] = dh ? tf.mul(dh, slope) : tf.zerosLike(slope);
    carry = tf.matMul(deltas[t], weights.whh);
  }
  const deltaStack = tf.concat(deltas, 0); // [T·B, n]
  const deltaStackT = tf.transpose(deltaStack);
  const prevStates = tf.concat(trace.states.slice(0, T), 0); // [T·B, n]
  const inputStack = tf.concat(trace.inputs, 0); // [T·B, in]
  return {
    whh: tf.matMul(deltaStackT, prevStates),
    wih: tf.matMul(deltaStackT, inputStack),
    bias: weights.bias ? tf.sum(deltaStackT, 1) : null,
    h0: carry ?? tf.zerosLike(trace.states[0]),
    inputs: wantInputGrads ? tf.matMul(deltaStack, weights.wih) : null,
  };
}
