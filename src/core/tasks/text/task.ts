/**
 * Next-token prediction as a trainable task (docs/science.md §Text, the paper's NLP experiment):
 * token embedding → 1–3 stacked Elman layers → decoder, cross-entropy at every step, perplexity
 * exp(mean cross-entropy) as the metric. The corpus comes beside the config (TaskContext); a
 * restored run may come with its vocabulary alone, enough to inspect and sample from it.
 */
import type { RunConfig } from '../../config/schema';
import { networkFor } from '../network';
import type { TaskContext, TaskFactory } from '../types';
import { tokenBatch } from './batch';
import { SHIPPED_CORPUS, tokenizeCorpus } from './corpus';
import { Vocabulary } from './tokenizer';

/** exp(−mean log p(target)): the perplexity of a batch from the head's per-token log-probs. */
export function perplexity(logProbs: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < logProbs.length; i++) sum += logProbs[i];
  return Math.exp(-sum / logProbs.length);
}

export const createTextTask: TaskFactory = (config: RunConfig, context: TaskContext = {}) => {
  if (config.task.kind !== 'text') throw new Error('createTextTask: not a text config');
  const task = config.task;
  const restored = context.vocabulary
    ? new Vocabulary(task.tokenizer, context.vocabulary)
    : undefined;
  if (restored && restored.size > task.vocabularyCap) {
    throw new Error(
      `vocabulary: ${restored.size} tokens, more than the config's cap of ${task.vocabularyCap}`,
    );
  }
  if (context.text === undefined && !restored) {
    throw new Error(
      `The text task needs its corpus beside the config: new Trainer(config, state, history, { text }) (the shipped one is public/${SHIPPED_CORPUS.path})`,
    );
  }
  const corpus =
    context.text === undefined
      ? null
      : tokenizeCorpus(context.text, { ...task, vocabulary: restored });
  const vocabulary = (corpus?.vocabulary ?? restored) as Vocabulary;
  const size = vocabulary.size;
  return {
    kind: 'text',
    metricLabel: 'perplexity',
    metricUnit: '',
    metricBaseline: { value: size, label: `uniform over the ${size} tokens = ${size}` },
    network: networkFor(config, {
      input: task.embeddingSize,
      output: size,
      encoderInput: null,
      head: 'nextToken',
      layers: task.layers,
      tokens: size,
    }),
    vocabulary: vocabulary.tokens,
    batch(rng, batchSize, split = 'train') {
      if (!corpus) {
        throw new Error('This text run has no corpus loaded: load the text it was trained on');
      }
      const b = tokenBatch(rng, corpus.splits[split], task.seqLen, batchSize);
      return { ...b, startCode: null, truth: b.targets };
    },
    metric: (logProbs) => perplexity(logProbs),
    metricOfLoss: (meanLoss) => Math.exp(meanLoss),
  };
};
