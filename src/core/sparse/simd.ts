/**
 * The sparse forward pass as one WASM SIMD call per step (./simdModule): W_hh in CSR, W_ih as
 * extra CSR columns over the stacked state [h; x_t], bias and ReLU fused. The states stay in the
 * module's memory, unit-major [n + in][lanes], for the whole run: transposed in once, out once,
 * so JS touches only x_t (in · B values), the states it was asked for, and tanh where used. A
 * read-out at every step runs after the last, as one dense GEMM over all the states
 * (see defersReadout).
 * A batch fills lanes of 4 (B rounded up; the spare lanes run harmlessly); B = 1 runs the
 * SELL-4 kernel, whose lanes are rows. `simdSupported` is false where WebAssembly SIMD is missing,
 * and callers keep the JS maps there.
 * A pass with a product worth splitting (./placed threadsFor), or a deferred read-out, runs where
 * the GEMM's helper threads are (../kernels/wasm/gemm: tfjs-wasm's shared heap in the app's
 * worker, the arena in Node): its matrices and states are copied into a block of that memory for
 * the call, and each product is shared out (./placed placeSplit), with the bits of one thread.
 */
import { gemmIn, type WasmGemm } from '../kernels/wasm/gemm';
import type { Activation } from '../model/recurrent';
import { appendColumns, type Csr } from './csr';
import { gemmProduct, transposedDense } from './dense';
import { checkForward, type Forward, type ForwardOptions, type ForwardResult } from './forward';
import {
  arena,
  layouts,
  placedBytes,
  placeOwn,
  placeSplit,
  sparseHelpers,
  threadsFor,
  type Placed,
} from './placed';
import { ownInstance } from './wasm';

export { simdSupported } from './wasm';

/** The trained network's matrices, as ./forward's RecurrentMaps but in CSR. */
export interface RecurrentCsr {
  whh: Csr;
  wih: Csr;
  bias: Float32Array | null;
  activation: Activation;
  decoder: Csr | null;
  decoderBias: Float32Array | null;
}

/**
 * The read-out as the GEMM's B, Dᵀ [n, out] row-major, and its bias: every step's read-out
 * waits for the end and runs as one dense product (see readOutAll).
 */
interface DenseReadout {
  transposed: Float32Array;
  bias: Float32Array | null;
  out: number;
}

const denseReadout = (csr: Csr, bias: Float32Array | null): DenseReadout => ({
  transposed: transposedDense(csr),
  bias,
  out: csr.rows,
});

/** A pass's matrices, placed; the GEMM for its read-out; where its states go. */
interface Placement {
  memory: WebAssembly.Memory;
  step: Placed;
  /** The read-out after the last step only (readout 'last'), on the sparse kernels. */
  decoder: Placed | null;
  gemm: WasmGemm;
  statesAt: number;
}

/** [B][units] at `from` ↔ [units][lanes] at `at` (floats) of `heap`. */
function toUnitMajor(
  from: Float32Array,
  heap: Float32Array,
  at: number,
  units: number,
  lanes: number,
) {
  const batch = from.length / units;
  for (let b = 0; b < batch; b++)
    for (let j = 0; j < units; j++) heap[at + j * lanes + b] = from[b * units + j];
}
function fromUnitMajor(
  heap: Float32Array,
  at: number,
  to: Float32Array,
  units: number,
  lanes: number,
) {
  const batch = to.length / units;
  for (let b = 0; b < batch; b++)
    for (let j = 0; j < units; j++) to[b * units + j] = heap[at + j * lanes + b];
}

const lanesFor = (batch: number) => (batch === 1 ? 1 : Math.ceil(batch / 4) * 4);

/**
 * A read-out at every step waits for the end: the T · B states then take one dense product on
 * the GEMM (the read-out is not pruned, and as large as W_hh in navigation), with its helper
 * threads where it has them, instead of T sparse products of B lanes. It was nine tenths of a
 * 500-step probe at n = 1024 and 98% sparsity.
 */
const defersReadout = ({ readout }: ForwardOptions, out: number) => readout === 'all' && out > 0;

/** Bytes of a pass's states: two stacked states [h; x] (current, next), then the read-out. */
const passBytes = ([n, width, out]: [number, number, number], lanes: number) =>
  4 * (2 * (n + width) + out) * lanes;

