/**
 * What one malformed run file is: a named edit of a valid exported run, and the field the
 * refusal must name. Kept apart from the lists so they can share the helpers below.
 */

/**
 * The run file as JSON.parse returns it. A malformed file can hold anything anywhere, and the
 * edits write wrong types on purpose, so the fields are untyped.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: any JSON at all
export type EditableRun = Record<string, any>;

interface MutationBase {
  name: string;
  /** The refusal message must contain this (or each of these): the field it names. */
  expectedField: string | readonly string[];
  /** Its text is over the size cap (200 MB): build it only where the cap is the point. */
  large?: boolean;
}

/** Edits a fresh copy of the valid file in place. */
export interface EditMutation extends MutationBase {
  mutate(file: EditableRun): void;
}

/** Rewrites the valid file's text (for what JSON.stringify cannot produce). */
export interface TextMutation extends MutationBase {
  raw(valid: string): string;
}

export type Mutation = EditMutation | TextMutation;

export const expectedParts = (m: Pick<Mutation, 'expectedField'>): readonly string[] =>
  typeof m.expectedField === 'string' ? [m.expectedField] : m.expectedField;

export type Matrix = unknown[][];

/** n, the number of recurrent units, as the file's config says. */
export const hiddenUnits = (file: EditableRun): number => file.config.model.hidden;

/** weights.<name> as rows. */
export const rows = (file: EditableRun, name: string): Matrix => file.weights[name] as Matrix;

/** A rows × cols matrix of `value`. */
export const filled = (rowCount: number, cols: number, value: unknown): Matrix =>
  Array.from({ length: rowCount }, () => Array.from({ length: cols }, () => value));

export const transpose = (m: Matrix): Matrix => m[0].map((_, c) => m.map((row) => row[c]));

/** A deterministic byte stream (xorshift32), for the binary-garbage file. */
export function garbage(length: number, seed = 0x9e3779b9): string {
  let x = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += String.fromCharCode(x & 0xff);
  }
  return out;
}

/** A number JSON.stringify writes as itself, to be swapped for a literal it cannot write. */
const SENTINEL = 123456.75;

/**
 * The valid text with entry [r][c] of weights.<name> replaced by `literal` (1e400, say, which
 * JSON.parse reads as Infinity but JSON.stringify can never produce).
 */
export function withLiteral(valid: string, name: string, literal: string, r = 1, c = 1): string {
  const file = JSON.parse(valid) as EditableRun;
  rows(file, name)[r][c] = SENTINEL;
  const text = JSON.stringify(file);
  if (text.split(String(SENTINEL)).length !== 2) throw new Error('sentinel not unique');
  return text.replace(String(SENTINEL), literal);
}
