/**
 * Tokens and the vocabulary of the text task. Two tokenizers:
 *  - char: one token per Unicode code point (newlines included), so decode(encode(t)) = t;
 *  - word: as PyTorch's word_language_model reads WikiText (whitespace-separated words, and
 *    <eos> for each line break), except that punctuation stuck to a word's ends is split off
 *    ("Bennet," → "Bennet" ","), so raw English text gets WikiText-like tokens. A chunk that is
 *    all punctuation ("@-@", "...") stays whole, so WikiText's own tokens are unchanged.
 * Token 0 is always the unknown token: rare or unseen tokens map to it, and WikiText's literal
 * "<unk>" (word) or U+FFFD (char) is read as it.
 */
import type { TextTaskConfig } from '../../config/schema';

export type TokenizerKind = TextTaskConfig['tokenizer'];

export const UNKNOWN = { char: '\uFFFD', word: '<unk>' } as const;
export const END_OF_LINE = '<eos>';

const edgePunctuation = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** Calls `visit` with each token of `text`, in order, without building an array of them. */
export function forEachToken(kind: TokenizerKind, text: string, visit: (token: string) => void) {
  if (kind === 'char') {
    for (const c of text) visit(c);
    return;
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const chunk of line.split(/\s+/)) if (chunk) splitWord(chunk, visit);
    if (i < lines.length - 1) visit(END_OF_LINE);
  });
}

function splitWord(chunk: string, visit: (token: string) => void): void {
  const core = chunk.replace(edgePunctuation, '');
  if (!core || chunk === UNKNOWN.word) {
    visit(chunk);
    return;
  }
  const start = chunk.indexOf(core);
  for (const c of chunk.slice(0, start)) visit(c);
  visit(core);
  for (const c of chunk.slice(start + core.length)) visit(c);
}

/** Token strings and their ids; `tokens[0]` is the unknown token. */
export class Vocabulary {
  private readonly ids: Map<string, number>;

  constructor(
    readonly kind: TokenizerKind,
    readonly tokens: readonly string[],
  ) {
    if (tokens[0] !== UNKNOWN[kind]) {
      throw new Error(`vocabulary: the first token must be the unknown token ${UNKNOWN[kind]}`);
    }
    this.ids = new Map(tokens.map((t, i) => [t, i]));
    if (this.ids.size !== tokens.length) throw new Error('vocabulary: a token appears twice');
  }

  get size(): number {
    return this.tokens.length;
  }

  id(token: string): number {
    return this.ids.get(token) ?? 0;
  }

  encode(text: string): Int32Array {
    const ids: number[] = [];
    forEachToken(this.kind, text, (t) => ids.push(this.id(t)));
    return Int32Array.from(ids);
  }

  /** Char tokens concatenate; words are joined by single spaces, <eos> by a line break. */
  decode(ids: ArrayLike<number>): string {
    if (this.kind === 'char') return Array.from(ids, (i) => this.tokens[i]).join('');
    let out = '';
    for (let i = 0; i < ids.length; i++) {
      const token = this.tokens[ids[i]];
      if (token === END_OF_LINE) out += '\n';
      else out += (out === '' || out.endsWith('\n') ? '' : ' ') + token;
    }
    return out;
  }

  /**
   * The vocabulary of a token stream: the unknown token, then the most frequent tokens (ties
   * in order of first appearance) until `cap` tokens in all.
   */
  static fromCounts(kind: TokenizerKind, counts: Map<string, number>, cap: number): Vocabulary {
    const byFrequency = [...counts].filter(([t]) => t !== UNKNOWN[kind]);
    byFrequency.sort((a, b) => b[1] - a[1]); // stable: ties keep first appearance
    const kept = byFrequency.slice(0, Math.max(0, cap - 1)).map(([t]) => t);
    return new Vocabulary(kind, [UNKNOWN[kind], ...kept]);
  }
}
