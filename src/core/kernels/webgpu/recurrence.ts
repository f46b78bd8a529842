/**
 * The WebGPU kernels behind ../recurrence.ts: the forward and backward ReLU recurrence as one
 * dispatch per time step (plus one for dh0), each writing its row block of a stacked output
 * allocated once. The composite they replace costs 3 dispatches a step forward and 4 backward,
 * plus a split and a concat of the whole stack.
 */
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { RELU_RECURRENCE, RELU_RECURRENCE_BACKWARD } from '../recurrence';
import { RecurrenceStepProgram, STEP_INPUTS, stepUniforms } from './stepProgram';
import type { StepMode, StepPlace } from './stepProgram';

type Buffers = Record<string, TensorInfo>;

/** Runs one step program into `output` (a tensor of the backend, written in place). */
function runStep(
  backend: WebGPUBackend,
  mode: StepMode,
  buffers: Buffers,
  output: TensorInfo,
  place: StepPlace,
) {
  // A program object is single-use: runWebGPUProgram appends to its shaderKey.
  const program = new RecurrenceStepProgram(mode, output.shape, place.rows);
  const inputs = STEP_INPUTS[mode].map((name) => buffers[name]);
  backend.runWebGPUProgram(program, inputs, 'float32', stepUniforms(place), output);
}

/** h_t = relu(h_{t−1} · W_hhᵀ + drive_t) for t = 1..T, stacked [T·B, n]. */
const reluRecurrence: KernelFunc = ({ inputs, backend }) => {
  const { h0, whhT, drive } = inputs as Buffers;
  const webgpu = backend as WebGPUBackend;
  const [rows, width] = h0.shape;
  const steps = drive.shape[0] / rows;
  const block = rows * width;
  const buffers = { h0, weights: whhT, drive };
  const states = webgpu.makeTensorInfo([steps * rows, width], 'float32');
  for (let t = 0; t < steps; t++) {
    const place = { prevOffset: (t - 1) * block, outOffset: t * block, rows, width, inner: width };
    runStep(webgpu, t === 0 ? 'first' : 'forward', buffers, states, place);
  }
  return states;
};

/**
 * δ_t = (g_t + δ_{t+1} · W_hh) ⊙ [h_t > 0] for t = T..1, stacked [T·B, n], and
 * dh0 = δ_1 · W_hh [B, n].
 */
const reluRecurrenceBackward: KernelFunc = ({ inputs, backend, attrs }) => {
  const { whh, states, stateGrads } = inputs as Buffers;
  const webgpu = backend as WebGPUBackend;
  const rows = Number(attrs?.batch);
  const width = whh.shape[0];
  const steps = states.shape[0] / rows;
  const block = rows * width;
  const deltas = webgpu.makeTensorInfo([steps * rows, width], 'float32');
  const buffers = { weights: whh, states, grads: stateGrads, block: deltas };
  for (let t = steps - 1; t >= 0; t--) {
    const last = t === steps - 1;
    const prevOffset = last ? 0 : (t + 1) * block;
    const place = { prevOffset, outOffset: t * block, rows, width, inner: last ? 0 : width };
    runStep(webgpu, 'backward', buffers, deltas, place);
  }
  const dh0 = webgpu.makeTensorInfo([rows, width], 'float32');
  runStep(webgpu, 'project', buffers, dh0, {
    prevOffset: 0,
    outOffset: 0,
    rows,
    width,
    inner: width,
  });
  return [deltas, dh0];
};

export const webGpuRecurrenceKernels: KernelConfig[] = [
  { kernelName: RELU_RECURRENCE, backendName: 'webgpu', kernelFunc: reluRecurrence },
  {
    kernelName: RELU_RECURRENCE_BACKWARD,
    backendName: 'webgpu',
    kernelFunc: reluRecurrenceBackward,
  },
];
