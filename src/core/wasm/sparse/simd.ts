/**
 * The sparse forward pass in WASM SIMD calls of many steps each (./simdModule): W_hh in CSR, W_ih
 * as extra CSR columns over the stacked state [h; x_t], bias and ReLU fused. The states stay in
 * the module's memory, unit-major [n + in][lanes], in a row of slots, one per step of a call
 * (see segmentSteps), so JS touches only x_t (in · B values), the states it was asked for, and
 * tanh where used (one step a call then). A read-out at every step runs after the last, as one
 * dense GEMM over all the states (see defersReadout).
 * A batch fills lanes of 4 (B rounded up; the spare lanes run harmlessly); B = 1 runs the
 * SELL-4 kernel, whose lanes are rows. `simdSupported` is false where WebAssembly SIMD is missing,
 * and callers keep the JS maps there.
 * A pass with calls worth splitting (./placed threadsFor), or a deferred read-out, runs where
 * the GEMM's helper threads are (../kernels/gemm: tfjs-wasm's shared heap in the app's
 * worker, the arena in Node): its matrices and states are copied into a block of that memory for
 * the pass, and each call's lanes are shared out (./placed placeSplit), with the bits of one
 * thread.
 */
import { gemmIn, type WasmGemm } from '../kernels/gemm';
import type { Activation } from '../../model/recurrent';
import { appendColumns, type Csr } from '../../sparse/csr';
import { gemmProduct, transposedDense } from './dense';
import {
  checkForward,
  type Forward,
  type ForwardOptions,
  type ForwardResult,
} from '../../sparse/forward';
import {
  arena,
  ARENA_SLACK,
  layouts,
  placedBytes,
  placeOwn,
  placeSplit,
  sparseHelpers,
  threadsFor,
  type Placed,
} from './placed';
import { ownInstance, type SparseExports } from './instances';

export { simdSupported } from './instances';

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
  exports: SparseExports;
  step: Placed;
  /** The read-out after the last step only (readout 'last'), on the sparse kernels. */
  decoder: Placed | null;
  gemm: WasmGemm;
  statesAt: number;
  layout: PassLayout;
}

/**
 * Moves states between [B][units] arrays and [units][lanes] at float `at` of the memory: by the
 * module's transpose through `staging` (B · units floats) where B fills the lanes and both sides
 * are multiples of 4, else element by element. In JS a float took ~2.7 ns at B = 64, n = 1024:
 * in and out, a fifth of a 98%-sparse pass, and more than its steps when every state is kept.
 */
function stateMover({ memory, exports }: Placement, batch: number, lanes: number, staging: number) {
  const tiled = (units: number) => batch === lanes && batch % 4 === 0 && units % 4 === 0;
  return {
    into(from: Float32Array, at: number, units: number) {
      const heap = new Float32Array(memory.buffer);
      if (tiled(units)) {
        heap.set(from, staging / 4);
        return exports.transpose(batch, units, staging, 4 * at);
      }
      for (let b = 0; b < batch; b++)
        for (let j = 0; j < units; j++) heap[at + j * lanes + b] = from[b * units + j];
    },
    outOf(at: number, to: Float32Array, units: number) {
      const heap = new Float32Array(memory.buffer);
      if (tiled(units)) {
        exports.transpose(units, batch, 4 * at, staging);
        return to.set(heap.subarray(staging / 4, staging / 4 + to.length));
      }
      for (let b = 0; b < batch; b++)
        for (let j = 0; j < units; j++) to[b * units + j] = heap[at + j * lanes + b];
    },
  };
}

const lanesFor = (batch: number) => (batch === 1 ? 1 : Math.ceil(batch / 4) * 4);

/**
 * A read-out at every step waits for the end: the T · B states then take one dense product on
 * the GEMM (the read-out is not pruned, and as large as W_hh in navigation), with its helper
 * threads where it has them, instead of T sparse products of B lanes. It was nine tenths of a
 * 500-step probe at n = 1024 and 98% sparsity.
 */
const defersReadout = ({ readout }: ForwardOptions, out: number) => readout === 'all' && out > 0;

/** Bytes of the slots of one call's steps, at most, unless one step needs more. */
const CALL_BYTES = 8 << 20;

/**
 * Where a pass's states go: `slot` bytes for a stacked state [h; x] over the lanes, `steps` steps
 * a call, and `bytes` in all (a call's slots, the read-out [out][lanes], stateMover's staging).
 */
interface PassLayout {
  lanes: number;
  slot: number;
  steps: number;
  bytes: number;
}

/**
 * With ReLU a call takes as many steps as fit CALL_BYTES in slots (s steps fill s + 1, the first
 * holding h_{t−1}), each call one hand-over to the helpers; with tanh, applied in JS, one.
 */
