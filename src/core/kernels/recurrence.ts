/**
 * The recurrence of an Elman layer over a whole sequence, forward and backward, as two tfjs ops.
 * With ReLU, a backend with a fused kernel registered under the names below runs all T steps in
 * one call (WASM: ../wasm/kernels, WebGPU: ./webgpu); elsewhere, and for tanh, the same maths runs as the
 * per-step composite here. Both work on time-stacked tensors: row t·B + b is sample b at step t + 1.
 *
 *   forward:  h_t = s(h_{t−1} · W_hhᵀ + drive_t),  t = 1..T   (drive = x · W_ihᵀ + b)
 *   backward: δ_t = (g_t + δ_{t+1} · W_hh) ⊙ s'_t,  t = T..1,  δ_{T+1} = 0
 *             dh0 = δ_1 · W_hh                      (g_t = d loss / d h_t from above)
 * with s' written through h = s(z): [h > 0] for ReLU, 1 − h² for tanh.
 */
import * as tf from '@tensorflow/tfjs-core';
import { splitRows } from '../model/rows';

export const RELU_RECURRENCE = 'ModuliReluRecurrence';
export const RELU_RECURRENCE_BACKWARD = 'ModuliReluRecurrenceBackward';

/** Inputs of the forward kernel: h0 [B, n], whhT = W_hhᵀ [n, n], drive [T·B, n]. */
export interface RecurrenceInputs extends tf.NamedTensorMap {
  h0: tf.Tensor2D;
  whhT: tf.Tensor2D;
  drive: tf.Tensor2D;
}

/**
 * Inputs of the backward kernel: whh = W_hh [n, n], states h_1..h_T [T·B, n] (the forward's
 * output), stateGrads g_1..g_T [T·B, n]; its one attribute is the batch B. Its outputs:
 * [deltas δ_1..δ_T [T·B, n], dh0 [B, n]].
 */
export interface RecurrenceBackwardInputs extends tf.NamedTensorMap {
  whh: tf.Tensor2D;
  states: tf.Tensor2D;
  stateGrads: tf.Tensor2D;
}

export type Activation = 'relu' | 'tanh';

const fused = (kernelName: string, activation: Activation) =>
  activation === 'relu' && tf.getKernel(kernelName, tf.getBackend()) !== undefined;

/** h_1..h_T stacked [T·B, n]. */
export function recurrence(inputs: RecurrenceInputs, activation: Activation = 'relu'): tf.Tensor2D {
  if (fused(RELU_RECURRENCE, activation))
    return tf.engine().runKernel(RELU_RECURRENCE, inputs) as unknown as tf.Tensor2D;
  const { h0, whhT, drive } = inputs;
  const states: tf.Tensor2D[] = [];
  let h = h0;
  for (const d of splitRows(drive, drive.shape[0] / h0.shape[0])) {
    const z = tf.add(tf.matMul(h, whhT), d) as tf.Tensor2D;
    h = activation === 'relu' ? tf.relu(z) : tf.tanh(z);
    states.push(h);
  }
  return tf.concat(states, 0);
}

/** { deltas δ_1..δ_T [T·B, n], dh0 [B, n] }. */
export function recurrenceBackward(
  inputs: RecurrenceBackwardInputs,
  batch: number,
  activation: Activation = 'relu',
): { deltas: tf.Tensor2D; dh0: tf.Tensor2D } {
  if (fused(RELU_RECURRENCE_BACKWARD, activation)) {
    const [deltas, dh0] = tf
      .engine()
      .runKernel(RELU_RECURRENCE_BACKWARD, inputs, { batch }) as unknown as tf.Tensor2D[];
    return { deltas, dh0 };
  }
  const { whh, states, stateGrads } = inputs;
  const steps = states.shape[0] / batch;
  const [h, g] = [splitRows(states, steps), splitRows(stateGrads, steps)];
  const deltas: tf.Tensor2D[] = new Array(steps);
  let carry: tf.Tensor2D | null = null;
  for (let t = steps - 1; t >= 0; t--) {
    const dh: tf.Tensor2D = carry ? tf.add(carry, g[t]) : g[t];
    const slope = activation === 'relu' ? tf.step(h[t]) : tf.sub(1, tf.square(h[t]));
    deltas[t] = tf.mul(dh, slope);
    carry = tf.matMul(deltas[t], whh);
  }
  return { deltas: tf.concat(deltas, 0), dh0: carry as tf.Tensor2D };
}
