/**
 * One time step of the ReLU recurrence as one WGSL dispatch. Every step is the same shape of
 * work, a [B, n] row block times an [n, n] matrix with an elementwise finish, so one shader
 * serves all uses; only where the left block comes from and how a product element is
 * finished differ. The step writes its row block straight into the stacked [T·B, n] output
 * at an offset, and reads the previous step's block from that same output (the binding is
 * read_write), so T steps cost T dispatches and no slices or concats.
 *
 *   first:    out_1 = relu(h0 · W_hhᵀ + drive_1)
 *   forward:  out_t = relu(out_{t−1} · W_hhᵀ + drive_t)
 *   backward: out_t = (g_t + out_{t+1} · W_hh) ⊙ [h_t > 0]   (no product at t = T)
 *   project:  out   = block · W_hh                           (dh0 = δ_1 · W_hh)
 *
 * Each invocation computes a 4 × 4 patch from global memory, without workgroup memory:
 * SwiftShader, the only WebGPU headless Chromium has, runs workgroup barriers as coroutine
 * switches, and a 16 × 16 tiled version with two barriers per tile ran 2–3× slower than
 * tfjs's own matMul there. Indices past the edge are clamped, so the k loop has no branches.
 */
import type { WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';

export type StepMode = 'first' | 'forward' | 'backward' | 'project';

/** Rows and columns of the patch one invocation computes (the shader is written for 4). */
const PATCH = 4;
/** Invocations per workgroup along columns and rows. */
const GROUP: [number, number, number] = [8, 8, 1];

/**
 * The input buffers each mode binds, in runWebGPUProgram's input order: exactly those its
 * shader reads, since the pipeline's 'auto' layout drops unread bindings.
 */
export const STEP_INPUTS: Record<StepMode, string[]> = {
  first: ['h0', 'weights', 'drive'],
  forward: ['weights', 'drive'],
  backward: ['weights', 'states', 'grads'],
  project: ['block', 'weights'],
};

/** prev[row, k]: the left factor of this step's product. */
const READ_PREV: Record<StepMode, string> = {
  first: 'return h0[row * uniforms.width + k];',
  forward: 'return result[uniforms.prevOffset + row * uniforms.width + k];',
  backward: 'return result[uniforms.prevOffset + row * uniforms.width + k];',
  project: 'return block[row * uniforms.width + k];',
};

/** The output element at flat index `index` of the stack, from its product `acc`. */
const FINISH: Record<StepMode, string> = {
  first: 'return max(acc + drive[index], 0.0);',
  forward: 'return max(acc + drive[index], 0.0);',
  backward: 'return select(0.0, grads[index] + acc, states[index] > 0.0);',
  project: 'return acc;',
};

/**
 * Per-dispatch values: prevOffset, the flat offset of the previous block in `result` (read by
 * forward and backward only); outOffset, where this step's block starts; rows B; width n;
 * inner, how many k the product sums over (n, or 0 when there is nothing to multiply).
 */
export interface StepPlace {
  prevOffset: number;
  outOffset: number;
  rows: number;
  width: number;
  inner: number;
}

export const stepUniforms = (p: StepPlace) =>
  [p.prevOffset, p.outOffset, p.rows, p.width, p.inner].map((v) => ({
    type: 'int32',
    data: [v],
  }));

export class RecurrenceStepProgram implements WebGPUProgram {
  variableNames: string[];
  outputShape: number[];
  shaderKey: string;
  dispatchLayout = { x: [1], y: [0] };
  dispatch: [number, number, number];
  workgroupSize = GROUP;
  uniforms = 'prevOffset : i32, outOffset : i32, rows : i32, width : i32, inner : i32,';

  /** `outputShape` is the whole tensor written to; each dispatch fills `rows` of its rows. */
  constructor(
    private readonly mode: StepMode,
    outputShape: number[],
    rows: number,
  ) {
    this.variableNames = STEP_INPUTS[mode];
    this.outputShape = outputShape;
    this.shaderKey = `moduliRecurrenceStep_${mode}`;
    const width = outputShape[1];
    this.dispatch = [
      Math.ceil(width / (PATCH * GROUP[0])),
      Math.ceil(rows / (PATCH * GROUP[1])),
      1,
    ];
  }

  getUserCode(): string {
    return `
      fn readPrev(row : i32, k : i32) -> f32 {
        ${READ_PREV[this.mode]}
      }

      fn finish(index : i32, acc : f32) -> f32 {
        ${FINISH[this.mode]}
      }

      fn main() {
        let width = uniforms.width;
        let row0 = i32(globalId.y) * ${PATCH};
        let col0 = i32(globalId.x) * ${PATCH};
        let lastRow = uniforms.rows - 1;
        let lastCol = width - 1;
        let r = vec4<i32>(min(row0, lastRow), min(row0 + 1, lastRow),
                          min(row0 + 2, lastRow), min(row0 + 3, lastRow));
        let c = vec4<i32>(min(col0, lastCol), min(col0 + 1, lastCol),
                          min(col0 + 2, lastCol), min(col0 + 3, lastCol));
        var acc : array<vec4<f32>, ${PATCH}>;
        for (var k = 0; k < uniforms.inner; k = k + 1) {
          let wk = k * width;
          let w = vec4<f32>(weights[wk + c.x], weights[wk + c.y],
                            weights[wk + c.z], weights[wk + c.w]);
          acc[0] = acc[0] + readPrev(r.x, k) * w;
          acc[1] = acc[1] + readPrev(r.y, k) * w;
          acc[2] = acc[2] + readPrev(r.z, k) * w;
          acc[3] = acc[3] + readPrev(r.w, k) * w;
        }
        for (var i = 0; i < ${PATCH}; i = i + 1) {
          for (var j = 0; j < ${PATCH}; j = j + 1) {
            if (row0 + i <= lastRow && col0 + j <= lastCol) {
              let index = uniforms.outOffset + (row0 + i) * width + col0 + j;
              result[index] = finish(index, acc[i][j]);
            }
          }
        }
      }
    `;
  }
}
