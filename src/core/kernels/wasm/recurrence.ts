/**
 * The fused ReLU recurrence kernels (contract in ../recurrence.ts) for the WASM backend: all T
 * steps in one kernel call, each step one GEMM whose epilogue adds the drive and applies the ReLU
 * (forward) or adds the state gradient and the mask [h_t > 0] (backward), writing straight into
 * the output tensor. W is packed once per call and reused by every step.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { RELU_RECURRENCE, RELU_RECURRENCE_BACKWARD } from '../recurrence';
import { offsetOf, wasmGemm, type WasmGemm } from './gemm';
import { ADD, MASK, RELU } from './gemmModule';

function gemmOf(backend: BackendWasm): WasmGemm {
  const gemm = wasmGemm(backend);
  if (!gemm) throw new Error('ModuliReluRecurrence: tfjs-wasm memory is not reachable');
  return gemm;
}

/** W [n, n] packed for the call's duration. */
function withPacked<T>(gemm: WasmGemm, w: number, n: number, f: (packed: number) => T): T {
  const packed = gemm.pack(w, n, n);
  try {
    return f(packed);
  } finally {
    gemm.release(packed);
  }
}

/** h_t = relu(h_{t−1} · W_hhᵀ + drive_t) for t = 1..T, into the [T·B, n] output. */
const forward: KernelFunc = ({ inputs, backend }) => {
  const wasm = backend as BackendWasm;
  const { h0, whhT, drive } = inputs as Record<string, TensorInfo>;
  const [batch, n] = h0.shape;
  const out = wasm.makeOutput(drive.shape, 'float32');
  if (drive.shape[0] * n === 0) return out;
  const gemm = gemmOf(wasm);
  const [outAt, stride] = [offsetOf(wasm, out), 4 * batch * n];
  const extras = { flags: ADD | RELU, add: offsetOf(wasm, drive) };
  withPacked(gemm, offsetOf(wasm, whhT), n, (packed) => {
    for (let c = outAt, end = outAt + drive.shape[0] * 4 * n; c < end; c += stride) {
      const previous = c === outAt ? offsetOf(wasm, h0) : c - stride;
      gemm.run(batch, n, n, previous, packed, c, { ...extras, add: extras.add + (c - outAt) });
    }
  });
  return out;
};

/**
 * δ_t = (g_t + δ_{t+1} · W_hh) ⊙ [h_t > 0] for t = T..1 (δ_{T+1} = 0, a K = 0 product), then
 * dh0 = δ_1 · W_hh.
 */
const backward: KernelFunc = ({ inputs, backend, attrs }) => {
  const wasm = backend as BackendWasm;
  const { whh, states, stateGrads } = inputs as Record<string, TensorInfo>;
  const batch = attrs?.batch as number;
  const n = whh.shape[0];
  const deltas = wasm.makeOutput(states.shape, 'float32');
  const dh0 = wasm.makeOutput([batch, n], 'float32');
  const [deltasAt, dh0At, stride] = [offsetOf(wasm, deltas), offsetOf(wasm, dh0), 4 * batch * n];
  if (batch * n === 0) return [deltas, dh0];
  const gemm = gemmOf(wasm);
  const [gradsAt, statesAt] = [offsetOf(wasm, stateGrads), offsetOf(wasm, states)];
  withPacked(gemm, offsetOf(wasm, whh), n, (packed) => {
    const last = deltasAt + states.shape[0] * 4 * n - stride;
    for (let c = last; c >= deltasAt; c -= stride) {
      const [add, mask] = [gradsAt + (c - deltasAt), statesAt + (c - deltasAt)];
      gemm.run(batch, n, c === last ? 0 : n, c + stride, packed, c, {
        flags: ADD | MASK,
        add,
        mask,
      });
    }
    if (last >= deltasAt) gemm.run(batch, n, n, deltasAt, packed, dh0At);
    else wasm.typedArrayFromHeap(dh0).fill(0);
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
