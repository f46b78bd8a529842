/**
 * The fused ReLU recurrence kernels (contract in ../recurrence.ts) for the WASM backend: all T
 * steps in one kernel call, each step one GEMM whose epilogue adds the drive and applies the ReLU
 * (forward) or adds the state gradient and the mask [h_t > 0] (backward), writing straight into the
 * output tensor. W is packed once per call and reused by every step. The helper threads take a
 * share of the batch rows each and run them through all T steps (runSteps): one hand-over per call,
 * not one per step, which takes about a quarter off both passes on two threads. Where the arena
 * pays (./arena.ts), W, the stacks and h0 are copied in once, all T steps run there and the stacked
 * result is copied out once.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { util, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { RELU_RECURRENCE, RELU_RECURRENCE_BACKWARD } from '../../kernels/recurrence';
import { withGemmSpace, type GemmWork } from './arena';
import { ADD, MASK, RELU } from './gemmModule';

/** T = rows / batch products [batch, n]·[n, n] over the given tensors. */
const stepWork = (rows: number, batch: number, n: number, tensors: TensorInfo[]): GemmWork => ({
  flops: 2 * batch * n * n,
  products: rows / batch,
  floats: tensors.reduce((sum, t) => sum + util.sizeFromShape(t.shape), 0),
});

/** h_t = relu(h_{t−1} · W_hhᵀ + drive_t) for t = 1..T, into the [T·B, n] output. */
const forward: KernelFunc = ({ inputs, backend }) => {
  const wasm = backend as BackendWasm;
  const { h0, whhT, drive } = inputs as Record<string, TensorInfo>;
  const [batch, n] = h0.shape;
  const out = wasm.makeOutput(drive.shape, 'float32');
  if (drive.shape[0] * n === 0) return out;
  const work = stepWork(drive.shape[0], batch, n, [h0, whhT, drive, out]);
  withGemmSpace(wasm, work, (space) => {
    const [driveAt, h0At, w] = [space.input(drive), space.input(h0), space.packed(whhT, n, n)];
    const [outAt, steps] = [space.output(out), drive.shape[0] / batch];
    const add = driveAt - outAt;
    space.gemm.runSteps([batch, n, steps, h0At, n, w, outAt, 4 * batch * n, add, 0, ADD | RELU]);
  });
  return out;
};

/**
 * δ_t = (g_t + δ_{t+1} · W_hh) ⊙ [h_t > 0] for t = T..1 (δ_{T+1} = 0, a K = 0 product), then
 * dh0 = δ_1 · W_hh (zeros, a K = 0 product, when T = 0).
 */
const backward: KernelFunc = ({ inputs, backend, attrs }) => {
  const wasm = backend as BackendWasm;
  const { whh, states, stateGrads } = inputs as Record<string, TensorInfo>;
  const batch = attrs?.batch as number;
  const n = whh.shape[0];
  const deltas = wasm.makeOutput(states.shape, 'float32');
  const dh0 = wasm.makeOutput([batch, n], 'float32');
  if (batch * n === 0) return [deltas, dh0];
  const work = stepWork(states.shape[0] + batch, batch, n, [whh, states, stateGrads, deltas, dh0]);
  withGemmSpace(wasm, work, (space) => {
    const [gradsAt, statesAt, w] = [
      space.input(stateGrads),
      space.input(states),
      space.packed(whh, n, n),
    ];
    const [deltasAt, dh0At, stride] = [space.output(deltas), space.output(dh0), 4 * batch * n];
    const [steps, last] = [states.shape[0] / batch, deltasAt + states.shape[0] * 4 * n - stride];
    const [add, mask] = [gradsAt - deltasAt, statesAt - deltasAt];
    space.gemm.runSteps([batch, n, steps, last, 0, w, last, -stride, add, mask, ADD | MASK]);
    space.gemm.run(batch, n, steps > 0 ? n : 0, deltasAt, w, dh0At);
  });
  return [deltas, dh0];
};

export const reluRecurrenceConfig: KernelConfig = {
  kernelName: RELU_RECURRENCE,
  backendName: 'wasm',
  kernelFunc: forward,
};

export const reluRecurrenceBackwardConfig: KernelConfig = {
  kernelName: RELU_RECURRENCE_BACKWARD,
  backendName: 'wasm',
  kernelFunc: backward,
};
