/**
 * The text a language model trains on: checking a user's file before anything changes, and
 * turning text into token ids split into train / valid / test. A single text is split 90/5/5
 * in reading order (contiguous, so held-out text is text the model never read); WikiText-2's
 * three files are used as they are. The vocabulary comes from the training split only, so
 * held-out tokens the model never saw count as <unk>, as they would for a new text.
 */
import type { Result } from '../../config/validate';
import { forEachToken, Vocabulary, type TokenizerKind } from './tokenizer';

/** WikiText-2's training file is 10.8 MB; anything much larger is too slow for a browser. */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;
/** Above this share of control characters (other than tab and line breaks) it is not text. */
const MAX_CONTROL_SHARE = 0.01;

/** The shipped corpus, under public/ (fetched by the browser, read from disk in Node). */
export const SHIPPED_CORPUS = {
  path: 'corpus/pride-and-prejudice.txt',
  title: 'Pride and Prejudice, by Jane Austen (1813; public domain)',
} as const;

/** A corpus already decoded: one text to split, or WikiText-style train/valid/test files. */
export type TextSource = string | { train: string; valid: string; test: string };

export type Split = 'train' | 'valid' | 'test';

export interface TokenizedCorpus {
  vocabulary: Vocabulary;
  splits: Record<Split, Int32Array>;
}

/**
 * Bytes of a user's file → its text, or a message naming the problem. Refuses empty, too
 * large, binary (NUL bytes or many control characters) and non-UTF-8 files; strips a UTF-8
 * byte-order mark and turns Windows line breaks into \n.
 */
export function decodeTextFile(bytes: Uint8Array | ArrayBuffer, name = 'file'): Result<string> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const fail = (why: string): Result<string> => ({ ok: false, error: `${name}: ${why}` });
  if (data.length === 0) return fail('the file is empty');
  if (data.length > MAX_TEXT_BYTES) {
    const mb = (x: number) => (x / 1024 / 1024).toFixed(1);
    return fail(`${mb(data.length)} MB is larger than the ${mb(MAX_TEXT_BYTES)} MB limit`);
  }
  const isUtf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  if (isUtf16) return fail('the file is UTF-16; save it as UTF-8 text');
  const nul = data.indexOf(0);
  if (nul >= 0) return fail(`binary data, not text (a NUL byte at byte ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return fail('not valid UTF-8 text; save it as UTF-8 (plain .txt)');
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) controls += 1;
  }
  if (controls > MAX_CONTROL_SHARE * text.length) {
    return fail(`binary data, not text (${controls} control characters)`);
  }
  return { ok: true, value: text.replace(/\r\n?/g, '\n') };
}

export interface TokenizeOptions {
  tokenizer: TokenizerKind;
  vocabularyCap: number;
  /** Each split must hold at least one training sequence: seqLen + 1 tokens. */
  seqLen: number;
  /** A restored run's vocabulary, so token ids keep the meaning its weights give them. */
  vocabulary?: Vocabulary;
}

/** Tokenizes and splits a corpus; throws an Error whose message says what to change. */
export function tokenizeCorpus(source: TextSource, options: TokenizeOptions): TokenizedCorpus {
  const texts = typeof source === 'string' ? [source] : [source.train, source.valid, source.test];
  // One pass, provisional ids by first appearance: a 10 MB text never becomes an array of strings.
  const provisional = new Map<string, number>();
  const streams = texts.map((text) => {
    const ids: number[] = [];
    forEachToken(options.tokenizer, text, (token) => {
      let id = provisional.get(token);
      if (id === undefined) provisional.set(token, (id = provisional.size));
      ids.push(id);
    });
    return Int32Array.from(ids);
  });
  const [train, valid, test] = streams.length === 3 ? streams : splitNinetyFiveFive(streams[0]);
  const vocabulary =
    options.vocabulary ??
    Vocabulary.fromCounts(options.tokenizer, counts(train, provisional), options.vocabularyCap);
  const distinct = vocabulary.size - 1;
  if (distinct < 2) {
    throw new Error(
      `text: only ${distinct} distinct token${distinct === 1 ? '' : 's'} in the training text; a language model needs at least 2`,
    );
  }
  const finalId = new Int32Array(provisional.size);
  for (const [token, id] of provisional) finalId[id] = vocabulary.id(token);
  const splits = { train, valid, test };
  for (const [name, ids] of Object.entries(splits)) {
    if (ids.length < options.seqLen + 1) {
      throw new Error(
        `text: the ${name} split has ${ids.length} tokens, fewer than one sequence (T + 1 = ${options.seqLen + 1}); use a longer text or a shorter sequence length`,
      );
    }
    ids.forEach((id, i) => (ids[i] = finalId[id]));
  }
  return { vocabulary, splits };
}

function splitNinetyFiveFive(ids: Int32Array): Int32Array[] {
  const a = Math.floor(ids.length * 0.9);
  const b = Math.floor(ids.length * 0.95);
  return [ids.slice(0, a), ids.slice(a, b), ids.slice(b)];
}

/** Token counts of a provisional-id stream, keyed by token in order of first appearance. */
function counts(ids: Int32Array, provisional: Map<string, number>): Map<string, number> {
  const byId = new Float64Array(provisional.size);
  for (const id of ids) byId[id] += 1;
  const out = new Map<string, number>();
  for (const [token, id] of provisional) if (byId[id] > 0) out.set(token, byId[id]);
  return out;
}
