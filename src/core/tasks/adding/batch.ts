/**
 * The adding problem (docs/science.md §Adding problem; Hochreiter & Schmidhuber's long-memory
 * benchmark as the paper runs it): the RNN reads T (value, marker) pairs and must output the sum of
 * the two values whose marker is 1, so it has to remember values across up to T steps. Plain loops,
 * no tfjs.
 */
import type { Rng } from '../../random';

export interface AddingBatchOptions {
  /** Sequence length T (paper: 50). */
  seqLen?: number;
  batch: number;
}

export interface AddingBatch {
  seqLen: number;
  batch: number;
  /** (T·B·2) time-major, element (t·B + b)·2 + f: f = 0 value ~ U[0, 1), f = 1 marker ∈ {0, 1}. */
  inputs: Float32Array;
  /** (B) the sum of the two marked values. */
  targets: Float32Array;
}

/**
 * Draws B sequences: values i.i.d. U[0, 1); markers 1 at exactly two distinct positions, uniform
 * over the T(T−1)/2 pairs (first i ~ U{0..T−1}, then j ~ U{0..T−2} skipping i).
 */
export function addingBatch(rng: Rng, options: AddingBatchOptions): AddingBatch {
  const seqLen = options.seqLen ?? 50;
  const { batch } = options;
  if (seqLen < 2) throw new Error('addingBatch: the sequence needs room for two markers (T ≥ 2)');
  const inputs = new Float32Array(seqLen * batch * 2);
  const targets = new Float32Array(batch);
  for (let b = 0; b < batch; b++) {
    for (let t = 0; t < seqLen; t++) inputs[(t * batch + b) * 2] = rng.uniform();
    const first = rng.int(seqLen);
    let second = rng.int(seqLen - 1);
    if (second >= first) second++;
    let sum = 0;
    for (const t of [first, second]) {
      inputs[(t * batch + b) * 2 + 1] = 1;
      sum += inputs[(t * batch + b) * 2];
    }
    targets[b] = sum;
  }
  return { seqLen, batch, inputs, targets };
}
