/**
 * Reading a position out of place-cell scores, and the navigation error in cm (docs/science.md
 * §Navigation): the authors' `get_nearest_cell_pos` (top-k with k = 3) and their error, mean ‖x̂ −
 * x‖·100. Scores may be logits, softmax outputs or targets: only their order matters.
 */

/**
 * (m·Np) scores → (m·2) positions: the mean centre of each row's 3 highest scores, found in
 * one pass keeping the best three (no sort). Ties keep the lower cell index.
 */
export function decodeTop3(scores: Float32Array, centres: Float32Array): Float32Array {
  const count = centres.length / 2;
  const rows = scores.length / count;
  const decoded = new Float32Array(rows * 2);
  for (let r = 0; r < rows; r++) {
    const base = r * count;
    // best1 ≥ best2 ≥ best3 (scores), i1..i3 their cells.
    let best1 = -Infinity,
      best2 = -Infinity,
      best3 = -Infinity;
    let i1 = 0,
      i2 = 0,
      i3 = 0;
    for (let i = 0; i < count; i++) {
      const s = scores[base + i];
      if (!(s > best3)) continue; // a NaN never ranks (as in wasm/kernels/rowTop3)
      if (s > best1) {
        best3 = best2;
        i3 = i2;
        best2 = best1;
        i2 = i1;
        best1 = s;
        i1 = i;
      } else if (s > best2) {
        best3 = best2;
        i3 = i2;
        best2 = s;
        i2 = i;
      } else {
        best3 = s;
        i3 = i;
      }
    }
    meanCentre(centres, i1, i2, i3, decoded, r);
  }
  return decoded;
}

/**
 * (m·3) cell ids, each row a score's three best (tf.topk on the device, so a training step reads
 * back 3 ids a row instead of all Np logits) → (m·2) positions, as decodeTop3.
 */
export function decodeCells(top3: Int32Array, centres: Float32Array): Float32Array {
  const rows = top3.length / 3;
  const decoded = new Float32Array(rows * 2);
  for (let r = 0; r < rows; r++)
    meanCentre(centres, top3[3 * r], top3[3 * r + 1], top3[3 * r + 2], decoded, r);
  return decoded;
}

function meanCentre(
  centres: Float32Array,
  i1: number,
  i2: number,
  i3: number,
  out: Float32Array,
  r: number,
) {
  out[2 * r] = (centres[2 * i1] + centres[2 * i2] + centres[2 * i3]) / 3;
  out[2 * r + 1] = (centres[2 * i1 + 1] + centres[2 * i2 + 1] + centres[2 * i3 + 1]) / 3;
}

/** Mean Euclidean distance between decoded and true positions (both m·2), in centimetres. */
export function decodeErrorCm(decoded: Float32Array, truePositions: Float32Array): number {
  if (decoded.length !== truePositions.length) throw new Error('decodeErrorCm: length mismatch');
  const rows = decoded.length / 2;
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    sum += Math.hypot(
      decoded[2 * r] - truePositions[2 * r],
      decoded[2 * r + 1] - truePositions[2 * r + 1],
    );
  }
  return (100 * sum) / rows;
}
