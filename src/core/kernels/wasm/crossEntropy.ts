/**
 * The fused place-cell cross-entropy (contract in ../crossEntropy.ts) for the WASM backend: the
 * module of ./crossEntropyModule instantiated against tfjs-wasm's memory (the one the GEMM is
 * bound to), run over all rows in one call, reading the logits and writing d loss / d logits
 * where tfjs keeps them. The centres go into a scratch tensor once per call, four to a stripe.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { PLACE_CELL_CROSS_ENTROPY } from '../crossEntropy';
import { crossEntropyModule, CONSTANTS_BYTES, FIELD, STRIPE_BYTES } from './crossEntropyModule';
import { offsetOf, relaxedSimdAvailable, wasmGemm } from './gemm';

type Run = (...args: number[]) => void;

/** Padding cells: a centre this far gives e^((d² − min d²)·scale) = 0, a logit this low e^x = 0. */
const FAR_METRES = 1e15;
const NO_LOGIT = -1e30;

const bound = new WeakMap<WebAssembly.Memory, Map<boolean, Run>>();

/** The module's `run`, bound to the memory tfjs-wasm keeps its tensors in. */
export function crossEntropyRun(backend: BackendWasm, fma = relaxedSimdAvailable): Run {
  const memory = wasmGemm(backend)?.memory;
  if (!memory) throw new Error(`${PLACE_CELL_CROSS_ENTROPY}: tfjs-wasm memory is not reachable`);
  const builds = bound.get(memory) ?? new Map<boolean, Run>();
  bound.set(memory, builds);
  if (!builds.has(fma)) {
    const shared =
      typeof SharedArrayBuffer === 'function' && memory.buffer instanceof SharedArrayBuffer;
    const bytes = crossEntropyModule(fma, { import: 'env.memory', shared });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    builds.set(fma, instance.exports.run as Run);
  }
  return builds.get(fma)!;
}

/** Constants, then per stripe of four cells: x, y and validity of each (see the module). */
function fillScratch(scratch: Float32Array, centres: Float32Array, scale: number, rows: number) {
  const count = centres.length / 2;
  scratch.set([scale, 1 / rows, count, 0]);
  const lanes = CONSTANTS_BYTES / 4;
  const padded = ((scratch.length - lanes) / STRIPE_BYTES) * 16;
  for (let i = 0; i < padded; i++) {
    const [stripe, lane] = [Math.floor(i / 4), i % 4];
    const at = lanes + (stripe * STRIPE_BYTES) / 4 + lane;
    const valid = i < count;
    scratch[at + FIELD.cx / 4] = valid ? centres[2 * i] : FAR_METRES;
    scratch[at + FIELD.cy / 4] = valid ? centres[2 * i + 1] : FAR_METRES;
    scratch[at + FIELD.valid / 4] = valid ? 1 : 0;
    scratch[at + FIELD.logits / 4] = NO_LOGIT;
  }
}

/** The kernel with a given build (relaxed SIMD or not); the registered one uses the default. */
export function crossEntropyKernel(fma = relaxedSimdAvailable): KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const wasm = backend as BackendWasm;
    const { logits, positions, centres } = inputs as Record<string, TensorInfo>;
    const [rows, count] = logits.shape;
    const outputs = [
      wasm.makeOutput([rows, count], 'float32'),
      wasm.makeOutput([rows], 'float32'),
      wasm.makeOutput([rows], 'float32'),
    ];
    if (rows * count === 0) return outputs;
    const run = crossEntropyRun(wasm, fma);
    const stripes = Math.ceil(count / 4);
    const scratch = wasm.makeOutput([(CONSTANTS_BYTES + stripes * STRIPE_BYTES) / 4], 'float32');
    const heap = (t: TensorInfo) => wasm.typedArrayFromHeap(t) as Float32Array;
    fillScratch(heap(scratch), heap(centres), attrs?.scale as number, rows);
    const at = [logits, positions, ...outputs, scratch].map((t) => offsetOf(wasm, t));
    run(rows, count, ...at);
    wasm.disposeData(scratch.dataId);
    return outputs;
  };
}

export const crossEntropyConfig: KernelConfig = {
  kernelName: PLACE_CELL_CROSS_ENTROPY,
  backendName: 'wasm',
  kernelFunc: crossEntropyKernel(),
};
