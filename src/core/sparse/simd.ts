/**
 * The sparse forward pass as one WASM SIMD call per step (./simdModule): W_hh in CSR, W_ih as
 * extra CSR columns over the stacked state [h; x_t], bias and ReLU fused. The states stay in the
 * module's memory, unit-major [n + in][lanes], for the whole run: transposed in once, out once,
 * so JS touches only x_t (in · B values), the read-out and states it was asked for, and tanh
 * where used.
 * A batch fills lanes of 4 (B rounded up; the spare lanes run harmlessly); B = 1 runs the
 * SELL-4 kernel, whose lanes are rows. `simdSupported` is false where WebAssembly SIMD is missing,
 * and callers keep the JS maps there.
 * A pass with a product worth splitting (./placed threadsFor) runs where the GEMM's helper threads
 * are (../kernels/wasm/gemm: tfjs-wasm's shared heap in the app's worker, the arena in Node): its
 * matrices and states are copied into a block of that memory for the call, and each product is
 * shared out (./placed placeSplit), with the bits of one thread.
 */
import type { Activation } from '../model/recurrent';
import { appendColumns, type Csr } from './csr';
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

/** A pass's matrices, placed, and the byte offset from which its states go. */
interface Placement {
  memory: WebAssembly.Memory;
  step: Placed;
  decoder: Placed | null;
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
 * One trajectory's read-out at every step waits for the end: its T states then take a single
 * product with T lanes instead of T products of one lane. The read-out (Np × n, unpruned) was
 * nine tenths of a 500-step probe at n = 1024 and 98% sparsity.
 */
const defersReadout = ({ batch, readout, states }: ForwardOptions, out: number) =>
  batch === 1 && readout === 'all' && states === 'all' && out > 0;

/**
 * Bytes of a pass's states: two stacked states [h; x] (current, next), then the read-out; with a
 * deferred read-out, the T states unit-major and their read-out.
 */
function passBytes([n, width, out]: [number, number, number], options: ForwardOptions): number {
  const lanes = lanesFor(options.batch);
  const deferred = defersReadout(options, out) ? (n + out) * lanesFor(options.seqLen) : 0;
  return 4 * ((2 * (n + width) + out) * lanes + deferred);
}

/** The time loop on placed matrices; fills `result` (from checkForward). */
function runPass(
  { memory, step, decoder, statesAt }: Placement,
  [n, width, relu]: [number, number, boolean],
  h0: Float32Array,
  inputs: Float32Array,
  options: ForwardOptions,
  { states, outputs }: ForwardResult,
): void {
  const { seqLen, batch, readout } = options;
  const all = options.states === 'all';
  const deferred = defersReadout(options, decoder?.rows ?? 0);
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
    if (all) {
      const to = states.subarray(t * batch * n, (t + 1) * batch * n);
      fromUnitMajor(heap, next / 4, to, n, lanes);
    }
    if (outputs && decoder && !deferred && (readout === 'all' || t === seqLen - 1)) {
      decoder.apply(lanes, next, y, false);
      const at = readout === 'all' ? t * batch * decoder.rows : 0;
      const to = outputs.subarray(at, at + batch * decoder.rows);
      fromUnitMajor(heap, y / 4, to, decoder.rows, lanes);
    }
    [h, next] = [next, h];
  }
  if (!all) fromUnitMajor(heap, h / 4, states, n, lanes);
  if (deferred) readOutAll(heap, decoder!, y + 4 * decoder!.rows * lanes, states, outputs!, n);
}

/** outputs [T][out] = the read-out of states [T][n], as one product over T lanes at byte `at`. */
function readOutAll(
  heap: Float32Array,
  decoder: Placed,
  at: number,
  states: Float32Array,
  outputs: Float32Array,
  n: number,
) {
  const lanes = lanesFor(states.length / n);
  const y = at + 4 * n * lanes;
  heap.fill(0, at / 4, y / 4); // the spare lanes, so they hold no stale denormals
  toUnitMajor(states, heap, at / 4, n, lanes);
  decoder.apply(lanes, at, y, false);
  fromUnitMajor(heap, y / 4, outputs, decoder.rows, lanes);
}

/** The forward pass of ./forward (same options and result) on the WASM SIMD engine. */
export function simdForward(net: RecurrentCsr): Forward {
  const own = ownInstance();
  if (!own) throw new Error('simdForward: this runtime has no WebAssembly SIMD');
  const alloc = arena(own.memory);
  const [n, width] = [net.whh.rows, net.wih.cols];
  const step = layouts(appendColumns(net.whh, net.wih), net.bias);
  const decoder = net.decoder && layouts(net.decoder, net.decoderBias);
  const placed: Placement = {
    memory: own.memory,
    step: placeOwn(alloc, own.exports, step),
    decoder: decoder && placeOwn(alloc, own.exports, decoder),
    statesAt: alloc.top(),
  };
  const shape: [number, number, boolean] = [n, width, net.activation === 'relu'];
  const out = decoder?.rows ?? 0;
  return (h0, inputs, options) => {
    const result = checkForward([n, width, decoder?.rows ?? null], h0, inputs, options);
    const bytes = passBytes([n, width, out], options);
    const lanes = lanesFor(options.batch);
    // The read-out runs over T lanes when deferred (see defersReadout), else over the batch's.
    const readoutLanes = defersReadout(options, out) ? lanesFor(options.seqLen) : lanes;
    const helpers = sparseHelpers();
    const stepThreads = helpers ? threadsFor(helpers, step.csr[2].length, lanes) : 1;
    const readoutThreads =
      helpers && decoder ? threadsFor(helpers, decoder.csr[2].length, readoutLanes) : 1;
    if (!helpers || stepThreads * readoutThreads === 1) {
      alloc.reserve(placed.statesAt + bytes);
      runPass(placed, shape, h0, inputs, options, result);
      return result;
    }
    const matrices = placedBytes(step, lanes) + (decoder ? placedBytes(decoder, readoutLanes) : 0);
    helpers.gemm.borrow(matrices + bytes, (at) => {
      const block = arena(helpers.gemm.memory, at, at + matrices + bytes);
      const split = {
        memory: helpers.gemm.memory,
        step: placeSplit(block, step, lanes, helpers, stepThreads),
        decoder: decoder && placeSplit(block, decoder, readoutLanes, helpers, readoutThreads),
        statesAt: block.top(),
      };
      runPass(split, shape, h0, inputs, options, result);
    });
    return result;
  };
}
