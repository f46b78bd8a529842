/**
 * Two products of BPTT reshaped for the WASM backend's GEMM (XNNPACK), measured by npm run bench
 * on a shared 2-core machine (kernels section; numbers move with the neighbours' load):
 *  - A weight gradient Σ_t δ_tᵀ h_{t−1} done as one product over K = T·B = 3200 stacked rows
 *    streams long operand panels through the caches (probably because XNNPACK does not tile K).
 *    In chunks of whole steps (~320 rows) summed, the n = 1024 product took 0.65–1 of the time
 *    when neighbours were evicting the caches, and about the same when they were quiet; at
 *    n = 256 no difference. On GPU backends one big product is best, so chunking is WASM/CPU only.
 *  - The right operand of a product is packed on every call unless the backend has seen that
 *    tensor before; x·Wᵀ with few rows in x (the encoder: 64 rows) mostly packs a fresh Wᵀ,
 *    while (W·xᵀ)ᵀ packs only xᵀ: 1.6× (n = 256) to 3× (n = 1024) faster, every run.
 */
import * as tf from '@tensorflow/tfjs-core';

/** Rows per chunk of a reduction: 320–640 measured best at n = 1024. */
const ROWS_PER_CHUNK = 320;

/** Tuned for XNNPACK (WASM), harmless on the CPU backend; GPUs want one big product. */
const onCpu = () => tf.getBackend() === 'wasm' || tf.getBackend() === 'cpu';

/**
 * Σ_t left_tᵀ · right_t over matching per-step blocks (left_t [B, M], right_t [B, N]) → [M, N]:
 * the stacked product leftᵀ·right of BPTT's weight gradients, taken in chunks of whole steps.
 */
export function sumOfStepProducts(
  left: tf.Tensor2D[],
  right: tf.Tensor2D[],
  rowsPerChunk = ROWS_PER_CHUNK,
): tf.Tensor2D {
  if (left.length !== right.length || left.length === 0)
    throw new Error(`sumOfStepProducts: ${left.length} left and ${right.length} right blocks`);
  const rows = left[0].shape[0];
  const stepsPerChunk = onCpu() ? Math.max(1, Math.round(rowsPerChunk / rows)) : left.length;
  let sum: tf.Tensor | null = null;
  for (let start = 0; start < left.length; start += stepsPerChunk) {
    const end = Math.min(start + stepsPerChunk, left.length);
    const a = tf.concat(left.slice(start, end), 0);
    const part = tf.matMul(tf.transpose(a), tf.concat(right.slice(start, end), 0));
    sum = sum ? tf.add(sum, part) : part;
  }
  return sum as tf.Tensor2D;
}

/** x · Wᵀ (x [B, K], W [N, K]); on WASM as (W · xᵀ)ᵀ, so only the small xᵀ is packed. */
export function timesTransposed(x: tf.Tensor2D, w: tf.Tensor2D): tf.Tensor2D {
  return onCpu() ? tf.transpose(tf.matMul(w, tf.transpose(x))) : tf.matMul(x, tf.transpose(w));
}
