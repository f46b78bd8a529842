/**
 * Malformed weights: non-finite or non-numeric entries, wrong nesting, and matrices of the
 * wrong shape for each parameter (W_hh, W_ih, decoder, encoder, bias).
 */
import {
  filled,
  hiddenUnits as n,
  rows,
  transpose,
  withLiteral,
  type EditableRun,
  type Mutation,
} from './mutation';

const setEntry =
  (name: string, value: unknown, r = 1, c = 1) =>
  (f: EditableRun): void => {
    rows(f, name)[r][c] = value;
  };

const weightValues: Mutation[] = [
  {
    name: 'NaN as a string in W_hh',
    expectedField: 'weights.whh: row 1, column 1: "NaN"',
    mutate: setEntry('whh', 'NaN'),
  },
  {
    name: '1e400 (Infinity once parsed) in W_hh',
    expectedField: 'weights.whh: row 1, column 1: Infinity',
    raw: (v) => withLiteral(v, 'whh', '1e400'),
  },
  {
    name: '-1e400 (-Infinity once parsed) in W_ih',
    expectedField: 'weights.wih: row 0, column 0: -Infinity',
    raw: (v) => withLiteral(v, 'wih', '-1e400', 0, 0),
  },
  {
    name: '1e39 (Infinity as float32) in W_hh',
    expectedField: 'weights.whh: row 1, column 1: 1e+39, expected a finite float32',
    mutate: setEntry('whh', 1e39),
  },
  {
    name: 'null in the decoder',
    expectedField: 'weights.decoder: row 1, column 1: null',
    mutate: setEntry('decoder', null),
  },
  {
    name: 'a numeric string in the encoder',
    expectedField: 'weights.encoder: row 1, column 1: "0.5"',
    mutate: setEntry('encoder', '0.5'),
  },
  { name: 'true in W_hh', expectedField: 'weights.whh', mutate: setEntry('whh', true) },
  { name: 'an object in W_hh', expectedField: 'weights.whh', mutate: setEntry('whh', { v: 1 }) },
  {
    name: 'null in the bias',
    expectedField: 'weights.bias: entry 0: null',
    mutate: (f) => (f.weights.bias[0] = null),
  },
  {
    name: 'nested arrays too deep',
    expectedField: 'weights.whh',
    mutate: (f) => (f.weights.whh = rows(f, 'whh').map((r) => r.map((x) => [x]))),
  },
  {
    name: 'W_hh as an object',
    expectedField: 'weights.whh',
    mutate: (f) => (f.weights.whh = { 0: [1] }),
  },
  {
    name: 'W_hh as a base64 string',
    expectedField: 'weights.whh',
    mutate: (f) => (f.weights.whh = 'AAAAAA=='),
  },
  {
    name: 'weights as an array',
    expectedField: 'weights',
    mutate: (f) => (f.weights = Object.values(f.weights)),
  },
];

const weightShapes: Mutation[] = [
  {
    name: 'ragged rows in W_hh',
    expectedField: 'weights.whh: row 1 has',
    mutate: (f) => rows(f, 'whh')[1].push(0.5),
  },
  {
    name: 'a short row in W_hh',
    expectedField: 'weights.whh: row 2 has',
    mutate: (f) => rows(f, 'whh')[2].pop(),
  },
  { name: 'an empty W_hh', expectedField: 'weights.whh', mutate: (f) => (f.weights.whh = []) },
  {
    name: 'W_hh flattened to a list',
    expectedField: 'weights.whh',
    mutate: (f) => (f.weights.whh = rows(f, 'whh').flat()),
  },
  {
    name: 'wrong n: W_hh (n+1) × (n+1)',
    expectedField: 'weights.whh',
    mutate: (f) => (f.weights.whh = filled(n(f) + 1, n(f) + 1, 0.1)),
  },
  {
    name: 'W_hh n × (n−1)',
    expectedField: 'weights.whh',
    mutate: (f) => (f.weights.whh = filled(n(f), n(f) - 1, 0.1)),
  },
  {
    name: 'W_ih with an extra input column',
    expectedField: 'weights.wih',
    mutate: (f) => rows(f, 'wih').forEach((r) => r.push(0)),
  },
  {
    name: 'W_ih transposed',
    expectedField: 'weights.wih',
    mutate: (f) => (f.weights.wih = transpose(rows(f, 'wih'))),
  },
  {
    name: 'decoder missing a row',
    expectedField: 'weights.decoder',
    mutate: (f) => rows(f, 'decoder').pop(),
  },
  {
    name: 'decoder transposed',
    expectedField: 'weights.decoder',
    mutate: (f) => (f.weights.decoder = transpose(rows(f, 'decoder'))),
  },
  {
    name: 'encoder with an extra place-cell column',
    expectedField: 'weights.encoder',
    mutate: (f) => rows(f, 'encoder').forEach((r) => r.push(0)),
  },
  {
    name: 'encoder transposed',
    expectedField: 'weights.encoder',
    mutate: (f) => (f.weights.encoder = transpose(rows(f, 'encoder'))),
  },
  {
    name: 'bias of length n+1',
    expectedField: 'weights.bias',
    mutate: (f) => f.weights.bias.push(0),
  },
  {
    name: 'bias as a column matrix',
    expectedField: 'weights.bias',
    mutate: (f) => (f.weights.bias = f.weights.bias.map((b: number) => [b])),
  },
  {
    name: 'W_hh and decoder swapped',
    expectedField: 'weights.',
    mutate: (f) => ([f.weights.whh, f.weights.decoder] = [f.weights.decoder, f.weights.whh]),
  },
  { name: 'a missing bias', expectedField: 'weights.bias', mutate: (f) => delete f.weights.bias },
  { name: 'no weights at all', expectedField: 'weights.', mutate: (f) => (f.weights = {}) },
  {
    name: 'an unknown weight whx',
    expectedField: 'weights.whx',
    mutate: (f) => (f.weights.whx = [[1]]),
  },
];

export const weightMutations: Mutation[] = [...weightValues, ...weightShapes];