/** The time loop on placed matrices; fills `result` (from checkForward). */
function runPass(
  { memory, step, decoder, gemm, statesAt }: Placement,
  [n, width, relu]: [number, number, boolean],
  dense: DenseReadout | null,
  h0: Float32Array,
  inputs: Float32Array,
  options: ForwardOptions,
  { states, outputs }: ForwardResult,
): void {
  const { seqLen, batch } = options;
  const deferred = dense && outputs && defersReadout(options, dense.out);
  // Every step's states, where the caller or the deferred read-out wants them.
  const kept =
    options.states === 'all' ? states : deferred ? new Float32Array(seqLen * batch * n) : null;
  const lanes = lanesFor(batch);
  const size = (n + width) * lanes;
  // Byte offsets: two stacked states [h; x] (current, next), then the read-out [out][lanes].
  let [h, next] = [statesAt, statesAt + 4 * size];
  const y = statesAt + 8 * size;
  const heap = new Float32Array(memory.buffer);
  heap.fill(0, statesAt / 4, y / 4);
  toUnitMajor(h0, heap, h / 4, n, lanes);
  for (let t = 0; t < seqLen; t++) {
    const x = inputs.subarray(t * batch * width, (t + 1) * batch * width);
    toUnitMajor(x, heap, h / 4 + n * lanes, width, lanes);
    step.apply(lanes, h, next, relu);
    if (!relu) for (let i = next / 4; i < next / 4 + n * lanes; i++) heap[i] = Math.tanh(heap[i]);
    if (kept)
      fromUnitMajor(heap, next / 4, kept.subarray(t * batch * n, (t + 1) * batch * n), n, lanes);
    [h, next] = [next, h];
  }
  if (options.states !== 'all') fromUnitMajor(heap, h / 4, states, n, lanes);
  if (deferred) readOutAll(gemm, dense, kept!, outputs, n);
  else if (outputs && decoder && options.readout === 'last') {
    decoder.apply(lanes, h, y, false);
    fromUnitMajor(heap, y / 4, outputs, decoder.rows, lanes);
  }
}

/** outputs [rows][out] = states [rows][n] · Dᵀ (+ bias): one GEMM over every step's states. */
function readOutAll(
  gemm: WasmGemm,
  { transposed, bias, out }: DenseReadout,
  states: Float32Array,
  outputs: Float32Array,
  n: number,
) {
  gemmProduct(gemm, transposed, states, outputs, n);
  if (bias) for (let i = 0; i < outputs.length; i++) outputs[i] += bias[i % out];
}

/** The forward pass of ./forward (same options and result) on the WASM SIMD engine. */
export function simdForward(net: RecurrentCsr): Forward {
  const own = ownInstance();
  if (!own) throw new Error('simdForward: this runtime has no WebAssembly SIMD');
  const alloc = arena(own.memory);
  const [n, width] = [net.whh.rows, net.wih.cols];
  const step = layouts(appendColumns(net.whh, net.wih), net.bias);
  const decoder = net.decoder && layouts(net.decoder, net.decoderBias);
  const dense = net.decoder && denseReadout(net.decoder, net.decoderBias);
  const ownPlacement = {
    memory: own.memory,
    step: placeOwn(alloc, own.exports, step),
    decoder: decoder && placeOwn(alloc, own.exports, decoder),
    gemm: gemmIn(own.memory, alloc),
  };
  const shape: [number, number, boolean] = [n, width, net.activation === 'relu'];
  const out = decoder?.rows ?? 0;
  return (h0, inputs, options) => {
    const result = checkForward([n, width, decoder?.rows ?? null], h0, inputs, options);
    const lanes = lanesFor(options.batch);
    const bytes = passBytes([n, width, out], lanes);
    const deferred = defersReadout(options, out);
    const helpers = sparseHelpers();
    const stepThreads = helpers ? threadsFor(helpers, step.csr[2].length, lanes) : 1;
    if (!helpers || (stepThreads === 1 && !deferred)) {
      const statesAt = alloc.alloc(bytes);
      try {
        runPass({ ...ownPlacement, statesAt }, shape, dense, h0, inputs, options, result);
      } finally {
        alloc.free(statesAt);
      }
      return result;
    }
    // With the helpers: the steps' rows and the deferred read-out's are shared out.
    const last = decoder && !deferred ? decoder : null;
    const matrices = placedBytes(step, lanes) + (last ? placedBytes(last, lanes) : 0);
    helpers.gemm.borrow(matrices + bytes, (at) => {
      const block = arena(helpers.gemm.memory, at, at + matrices + bytes);
      const decoderThreads = last ? threadsFor(helpers, last.csr[2].length, lanes) : 1;
      const placement = {
        memory: helpers.gemm.memory,
        step: placeSplit(block, step, lanes, helpers, stepThreads),
        decoder: last && placeSplit(block, last, lanes, helpers, decoderThreads),
        gemm: helpers.gemm,
        statesAt: block.top(),
      };
      runPass(placement, shape, dense, h0, inputs, options, result);
    });
    return result;
  };
}
