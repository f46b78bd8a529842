/**
 * The sparse forward pass as one WASM SIMD call per step (./simdModule): W_hh in CSR, W_ih as
 * extra CSR columns over the stacked state [h; x_t], bias and ReLU fused. The states stay in the
 * module's memory, unit-major [n + in][lanes], for the whole run: transposed in once, out once,
 * so JS touches only x_t (in · B values), the read-out and states it was asked for, and tanh
 * where used.
 * A batch fills lanes of 4 (B rounded up; the spare lanes run harmlessly); B = 1 runs the
 * SELL-4 kernel, whose lanes are rows. `simdSupported` is false where WebAssembly SIMD is missing, and callers
 * keep the JS maps there.
 */
import type { Activation } from '../model/recurrent';
import { appendColumns, type Csr } from './csr';
import { checkForward, type Forward } from './forward';
import { toSell } from './sell';
import { sparseModule } from './simdModule';

const validates = (fma: boolean) =>
  typeof WebAssembly === 'object' && WebAssembly.validate(sparseModule(fma));
export const simdSupported = validates(false);
/** Relaxed SIMD (fused multiply-add): Chromium yes, Node 20 only with a V8 flag. */
const fma = simdSupported && validates(true);
const module = simdSupported ? new WebAssembly.Module(sparseModule(fma)) : null;

/** The trained network's matrices, as ./forward's RecurrentMaps but in CSR. */
export interface RecurrentCsr {
  whh: Csr;
  wih: Csr;
  bias: Float32Array | null;
  activation: Activation;
  decoder: Csr | null;
  decoderBias: Float32Array | null;
}

type Product = (...args: number[]) => void;

/** A matrix and its bias placed in the module's memory; `apply` runs one fused product. */
interface Placed {
  rows: number;
  apply(lanes: number, x: number, out: number, relu: boolean): void;
}

/** Bump allocation in a growable memory, 16-byte aligned; views must be re-made after `reserve`. */
function arena(memory: WebAssembly.Memory) {
  let top = 0;
  const reserve = (end: number) => {
    const missing = end - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / 65536));
  };
  const place = (data: Int32Array | Float32Array): number => {
    const at = top;
    top += Math.ceil((4 * data.length) / 16) * 16;
    reserve(top);
    const view =
      data instanceof Int32Array ? new Int32Array(memory.buffer) : new Float32Array(memory.buffer);
    view.set(data, at / 4);
    return at;
  };
  return { place, reserve, top: () => top };
}

/** The matrix as CSR for batches (spmm) and as SELL-4 for one trajectory (spmv). */
function place(
  alloc: ReturnType<typeof arena>,
  exports: WebAssembly.Exports,
  csr: Csr,
  bias: Float32Array | null,
): Placed {
  const [spmm, spmv] = [exports.spmm, exports.spmv] as Product[];
  const rowPtr = alloc.place(csr.rowPtr);
  const colOff = alloc.place(csr.colIdx.map((c) => 4 * c));
  const values = alloc.place(csr.values);
  const biasAt = alloc.place(bias ?? new Float32Array(csr.rows));
  const sell = toSell(csr, bias);
  const sliced = [sell.slicePtr, sell.colOff, sell.values].map(alloc.place);
  const [sellBias, rowOff] = [alloc.place(sell.bias), alloc.place(sell.rowOff)];
  return {
    rows: csr.rows,
    apply(lanes, x, out, relu) {
      if (lanes === 1) spmv(sell.slices, ...sliced, x, out, sellBias, relu ? 1 : 0, rowOff);
      else spmm(csr.rows, lanes, rowPtr, colOff, values, x, out, biasAt, relu ? 1 : 0);
    },
  };
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

/** The forward pass of ./forward (same options and result) on the WASM SIMD engine. */
export function simdForward(net: RecurrentCsr): Forward {
  if (!module) throw new Error('simdForward: this runtime has no WebAssembly SIMD');
  const instance = new WebAssembly.Instance(module);
  const memory = instance.exports.mem as WebAssembly.Memory;
  const alloc = arena(memory);
  const [n, width] = [net.whh.rows, net.wih.cols];
  const step = place(alloc, instance.exports, appendColumns(net.whh, net.wih), net.bias);
  const decoder = net.decoder && place(alloc, instance.exports, net.decoder, net.decoderBias);
  const statesAt = alloc.top();
  const relu = net.activation === 'relu';
  return (h0, inputs, options) => {
    const result = checkForward([n, width, decoder?.rows ?? null], h0, inputs, options);
    const { states, outputs } = result;
    const { seqLen, batch, readout } = options;
    const all = options.states === 'all';
    const lanes = batch === 1 ? 1 : Math.ceil(batch / 4) * 4;
    const size = (n + width) * lanes;
    // Byte offsets: two stacked states [h; x] (current, next), then the read-out [out][lanes].
    let [h, next] = [statesAt, statesAt + 4 * size];
    const y = statesAt + 8 * size;
    alloc.reserve(y + 4 * (decoder?.rows ?? 0) * lanes);
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
      if (outputs && decoder && (readout === 'all' || t === seqLen - 1)) {
        decoder.apply(lanes, next, y, false);
        const at = readout === 'all' ? t * batch * decoder.rows : 0;
        const to = outputs.subarray(at, at + batch * decoder.rows);
        fromUnitMajor(heap, y / 4, to, decoder.rows, lanes);
      }
      [h, next] = [next, h];
    }
    if (!all) fromUnitMajor(heap, h / 4, states, n, lanes);
    return result;
  };
}
