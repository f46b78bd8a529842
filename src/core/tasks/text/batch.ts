/**
 * Batches of next-token prediction, as PyTorch's word_language_model feeds its RNN: each row
 * is a contiguous chunk of T tokens and its targets are the same chunk shifted by one. Chunks
 * start at seeded random offsets (a fresh batch per step, like the other tasks) rather than
 * marching through the text, since no hidden state is carried from one batch to the next:
 * every batch starts from h0 = 0.
 */
import type { Rng } from '../../random';

export interface TokenBatch {
  seqLen: number;
  batch: number;
  /** Token ids, time-major: index t·B + b holds token t of row b. */
  inputs: Float32Array;
  /** The token after each input, same layout. */
  targets: Float32Array;
}

export function tokenBatch(rng: Rng, ids: Int32Array, seqLen: number, batch: number): TokenBatch {
  const starts = ids.length - seqLen; // a chunk needs seqLen + 1 tokens
  if (starts < 1) throw new Error(`tokenBatch: ${ids.length} tokens hold no sequence of ${seqLen}`);
  const inputs = new Float32Array(seqLen * batch);
  const targets = new Float32Array(seqLen * batch);
  for (let b = 0; b < batch; b++) {
    const offset = rng.int(starts);
    for (let t = 0; t < seqLen; t++) {
      inputs[t * batch + b] = ids[offset + t];
      targets[t * batch + b] = ids[offset + t + 1];
    }
  }
  return { seqLen, batch, inputs, targets };
}
