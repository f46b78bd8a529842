/**
 * Test page for the fused WebGPU recurrence kernels (src/core/kernels/webgpu), served by the
 * dev server at /e2e/pages/kernels.html and driven by e2e/kernels.spec.ts. tfjs runs on this
 * page's main thread on 'webgpu'; every WebGPU program run is counted, so a check can tell the
 * fused path (one dispatch a step) from the composite it replaces, and compare their results.
 * `checkWasm` runs the WASM kernels' check (./wasmKernels.worker.ts) in a worker of its own.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgpu';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import {
  RELU_RECURRENCE,
  RELU_RECURRENCE_BACKWARD,
  recurrence,
  recurrenceBackward,
} from '../../src/core/kernels/recurrence';
import { registerWebGpuKernels } from '../../src/core/kernels/webgpu';
import type { WasmCheck, WasmCheckReply } from './wasmKernels.worker';
import { relativeError } from './relativeError';

export interface Shape {
  steps: number;
  batch: number;
  hidden: number;
}

/** Max |fused − composite| / max |composite| per output, and dispatches per call. */
export interface KernelCheck extends Shape {
  forwardError: number;
  deltasError: number;
  dh0Error: number;
  fusedDispatches: { forward: number; backward: number };
  compositeDispatches: { forward: number; backward: number };
  /** tf.memory().numTensors after a fused forward + backward whose outputs were disposed. */
  leakedTensors: number;
}

export interface KernelsPage {
  backend: string;
  check(shape: Shape): Promise<KernelCheck>;
  checkWasm(): Promise<WasmCheck>;
}

let dispatches = 0;

async function start(): Promise<string> {
  await tf.setBackend('webgpu');
  await tf.ready();
  const backend = tf.backend() as WebGPUBackend;
  const run = backend.runWebGPUProgram.bind(backend);
  backend.runWebGPUProgram = (...args) => {
    dispatches++;
    return run(...args);
  };
  return tf.getBackend();
}

function chooseFused(fused: boolean) {
  if (fused) registerWebGpuKernels();
  else
    for (const name of [RELU_RECURRENCE, RELU_RECURRENCE_BACKWARD]) {
      if (tf.getKernel(name, 'webgpu')) tf.unregisterKernel(name, 'webgpu');
    }
}

/** Seeded uniform numbers in [−scale, scale), so both paths see the same inputs. */
function uniform(size: number, scale: number, seed: number): Float32Array {
  let s = seed >>> 0;
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s / 2 ** 32) * 2 * scale - scale;
  }
  return out;
}

function inputs({ steps, batch, hidden }: Shape) {
  const rows = steps * batch;
  const scale = 1 / Math.sqrt(hidden);
  return {
    h0: tf.tensor2d(uniform(batch * hidden, 0.5, 1), [batch, hidden]),
    whh: tf.tensor2d(uniform(hidden * hidden, 1.5 * scale, 2), [hidden, hidden]),
    drive: tf.tensor2d(uniform(rows * hidden, 0.5, 3), [rows, hidden]),
    grads: tf.tensor2d(uniform(rows * hidden, 1, 4), [rows, hidden]),
  };
}

type Inputs = ReturnType<typeof inputs>;

/** Forward, then backward on the given states (the composite's, so masks agree exactly). */
function pass(x: Inputs, states: tf.Tensor2D | null, batch: number) {
  const whhT = tf.transpose(x.whh);
  const start = dispatches;
  const h = recurrence({ h0: x.h0, whhT, drive: x.drive });
  const forward = dispatches - start;
  const mid = dispatches;
  const inputs = { whh: x.whh, states: states ?? h, stateGrads: x.grads };
  const { deltas, dh0 } = recurrenceBackward(inputs, batch);
  const backward = dispatches - mid;
  whhT.dispose();
  return { outputs: { h, deltas, dh0 }, dispatches: { forward, backward } };
}

async function tensorError(a: tf.Tensor, b: tf.Tensor): Promise<number> {
  return relativeError(await a.data(), await b.data());
}

async function check(shape: Shape): Promise<KernelCheck> {
  const x = inputs(shape);
  chooseFused(false);
  const composite = pass(x, null, shape.batch);
  chooseFused(true);
  const fused = pass(x, composite.outputs.h, shape.batch);
  const [f, c] = [fused.outputs, composite.outputs];
  const result = {
    ...shape,
    forwardError: await tensorError(f.h, c.h),
    deltasError: await tensorError(f.deltas, c.deltas),
    dh0Error: await tensorError(f.dh0, c.dh0),
    fusedDispatches: fused.dispatches,
    compositeDispatches: composite.dispatches,
  };
  tf.dispose([f, c]);
  const before = tf.memory().numTensors;
  tf.dispose(pass(x, null, shape.batch).outputs);
  const leakedTensors = tf.memory().numTensors - before;
  tf.dispose(x);
  return { ...result, leakedTensors };
}

function checkWasm(): Promise<WasmCheck> {
  const worker = new Worker(new URL('./wasmKernels.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<WasmCheck>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<WasmCheckReply>) =>
      'check' in data ? resolve(data.check) : reject(new Error(data.error));
    worker.onerror = (e) => reject(new Error(e.message || 'the WASM check worker failed'));
    worker.postMessage('check');
  }).finally(() => worker.terminate());
}

// The WASM check does not need WebGPU: the page is ready either way, the backend says which.
const backend = await start().catch((e: Error) => `webgpu failed: ${e.message}`);
const page: KernelsPage = { backend, check, checkWasm };
(window as unknown as { kernels: KernelsPage }).kernels = page;
document.body.dataset.ready = 'true';
