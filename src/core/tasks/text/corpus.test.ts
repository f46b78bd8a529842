import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeTextFile, MAX_TEXT_BYTES, SHIPPED_CORPUS, tokenizeCorpus } from './corpus';

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array): string {
  const result = decodeTextFile(bytes, 'story.txt');
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('a user’s file is refused with a message naming the problem', () => {
  test('empty', () => {
    expect(refusal(new Uint8Array(0))).toBe('story.txt: the file is empty');
  });

  test('too large', () => {
    expect(refusal(new Uint8Array(MAX_TEXT_BYTES + 1).fill(97))).toMatch(
      /^story\.txt: 16\.0 MB is larger than the 16\.0 MB limit/,
    );
  });

  test('binary: a NUL byte, or many control characters', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(refusal(png)).toMatch(/binary data, not text \(a NUL byte at byte 8\)/);
    const controls = utf8('text\x01\x02\x03\x04 with controls'.repeat(3));
    expect(refusal(controls)).toMatch(/binary data, not text \(12 control characters\)/);
  });

  test('not UTF-8: Latin-1 bytes, a truncated sequence, UTF-16', () => {
    expect(refusal(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))).toMatch(/not valid UTF-8/);
    expect(refusal(Uint8Array.from([0x61, 0xe2, 0x82]))).toMatch(/not valid UTF-8/);
    expect(refusal(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toMatch(/UTF-16/);
  });

  test('accepted text loses its byte-order mark and Windows line breaks', () => {
    const result = decodeTextFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('a\r\nb\tc\n')]));
    expect(result).toEqual({ ok: true, value: 'a\nb\tc\n' });
  });
});

describe('tokenizeCorpus', () => {
  const options = { tokenizer: 'char' as const, vocabularyCap: 100, seqLen: 4 };

  test('splits one text 90/5/5 in reading order, the vocabulary from the training part', () => {
    const text = 'ab'.repeat(90) + 'xy'.repeat(10); // x and y appear only after the first 90%
    const { vocabulary, splits } = tokenizeCorpus(text, options);
    expect(vocabulary.tokens).toEqual(['\uFFFD', 'a', 'b']);
    expect([splits.train.length, splits.valid.length, splits.test.length]).toEqual([180, 10, 10]);
    expect(vocabulary.decode(splits.train.subarray(0, 4))).toBe('abab');
    expect(vocabulary.decode(splits.valid.subarray(0, 4))).toBe('\uFFFD'.repeat(4));
  });

  test('WikiText’s three files are used as they are', () => {
    const files = {
      train: 'the cat sat .\n'.repeat(5),
      valid: 'a cat sat .\n',
      test: 'the dog .\n',
    };
    const { vocabulary, splits } = tokenizeCorpus(files, {
      ...options,
      tokenizer: 'word',
      seqLen: 3,
    });
    expect(vocabulary.decode(splits.valid)).toBe('<unk> cat sat .\n');
    expect(vocabulary.decode(splits.test)).toBe('the <unk> .\n');
    expect(splits.train).toHaveLength(25);
  });

  test('too few distinct tokens, or a split shorter than one sequence, is an error', () => {
    expect(() => tokenizeCorpus('a'.repeat(500), options)).toThrow(/only 1 distinct token /);
    expect(() => tokenizeCorpus('ab'.repeat(30), options)).toThrow(
      /the valid split has 3 tokens, fewer than one sequence \(T \+ 1 = 5\)/,
    );
  });

  test('the shipped corpus decodes and tokenizes into both vocabularies', () => {
    const bytes = readFileSync(
      new URL(`../../../../public/${SHIPPED_CORPUS.path}`, import.meta.url),
    );
    const text = decodeTextFile(bytes);
    if (!text.ok) throw new Error(text.error);
    expect(text.value).toMatch(/^PRIDE AND PREJUDICE\n/);
    const chars = tokenizeCorpus(text.value, { ...options, seqLen: 35 });
    expect(chars.vocabulary.size).toBeGreaterThan(60);
    expect(chars.vocabulary.size).toBeLessThan(80);
    const words = tokenizeCorpus(text.value, {
      ...options,
      tokenizer: 'word',
      vocabularyCap: 5000,
    });
    expect(words.vocabulary.size).toBe(5000);
    expect(words.vocabulary.tokens.slice(1, 5)).toEqual(['<eos>', ',', '.', 'the']); // a line each
  });
});
