import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../random';
import {
  evaluate,
  initialValues,
  lossAndGrads,
  paramShapes,
  type Batch,
  type NetworkShape,
} from './network';

/** The straightforward version, differentiated by tfjs's tape: the reference. */
function tapeLoss(shape: NetworkShape, p: Record<string, tf.Tensor>, batch: Batch): tf.Scalar {
  const { seqLen: T, batch: B } = batch;
  const h0 = (): tf.Tensor2D => tf.zeros([B, shape.hidden]);
  let h: tf.Tensor2D = batch.startCode
    ? tf.matMul(
        tf.tensor2d(batch.startCode, [B, shape.encoderInput!]),
        p.encoder as tf.Tensor2D,
        false,
        true,
      )
    : h0();
  // Token inputs through a one-hot product: tf.gather's tape gradient needs a kernel WASM lacks.
  const x = shape.tokens
    ? tf.reshape(tf.matMul(oneHot(batch.inputs, shape.tokens), p.tokenEmbedding as tf.Tensor2D), [
        T,
        B,
        shape.input,
      ])
    : tf.tensor3d(batch.inputs, [T, B, shape.input]);
  let inputs = Array.from({ length: T }, (_, t) =>
    tf.reshape(tf.slice(x, [t, 0, 0], [1, B, shape.input]), [B, shape.input]),
  ) as tf.Tensor2D[];
  for (let k = 0; k < (shape.layers ?? 1); k++) {
    const name = (base: string) => (k === 0 ? base : `${base}.${k}`);
    const outs: tf.Tensor2D[] = [];
    if (k > 0) h = h0();
    for (const xt of inputs) {
      let z = tf.add(
        tf.matMul(h, p[name('whh')] as tf.Tensor2D, false, true),
        tf.matMul(xt, p[name('wih')] as tf.Tensor2D, false, true),
      );
      if (p[name('bias')]) z = tf.add(z, p[name('bias')]);
      h = (shape.activation === 'relu' ? tf.relu(z) : tf.tanh(z)) as tf.Tensor2D;
      outs.push(h);
    }
    inputs = outs;
  }
  const readout = (hs: tf.Tensor2D) => {
    const y = tf.matMul(hs, p.decoder as tf.Tensor2D, false, true);
    return p.decoderBias ? tf.add(y, p.decoderBias) : y;
  };
  const y = batch.targets as Float32Array; // randomBatch's targets are arrays
  if (shape.head === 'mseLastStep')
    return tf.mean(tf.square(tf.sub(readout(h), tf.tensor2d(y, [B, shape.output]))));
  const logits = readout(tf.concat(inputs, 0));
  const targets =
    shape.head === 'nextToken' ? oneHot(y, shape.output) : tf.tensor2d(y, [T * B, shape.output]);
  return tf.neg(tf.mean(tf.sum(tf.mul(targets, tf.logSoftmax(logits)), 1)));
}

function oneHot(ids: Float32Array, depth: number): tf.Tensor2D {
  return tf.cast(tf.oneHot(tf.tensor1d(Int32Array.from(ids)), depth), 'float32') as tf.Tensor2D;
}

function randomBatch(shape: NetworkShape, T: number, B: number, rng: Rng): Batch {
  const rand = (size: number) => Float32Array.from({ length: size }, () => rng.range(-1, 1));
  const ids = (size: number, depth: number) =>
    Float32Array.from({ length: size }, () => rng.int(depth));
  if (shape.head === 'nextToken') {
    // Few tokens, so ids repeat within the batch and the embedding's scatter-add must sum them.
    return {
      seqLen: T,
      batch: B,
      inputs: ids(T * B, shape.tokens!),
      startCode: null,
      targets: ids(T * B, shape.output),
    };
  }
  const rows = shape.head === 'softmaxAllSteps' ? T * B : B;
  const targets = rand(rows * shape.output).map(Math.abs);
  if (shape.head === 'softmaxAllSteps') {
    for (let r = 0; r < rows; r++) {
      const row = targets.subarray(r * shape.output, (r + 1) * shape.output);
      const sum = row.reduce((a, b) => a + b, 0);
      row.forEach((v, i) => (row[i] = v / sum));
    }
  }
  return {
    seqLen: T,
    batch: B,
    inputs: rand(T * B * shape.input),
    startCode: shape.encoderInput ? rand(B * shape.encoderInput).map(Math.abs) : null,
    targets,
  };
}

const navigationLike: NetworkShape = {
  hidden: 12,
  input: 2,
  output: 7,
  encoderInput: 7,
  bias: false,
  activation: 'relu',
  head: 'softmaxAllSteps',
};
const addingLike: NetworkShape = {
  hidden: 10,
  input: 2,
  output: 1,
  encoderInput: null,
  bias: true,
  activation: 'tanh',
  head: 'mseLastStep',
};

const textLike = (layers: number): NetworkShape => ({
  hidden: 9,
  input: 4,
  output: 6,
  encoderInput: null,
  bias: true,
  activation: 'tanh',
  head: 'nextToken',
  layers,
  tokens: 6,
});

describe.each([
  ['navigation-like (ReLU, encoder, soft cross-entropy)', navigationLike],
  ['adding-like (tanh, bias, MSE on the last step)', addingLike],
  ['text-like (token embedding, one tanh layer, next-token cross-entropy)', textLike(1)],
  ['text-like with two stacked layers', textLike(2)],
  ['text-like with three stacked layers', textLike(3)],
])('hand-written BPTT, %s', (_name, shape) => {
  test('loss and every gradient equal the tape’s', () => {
    const rng = new Rng(7);
    const values = initialValues(shape, rng);
    const shapes = paramShapes(shape);
    const params = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, tf.tensor(v, shapes[k])]),
    );
    const batch = randomBatch(shape, 5, 3, rng);
    const ours = tf.tidy(() => {
      const r = lossAndGrads(shape, params, batch);
      return {
        loss: r.loss.dataSync()[0],
        grads: Object.fromEntries(
          Object.entries(r.grads).map(([k, g]) => [k, g.dataSync().slice()]),
        ),
      };
    });
    const names = Object.keys(params);
    const reference = tf.tidy(() => {
      const f = (...ts: tf.Tensor[]) =>
        tapeLoss(shape, Object.fromEntries(names.map((k, i) => [k, ts[i]])), batch);
      const { value, grads } = tf.valueAndGrads(f)(names.map((k) => params[k]));
      return {
        loss: value.dataSync()[0],
        grads: Object.fromEntries(names.map((k, i) => [k, grads[i].dataSync().slice()])),
      };
    });
    expect(ours.loss).toBeCloseTo(reference.loss, 5);
    expect(Object.keys(ours.grads).sort()).toEqual([...names].sort());
    for (const name of names) {
      const a = ours.grads[name];
      const b = reference.grads[name];
      const scale = Math.max(1e-3, ...Array.from(b, Math.abs));
      for (let i = 0; i < a.length; i++) expect(Math.abs(a[i] - b[i]) / scale).toBeLessThan(1e-4);
    }
    const before = tf.memory().numTensors;
    tf.tidy(() => evaluate(shape, params, batch).loss.dataSync());
    expect(tf.memory().numTensors).toBe(before);
    Object.values(params).forEach((t) => t.dispose());
  });
});
