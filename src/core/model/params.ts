/**
 * A network's parameters by name, their shapes and initial values. Layer 0 keeps the
 * single-layer names (wih, whh, bias) so older code, snapshots and run files read unchanged;
 * stacked layers add a suffix (whh.1, whh.2). Layouts are PyTorch's (W[j,k]: from k to j).
 */
import type { Rng } from '../random';
import type { Activation } from './recurrent';
import type { HeadKind } from './heads';

export interface NetworkShape {
  hidden: number;
  /** Features per input step; for token inputs, the size of the token embedding. */
  input: number;
  output: number;
  /** Size of the encoder's input (place cells), or null when h0 = 0. */
  encoderInput: number | null;
  bias: boolean;
  activation: Activation;
  head: HeadKind;
  /** Stacked recurrent layers (absent: 1); layer k ≥ 1 reads the states of layer k − 1. */
  layers?: number;
  /** Inputs are token ids into a learned table `tokenEmbedding` [tokens, input] (text). */
  tokens?: number;
}

/** 'whh' for layer 0, 'whh.1' for layer 1, … (also the trained positions: 'embedding.1'). */
export function layerParam(name: string, layer: number): string {
  return layer === 0 ? name : `${name}.${layer}`;
}

/** Whether a parameter is a recurrent matrix W_hh of some layer (the penalised ones). */
export function isRecurrentMatrix(name: string): boolean {
  return name === 'whh' || name.startsWith('whh.');
}

/** The single-layer matrices, in the order the UI lists them (see weightMatrixNames). */
export const matrixNames = ['encoder', 'wih', 'whh', 'decoder'] as const;
export type MatrixName = (typeof matrixNames)[number];

/** Every weight matrix of a network (pruned, masked and exported as matrices), input to output. */
export function weightMatrixNames(shape: NetworkShape): string[] {
  const names: string[] = [];
  if (shape.encoderInput !== null) names.push('encoder');
  if (shape.tokens !== undefined) names.push('tokenEmbedding');
  for (let k = 0; k < (shape.layers ?? 1); k++) {
    names.push(layerParam('wih', k), layerParam('whh', k));
  }
  names.push('decoder');
  return names;
}

export function paramShapes(shape: NetworkShape): Record<string, [number, number] | [number]> {
  const { hidden: n, input, output, encoderInput } = shape;
  const shapes: Record<string, [number, number] | [number]> = {};
  if (shape.tokens !== undefined) shapes.tokenEmbedding = [shape.tokens, input];
  Object.assign(shapes, { wih: [n, input], whh: [n, n], decoder: [output, n] });
  if (encoderInput !== null) shapes.encoder = [n, encoderInput];
  if (shape.bias) {
    shapes.bias = [n];
    shapes.decoderBias = [output];
  }
  for (let k = 1; k < (shape.layers ?? 1); k++) {
    shapes[layerParam('wih', k)] = [n, n];
    shapes[layerParam('whh', k)] = [n, n];
    if (shape.bias) shapes[layerParam('bias', k)] = [n];
  }
  return shapes;
}

/**
 * PyTorch's default init, U(−1/√fan_in, 1/√fan_in), for every weight and bias; the token
 * table as word_language_model initialises its encoder, U(−0.1, 0.1) (nn.Embedding's own
 * N(0, 1) would dwarf the recurrent inputs).
 */
export function initialValues(shape: NetworkShape, rng: Rng): Record<string, Float32Array> {
  const values: Record<string, Float32Array> = {};
  for (const [name, dims] of Object.entries(paramShapes(shape))) {
    const size = dims.reduce((a, b) => a * b, 1);
    const fanIn = name === 'encoder' ? (shape.encoderInput ?? 1) : shape.hidden;
    const bound = name === 'tokenEmbedding' ? 0.1 : 1 / Math.sqrt(fanIn);
    const data = new Float32Array(size);
    for (let i = 0; i < size; i++) data[i] = rng.range(-bound, bound);
    values[name] = data;
  }
  return values;
}