function passLayout(
  [n, width, out]: [number, number, number],
  { batch, seqLen }: ForwardOptions,
  relu: boolean,
): PassLayout {
  const lanes = lanesFor(batch);
  const slot = 4 * (n + width) * lanes;
  const steps = relu ? Math.max(1, Math.min(seqLen, Math.floor(CALL_BYTES / slot) - 1)) : 1;
  return { lanes, slot, steps, bytes: (steps + 1) * slot + 4 * (out + Math.max(n, out)) * lanes };
}

/** The time loop on placed matrices; fills `result` (from checkForward). */
function runPass(
  placement: Placement,
  [n, width, relu]: [number, number, boolean],
  dense: DenseReadout | null,
  h0: Float32Array,
  inputs: Float32Array,
  options: ForwardOptions,
  { states, outputs }: ForwardResult,
): void {
  const { memory, step, decoder, gemm, statesAt, layout } = placement;
  const { lanes, slot, steps } = layout;
  const { seqLen, batch } = options;
  const deferred = dense && outputs && defersReadout(options, dense.out);
  // Every step's states, where the caller or the deferred read-out wants them.
  const kept =
    options.states === 'all' ? states : deferred ? new Float32Array(seqLen * batch * n) : null;
  const y = statesAt + (steps + 1) * slot;
  const heap = new Float32Array(memory.buffer);
  const at = (s: number) => (statesAt + s * slot) / 4;
  const mover = stateMover(placement, batch, lanes, y + 4 * (decoder?.rows ?? 0) * lanes);
  // Spare lanes (B rounded up to 4) run on whatever is there: make it zeros, not NaN.
  if (lanes > batch) heap.fill(0, at(0), y / 4);
  mover.into(h0, at(0), n);
  for (let t0 = 0; t0 < seqLen; t0 += steps) {
    const count = Math.min(steps, seqLen - t0);
    for (let s = 0; s < count; s++) {
      const t = t0 + s;
      const x = inputs.subarray(t * batch * width, (t + 1) * batch * width);
      mover.into(x, at(s) + n * lanes, width);
    }
    step.run(lanes, statesAt, count, slot, relu);
    for (let s = 1; s <= count; s++) {
      if (!relu) for (let i = at(s); i < at(s) + n * lanes; i++) heap[i] = Math.tanh(heap[i]);
      const t = t0 + s - 1;
      if (kept) mover.outOf(at(s), kept.subarray(t * batch * n, (t + 1) * batch * n), n);
    }
    heap.copyWithin(at(0), at(count), at(count) + n * lanes);
  }
  if (options.states !== 'all') mover.outOf(at(0), states, n);
  if (deferred) readOutAll(gemm, dense, kept!, outputs, n);
  else if (outputs && decoder && options.readout === 'last') {
    decoder.run(lanes, statesAt, 1, y - statesAt, false);
    mover.outOf(y / 4, outputs, decoder.rows);
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
    exports: own.exports,
    step: placeOwn(alloc, own.exports, step),
    decoder: decoder && placeOwn(alloc, own.exports, decoder),
    gemm: gemmIn(own.memory, alloc),
  };
  const shape: [number, number, boolean] = [n, width, net.activation === 'relu'];
  const out = decoder?.rows ?? 0;
  return (h0, inputs, options) => {
    const result = checkForward([n, width, decoder?.rows ?? null], h0, inputs, options);
    const layout = passLayout([n, width, out], options, shape[2]);
    const { lanes, bytes } = layout;
    const deferred = defersReadout(options, out);
    const helpers = sparseHelpers();
    const stepThreads = helpers ? threadsFor(helpers, step.csr[2].length, lanes) : 1;
    if (!helpers || (stepThreads === 1 && !deferred)) {
      const statesAt = alloc.alloc(bytes);
      try {
        runPass({ ...ownPlacement, statesAt, layout }, shape, dense, h0, inputs, options, result);
      } finally {
        alloc.free(statesAt);
      }
      return result;
    }
    // With the helpers: each call (./placed placeSplit) and the deferred read-out are shared out.
    const last = decoder && !deferred ? decoder : null;
    const matrices = placedBytes(step, lanes) + (last ? placedBytes(last, lanes) : 0);
    const borrowed = matrices + bytes + ARENA_SLACK;
    helpers.gemm.borrow(borrowed, (at) => {
      const block = arena(helpers.gemm.memory, at, at + borrowed);
      const decoderThreads = last ? threadsFor(helpers, last.csr[2].length, lanes) : 1;
      const placement = {
        memory: helpers.gemm.memory,
        exports: helpers.exports,
        step: placeSplit(block, step, lanes, helpers, stepThreads),
        decoder: last && placeSplit(block, last, lanes, helpers, decoderThreads),
        gemm: helpers.gemm,
        statesAt: block.top(),
        layout,
      };
      runPass(placement, shape, dense, h0, inputs, options, result);
    });
    return result;
  };
}
