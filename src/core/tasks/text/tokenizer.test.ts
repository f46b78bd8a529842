import { describe, expect, test } from 'vitest';
import { forEachToken, Vocabulary, type TokenizerKind } from './tokenizer';

const tokens = (kind: TokenizerKind, text: string) => {
  const out: string[] = [];
  forEachToken(kind, text, (t) => out.push(t));
  return out;
};

/** The vocabulary of a text, as the corpus builds it: by frequency, capped. */
function vocabularyOf(kind: TokenizerKind, text: string, cap = 1000): Vocabulary {
  const counts = new Map<string, number>();
  forEachToken(kind, text, (t) => counts.set(t, (counts.get(t) ?? 0) + 1));
  return Vocabulary.fromCounts(kind, counts, cap);
}

describe('char tokenizer', () => {
  test('round trip: decode(encode(text)) is the text, line breaks and non-ASCII included', () => {
    const text = 'It is a truth universally acknowledged,\nthat a single man — 𝔪 — café.\n';
    const vocabulary = vocabularyOf('char', text);
    expect(vocabulary.decode(vocabulary.encode(text))).toBe(text);
    expect(vocabulary.encode('𝔪')).toHaveLength(1); // a code point, not two UTF-16 halves
  });

  test('token 0 is the unknown token; characters beyond the cap decode as U+FFFD', () => {
    const vocabulary = vocabularyOf('char', 'aaaabbbc', 3); // <unk>, a, b
    expect(vocabulary.tokens).toEqual(['\uFFFD', 'a', 'b']);
    expect(Array.from(vocabulary.encode('abcz'))).toEqual([1, 2, 0, 0]);
    expect(vocabulary.decode(vocabulary.encode('abcz'))).toBe('ab\uFFFD\uFFFD');
  });

  test('ties in frequency keep the order of first appearance', () => {
    expect(vocabularyOf('char', 'cabbac').tokens).toEqual(['\uFFFD', 'c', 'a', 'b']);
  });
});

describe('word tokenizer', () => {
  test('splits punctuation off word ends, keeps it inside words, marks line ends with <eos>', () => {
    const text = '"My dear Mr. Bennet," said his lady\'s friend.\nYes';
    const expected = '" My dear Mr . Bennet , " said his lady\'s friend . <eos> Yes';
    expect(tokens('word', text)).toEqual(expected.split(' '));
  });

  test('WikiText-2 tokens stay as they are: @-@, <unk>, numbers with separators', () => {
    const line = ' = Valkyria <unk> = \n the 1 @,@ 000 @-@ year war , in 2011 .\n';
    const expected = '= Valkyria <unk> = <eos> the 1 @,@ 000 @-@ year war , in 2011 . <eos>';
    expect(tokens('word', line)).toEqual(expected.split(' '));
  });

  test('round trip on normalised text; encode(decode(ids)) = ids for any ids', () => {
    const text = 'the cat sat on the mat .\nthe dog sat .\n';
    const vocabulary = vocabularyOf('word', text);
    expect(vocabulary.decode(vocabulary.encode(text))).toBe(text);
    const ids = vocabulary.encode('the mat sat on the dog .\n\ncat');
    expect(Array.from(vocabulary.encode(vocabulary.decode(ids)))).toEqual(Array.from(ids));
  });

  test('rare words and a literal <unk> map to id 0 and decode as <unk>', () => {
    const vocabulary = vocabularyOf('word', 'a a a b b c', 3); // <unk>, a, b
    expect(vocabulary.tokens).toEqual(['<unk>', 'a', 'b']);
    expect(Array.from(vocabulary.encode('a c <unk> zebra b'))).toEqual([1, 0, 0, 0, 2]);
    expect(vocabulary.decode(vocabulary.encode('a c b'))).toBe('a <unk> b');
  });
});

describe('Vocabulary from a run file', () => {
  test('refuses a list without the unknown token first, or with a token twice', () => {
    expect(() => new Vocabulary('word', ['a', '<unk>'])).toThrow(/^vocabulary: the first token/);
    expect(() => new Vocabulary('char', ['\uFFFD', 'a', 'a'])).toThrow(/^vocabulary: .*twice/);
  });
});
