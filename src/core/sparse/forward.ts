/**
 * The trained network's forward pass without tfjs (docs/science.md §Model): h_t = s(W_hh h_{t−1} +
 * W_ih x_t + b), read-out y_t = D h_t (+ b_d). With W_hh in CSR this is the sparse network running
 * at the cost of its kept weights; with dense maps it is the reference it must equal. Used for
 * free-running trajectories (one sequence, many steps, one step at a time if wanted) and batch
 * evaluation. Layouts follow the lab's Batch: time-major, element (t·B + b)·features + f.
 */
import type { Activation } from '../model/recurrent';
import type { LinearMap } from './linear';

export interface RecurrentMaps {
  whh: LinearMap;
  wih: LinearMap;
  bias: Float32Array | null;
  activation: Activation;
  /** Read-out D [out, n], or null when only states are wanted. */
  decoder: LinearMap | null;
  decoderBias: Float32Array | null;
}

export interface ForwardOptions {
  seqLen: number;
  batch: number;
  /**
   * Where to apply the read-out: every step (logits for the navigation error), only after the
   * last step (e.g. a free-running trajectory's end point), or nowhere. The read-out is as
   * large as W_hh (Np × n), so reading out only when needed keeps a sparse run sparse.
   */
  readout: 'all' | 'last' | 'none';
  /**
   * Which states to return: h_T only (the default), or h_1 … h_T (a probe's activity animation).
   * Every step's states are copied out as the step ends: n·B floats against the step's
   * kept weights, so a sparse run stays about as fast.
   */
  states?: 'all' | 'last';
}

export interface ForwardResult {
  /** h_T, [B, n]; or [T·B, n] (h_1 … h_T, time-major) for states 'all'. */
  states: Float32Array;
  /** [T·B, out] for 'all', [B, out] for 'last', null for 'none'. */
  outputs: Float32Array | null;
}

/** A forward pass over a batch: runForward on LinearMaps, or the WASM engine of ./simd. */
export type Forward = (
  h0: Float32Array,
  inputs: Float32Array,
  options: ForwardOptions,
) => ForwardResult;

/**
 * Throws unless h0 is [B, n] and inputs [T·B, width]; the buffers the engine fills: the states
 * it returns and the read-out (null for 'none').
 */
export function checkForward(
  [n, width, out]: [number, number, number | null],
  h0: Float32Array,
  inputs: Float32Array,
  { seqLen, batch, readout, states }: ForwardOptions,
): ForwardResult {
  if (h0.length !== batch * n) throw new Error(`forward: h0 has ${h0.length} ≠ ${batch}·${n}`);
  if (inputs.length !== seqLen * batch * width) throw new Error('forward: inputs size');
  const kept = new Float32Array((states === 'all' ? seqLen : 1) * batch * n);
  if (readout === 'none') return { states: kept, outputs: null };
  if (out === null) throw new Error('forward: read-out without a decoder');
  return {
    states: kept,
    outputs: new Float32Array((readout === 'all' ? seqLen : 1) * batch * out),
  };
}

/** h0 = Encoder · code for each of B rows of `code` (navigation: the start's place cells). */
export function encodeStart(encoder: LinearMap, code: Float32Array, batch: number): Float32Array {
  const h0 = new Float32Array(batch * encoder.rows);
  encoder.applyBatch(code, h0, batch, false);
  return h0;
}

export function runForward(
  maps: RecurrentMaps,
  h0: Float32Array,
  inputs: Float32Array,
  options: ForwardOptions,
): ForwardResult {
  const n = maps.whh.rows;
  const width = maps.wih.cols;
  const { bias, decoder, decoderBias } = maps;
  const out = decoder?.rows ?? 0;
  const { states, outputs } = checkForward([n, width, decoder?.rows ?? null], h0, inputs, options);
  const { seqLen, batch, readout } = options;
  const all = options.states === 'all';
  let h = Float32Array.from(h0);
  let next = new Float32Array(batch * n);
  const relu = maps.activation === 'relu';
  for (let t = 0; t < seqLen; t++) {
    maps.whh.applyBatch(h, next, batch, false);
    const x = inputs.subarray(t * batch * width, (t + 1) * batch * width);
    maps.wih.applyBatch(x, next, batch, true);
    for (let i = 0; i < next.length; i++) {
      const z = bias ? next[i] + bias[i % n] : next[i];
      next[i] = relu ? (z > 0 ? z : 0) : Math.tanh(z);
    }
    if (all) states.set(next, t * batch * n);
    if (outputs && decoder && (readout === 'all' || t === seqLen - 1)) {
      const at = readout === 'all' ? t * batch * out : 0;
      const y = outputs.subarray(at, at + batch * out);
      decoder.applyBatch(next, y, batch, false);
      if (decoderBias) for (let i = 0; i < y.length; i++) y[i] += decoderBias[i % out];
    }
    [h, next] = [next, h];
  }
  if (!all) states.set(h);
  return { states, outputs };
}
