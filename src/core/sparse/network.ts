/**
 * A trained network (Trainer.weightValues() and its masks) as plain-JS maps, and its batch
 * evaluation: the same output as tfjs's `evaluate` in src/core/model/network.ts (logits
 * [T·B, out] for navigation, predictions [B, out] for the adding problem), without tfjs.
 */
import type { Batch, NetworkShape } from '../model/network';
import { csrDensity, toCsr } from './csr';
import { encodeStart, runForward, type RecurrentMaps } from './forward';
import { csrMap, denseMap, type LinearMap } from './linear';
import { simdCsrMap, simdSupported } from './simd';

export type Storage = 'csr' | 'dense';

/** Above this density a CSR pass does more memory traffic than the dense one it replaces. */
const CSR_MAX_DENSITY = 0.5;

export interface NetworkMaps {
  recurrent: RecurrentMaps;
  encoder: LinearMap | null;
}

/**
 * W_hh in the chosen storage (CSR batches run in WASM SIMD where the runtime has it); with 'csr',
 * the encoder and decoder go to CSR too when pruning left at most half of them, and stay dense
 * otherwise.
 */
export function networkMaps(
  shape: NetworkShape,
  weights: Record<string, Float32Array>,
  masks: Record<string, Uint8Array> | null,
  storage: Storage,
): NetworkMaps {
  const n = shape.hidden;
  const map = (name: string, rows: number, cols: number, always: boolean): LinearMap => {
    if (storage === 'dense') return denseMap(weights[name], rows, cols);
    const csr = toCsr(weights[name], masks?.[name] ?? null, rows, cols);
    if (!always && csrDensity(csr) > CSR_MAX_DENSITY) return denseMap(weights[name], rows, cols);
    return simdSupported ? simdCsrMap(csr) : csrMap(csr);
  };
  return {
    recurrent: {
      whh: map('whh', n, n, true),
      wih: denseMap(weights.wih, n, shape.input),
      bias: shape.bias ? weights.bias : null,
      activation: shape.activation,
      decoder: map('decoder', shape.output, n, false),
      decoderBias: shape.bias ? weights.decoderBias : null,
    },
    encoder: shape.encoderInput === null ? null : map('encoder', n, shape.encoderInput, false),
  };
}

/** The head's output for a batch, laid out as tfjs's `evaluate(...).output`. */
export function evaluateBatch(shape: NetworkShape, net: NetworkMaps, batch: Batch): Float32Array {
  const { seqLen, batch: size } = batch;
  const h0 =
    net.encoder && batch.startCode
      ? encodeStart(net.encoder, batch.startCode, size)
      : new Float32Array(size * shape.hidden);
  const readout = shape.head === 'softmaxAllSteps' ? 'all' : 'last';
  const { outputs } = runForward(net.recurrent, h0, batch.inputs, { seqLen, batch: size, readout });
  return outputs as Float32Array;
}
