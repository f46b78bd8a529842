/**
 * A matrix as "something that multiplies a vector", so one forward pass drives either storage:
 * CSR for pruned matrices (work ∝ kept weights) or dense row-major (work ∝ rows × cols, the
 * reference). Plain typed-array loops with float64 accumulators: no tfjs dispatch per step,
 * which matters for single free-running trajectories where a step is tiny. Both loops keep four
 * independent partial sums (V8 does not vectorise; this breaks the add-latency chain, ~1.5–2×
 * on either), so the dense reference is as tight as the sparse kernel it is compared with.
 */
import type { Csr } from './csr';

export interface LinearMap {
  rows: number;
  cols: number;
  /**
   * out[outOffset + j] (+)= Σ_k M[j,k]·x[xOffset + k] for every row j: overwrites, or adds to
   * what is there when `accumulate`.
   */
  apply(
    x: Float32Array,
    xOffset: number,
    out: Float32Array,
    outOffset: number,
    accumulate: boolean,
  ): void;
  /** The same for `batch` vectors at once: x [batch, cols] → out [batch, rows], row-major. */
  applyBatch(x: Float32Array, out: Float32Array, batch: number, accumulate: boolean): void;
}

type Apply = LinearMap['apply'];

/** applyBatch as one apply per vector, for maps with no faster batched product. */
function perVector(rows: number, cols: number, apply: Apply): LinearMap {
  return {
    rows,
    cols,
    apply,
    applyBatch(x, out, batch, accumulate) {
      for (let b = 0; b < batch; b++) apply(x, b * cols, out, b * rows, accumulate);
    },
  };
}

export function csrMap({ rows, cols, rowPtr, colIdx, values }: Csr): LinearMap {
  return perVector(rows, cols, (x, xOffset, out, outOffset, accumulate) => {
    for (let j = 0; j < rows; j++) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      const end = rowPtr[j + 1];
      let p = rowPtr[j];
      for (; p + 3 < end; p += 4) {
        s0 += values[p] * x[xOffset + colIdx[p]];
        s1 += values[p + 1] * x[xOffset + colIdx[p + 1]];
        s2 += values[p + 2] * x[xOffset + colIdx[p + 2]];
        s3 += values[p + 3] * x[xOffset + colIdx[p + 3]];
      }
      for (; p < end; p++) s0 += values[p] * x[xOffset + colIdx[p]];
      const sum = s0 + s1 + s2 + s3;
      out[outOffset + j] = accumulate ? out[outOffset + j] + sum : sum;
    }
  });
}

/** Row-major rows × cols (PyTorch layout), every entry visited: the reference. */
export function denseMap(values: Float32Array, rows: number, cols: number): LinearMap {
  if (values.length !== rows * cols)
    throw new Error(`denseMap: ${values.length} ≠ ${rows}×${cols}`);
  return perVector(rows, cols, (x, xOffset, out, outOffset, accumulate) => {
    for (let j = 0; j < rows; j++) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      const row = j * cols;
      let k = 0;
      for (; k + 3 < cols; k += 4) {
        s0 += values[row + k] * x[xOffset + k];
        s1 += values[row + k + 1] * x[xOffset + k + 1];
        s2 += values[row + k + 2] * x[xOffset + k + 2];
        s3 += values[row + k + 3] * x[xOffset + k + 3];
      }
      for (; k < cols; k++) s0 += values[row + k] * x[xOffset + k];
      const sum = s0 + s1 + s2 + s3;
      out[outOffset + j] = accumulate ? out[outOffset + j] + sum : sum;
    }
  });
}
