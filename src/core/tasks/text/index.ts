/** The text task: tokenizers, corpora (shipped or the user's), batches, sampling (docs/science.md §Text). */
export { forEachToken, Vocabulary, UNKNOWN, END_OF_LINE, type TokenizerKind } from './tokenizer';
export {
  decodeTextFile,
  tokenizeCorpus,
  MAX_TEXT_BYTES,
  SHIPPED_CORPUS,
  type Split,
  type TextSource,
  type TokenizedCorpus,
} from './corpus';
export { tokenBatch, type TokenBatch } from './batch';
export { createTextTask, perplexity } from './task';
export { sample, textModelOf, type TextModel } from './sample';
