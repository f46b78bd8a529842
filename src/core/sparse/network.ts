/**
 * A trained network (Trainer.weightValues() and its masks) as plain-JS maps, and its batch
 * evaluation: the same output as tfjs's `evaluate` in src/core/model/network.ts (logits
 * [T·B, out] for navigation, predictions [B, out] for the adding problem), without tfjs.
 */
import type { Batch, NetworkShape } from '../model/network';
import { csrDensity, toCsr } from './csr';
import { encodeStart, runForward, type Forward } from './forward';
import { gemmMap } from '../wasm/sparse/dense';
import { csrMap, denseMap, type LinearMap } from './linear';
import { simdForward, simdSupported } from '../wasm/sparse/simd';

export type Storage = 'csr' | 'dense';

/** Above this density a CSR pass does more memory traffic than the dense one it replaces. */
const CSR_MAX_DENSITY = 0.5;

/** Whether a matrix keeping this fraction of its entries runs faster in CSR than dense. */
export const csrPays = (density: number): boolean => density <= CSR_MAX_DENSITY;

/** What the maps need of a NetworkShape (the head only matters to evaluateBatch). */
export type MapsShape = Omit<NetworkShape, 'head'>;

export interface NetworkMaps {
  forward: Forward;
  encoder: LinearMap | null;
}

/**
 * The network in the chosen storage. 'csr' runs the recurrence on the WASM SIMD engine where the
 * runtime has it (W_hh and W_ih in CSR, the encoder and read-out dense on the GEMM); in JS
 * otherwise, with the encoder and decoder in CSR only when pruning left at most half of them.
 */
export function networkMaps(
  shape: MapsShape,
  weights: Record<string, Float32Array>,
  masks: Record<string, Uint8Array> | null,
  storage: Storage,
): NetworkMaps {
  const n = shape.hidden;
  const csr = (name: string, rows: number, cols: number) =>
    toCsr(weights[name], masks?.[name] ?? null, rows, cols);
  const map = (name: string, rows: number, cols: number): LinearMap => {
    const sparse = storage === 'csr' ? csr(name, rows, cols) : null;
    if (!sparse || (name !== 'whh' && !csrPays(csrDensity(sparse))))
      return denseMap(weights[name], rows, cols);
    return csrMap(sparse);
  };
  const bias = shape.bias ? weights.bias : null;
  const decoderBias = shape.bias ? weights.decoderBias : null;
  const { activation } = shape;
  const input = shape.encoderInput;
  if (storage === 'csr' && simdSupported) {
    const wih = toCsr(weights.wih, null, n, shape.input);
    const decoder = csr('decoder', shape.output, n);
    const whh = csr('whh', n, n);
    // The encoder runs once a batch, dense on the GEMM like the read-out (../wasm/sparse/dense).
    const encoder = input === null ? null : gemmMap(csr('encoder', n, input));
    return { forward: simdForward({ whh, wih, bias, activation, decoder, decoderBias }), encoder };
  }
  const encoder = input === null ? null : map('encoder', n, input);
  const maps = {
    whh: map('whh', n, n),
    wih: denseMap(weights.wih, n, shape.input),
    bias,
    activation,
    decoder: map('decoder', shape.output, n),
    decoderBias,
  };
  return { forward: (h0, inputs, options) => runForward(maps, h0, inputs, options), encoder };
}

/** The head's output for a batch, laid out as tfjs's `evaluate(...).output`. */
export function evaluateBatch(shape: NetworkShape, net: NetworkMaps, batch: Batch): Float32Array {
  const { seqLen, batch: size } = batch;
  const h0 =
    net.encoder && batch.startCode
      ? encodeStart(net.encoder, batch.startCode, size)
      : new Float32Array(size * shape.hidden);
  const readout = shape.head === 'softmaxAllSteps' ? 'all' : 'last';
  const { outputs } = net.forward(h0, batch.inputs, { seqLen, batch: size, readout });
  return outputs as Float32Array;
}
