/**
 * Text from a trained model, for the lab's "sample text" box: the prompt is read through the
 * network, then each next token is drawn from softmax(logits / temperature) and fed back in.
 * Plain JS on the weight arrays (one token at a time is far below what a GEMM kernel pays
 * off for), so it needs no tensors and runs wherever the weights are, worker or CLI.
 */
import type { NetworkShape } from '../../model/network';
import { layerParam } from '../../model/params';
import type { Rng } from '../../random';
import type { Trainer } from '../../training/trainer';
import { Vocabulary } from './tokenizer';

/** What sampling needs: weights by name (pruned ones zero), the shape, the vocabulary. */
export interface TextModel {
  weights: Record<string, Float32Array>;
  network: NetworkShape;
  vocabulary: Vocabulary;
}

/** The text model of a text-task Trainer (its current weights). */
export function textModelOf(trainer: Trainer): TextModel {
  const { task, config } = trainer;
  if (config.task.kind !== 'text' || !task.vocabulary) throw new Error('not a text run');
  return {
    weights: trainer.weightValues(),
    network: task.network,
    vocabulary: new Vocabulary(config.task.tokenizer, task.vocabulary),
  };
}

/** out = W x (+ add) for a row-major W [out.length, x.length]. */
function affine(w: Float32Array, x: Float32Array, out: Float32Array, add?: Float32Array) {
  const cols = x.length;
  for (let r = 0; r < out.length; r++) {
    let sum = add ? add[r] : 0;
    for (let c = 0; c < cols; c++) sum += w[r * cols + c] * x[c];
    out[r] = sum;
  }
}

/**
 * `length` tokens continuing `prompt` (returned without the prompt). Unknown prompt tokens
 * read as <unk>; an empty prompt starts from h = 0, where the logits are the decoder's bias.
 * Temperature 0 takes the most likely token each time.
 */
export function sample(
  source: Trainer | TextModel,
  prompt: string,
  length: number,
  temperature: number,
  rng: Rng,
): string {
  const { weights, network, vocabulary } = 'weightValues' in source ? textModelOf(source) : source;
  const { hidden: n, input, output } = network;
  const states = Array.from({ length: network.layers ?? 1 }, () => new Float32Array(n));
  const [fromInput, preActivation] = [new Float32Array(n), new Float32Array(n)];
  const step = (id: number) => {
    let x = weights.tokenEmbedding.subarray(id * input, (id + 1) * input);
    states.forEach((h, k) => {
      affine(weights[layerParam('wih', k)], x, fromInput, weights[layerParam('bias', k)]);
      affine(weights[layerParam('whh', k)], h, preActivation, fromInput);
      for (let j = 0; j < n; j++) {
        const v = preActivation[j];
        h[j] = network.activation === 'tanh' ? Math.tanh(v) : Math.max(0, v);
      }
      x = h;
    });
  };
  for (const id of vocabulary.encode(prompt)) step(id);
  const logits = new Float32Array(output);
  const generated: number[] = [];
  for (let i = 0; i < length; i++) {
    affine(weights.decoder, states[states.length - 1], logits, weights.decoderBias);
    const id = draw(logits, temperature, rng);
    generated.push(id);
    step(id);
  }
  return vocabulary.decode(generated);
}

function draw(logits: Float32Array, temperature: number, rng: Rng): number {
  let best = 0;
  for (let i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
  if (!(temperature > 0)) return best;
  const p = Array.from(logits, (l) => Math.exp((l - logits[best]) / temperature));
  let u = rng.uniform() * p.reduce((a, b) => a + b, 0);
  for (let i = 0; i < p.length; i++) if ((u -= p[i]) < 0) return i;
  return p.length - 1;
}
