/**
 * Cutting a time-stacked [T·B, n] tensor into its T row blocks. On WASM and CPU, tf.split
 * copies the whole source once per piece (O(T²·B·n), see docs/architecture.md §Performance), so
 * there we read the stack once and build the pieces from views of it; GPU backends slice on the
 * device.
 */
import * as tf from '@tensorflow/tfjs-core';
import { tensorsOnHost } from '../backend/host';

export function splitRows(stack: tf.Tensor2D, parts: number): tf.Tensor2D[] {
  const [rows, cols] = stack.shape;
  const block = rows / parts;
  if (!tensorsOnHost()) return tf.split(stack, parts, 0);
  const data = stack.dataSync() as Float32Array;
  const pieces: tf.Tensor2D[] = [];
  for (let p = 0; p < parts; p++) {
    pieces.push(
      tf.tensor2d(data.subarray(p * block * cols, (p + 1) * block * cols), [block, cols]),
    );
  }
  return pieces;
}
