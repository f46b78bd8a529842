/**
 * A product of the training step reshaped for the WASM backend's GEMM (XNNPACK), measured by npm
 * run bench on a shared 2-core machine: the right operand of a product is packed on every call
 * unless the backend has seen that tensor before; x·Wᵀ with few rows in x (the encoder: 64 rows)
 * mostly packs a fresh Wᵀ, while (W·xᵀ)ᵀ packs only xᵀ: 1.6× (n = 256) to 3× (n = 1024) faster.
 */
import * as tf from '@tensorflow/tfjs-core';
import { tensorsOnHost } from '../backend/host';

/** x · Wᵀ (x [B, K], W [N, K]); on WASM as (W · xᵀ)ᵀ, so only the small xᵀ is packed. */
export function timesTransposed(x: tf.Tensor2D, w: tf.Tensor2D): tf.Tensor2D {
  return tensorsOnHost()
    ? tf.transpose(tf.matMul(w, tf.transpose(x)))
    : tf.matMul(x, tf.transpose(w));
}
