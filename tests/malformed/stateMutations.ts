/**
 * Malformed run state besides the weights: masks that are not 0/1 or do not match their
 * weights, embeddings of the wrong dimension, and Adam moments that do not fit their variables.
 */
import {
  filled,
  hiddenUnits as n,
  transpose,
  type EditableRun,
  type Matrix,
  type Mutation,
} from './mutation';

const maskEntry =
  (value: unknown, name = 'whh') =>
  (f: EditableRun): void => {
    (f.masks[name] as Matrix)[0][1] = value;
  };

const masks: Mutation[] = [
  ...[2, -1, 0.5, true, '1', null].map((value): Mutation => ({
    name: `mask entry ${JSON.stringify(value)}`,
    expectedField: 'masks.whh: row 0, column 1',
    mutate: maskEntry(value),
  })),
  {
    name: 'mask of W_hh missing a row',
    expectedField: 'masks.whh',
    mutate: (f) => f.masks.whh.pop(),
  },
  {
    name: 'mask of W_hh with an extra column',
    expectedField: 'masks.whh',
    mutate: (f) => f.masks.whh.forEach((r: number[]) => r.push(1)),
  },
  {
    name: 'mask of W_ih shaped like W_hh',
    expectedField: 'masks.wih',
    mutate: (f) => (f.masks.wih = filled(n(f), n(f), 1)),
  },
  {
    name: 'mask of the decoder transposed',
    expectedField: 'masks.decoder',
    mutate: (f) => (f.masks.decoder = transpose(f.masks.decoder)),
  },
  {
    name: 'mask of W_hh flattened',
    expectedField: 'masks.whh',
    mutate: (f) => (f.masks.whh = f.masks.whh.flat()),
  },
  {
    name: 'a missing mask (encoder)',
    expectedField: 'masks.encoder: missing',
    mutate: (f) => delete f.masks.encoder,
  },
  {
    name: 'a missing mask (W_hh)',
    expectedField: 'masks.whh: missing',
    mutate: (f) => delete f.masks.whh,
  },
  { name: 'an unknown mask', expectedField: 'masks.whx', mutate: (f) => (f.masks.whx = [[1]]) },
  {
    name: 'a mask for the bias vector',
    expectedField: 'masks.bias',
    mutate: (f) => (f.masks.bias = [[1, 1]]),
  },
];

const embedding: Mutation[] = [
  {
    name: 'embedding dim 3 on the 2-torus',
    expectedField: 'embedding.dim',
    mutate: (f) => (f.embedding.dim = 3),
  },
  { name: 'embedding dim 0', expectedField: 'embedding.dim', mutate: (f) => (f.embedding.dim = 0) },
  {
    name: 'embedding dim 17',
    expectedField: 'embedding.dim',
    mutate: (f) => (f.embedding.dim = 17),
  },
  {
    name: 'embedding dim and points of the sphere (3)',
    expectedField: 'embedding.dim',
    mutate: (f) => {
      f.embedding.dim = 3;
      f.embedding.points.forEach((p: number[]) => p.push(0));
    },
  },
  {
    name: 'embedding points with an extra coordinate',
    expectedField: 'embedding.points',
    mutate: (f) => f.embedding.points.forEach((p: number[]) => p.push(0)),
  },
  {
    name: 'embedding points ragged',
    expectedField: 'embedding.points',
    mutate: (f) => f.embedding.points[1].pop(),
  },
  {
    name: 'embedding with n−1 points',
    expectedField: 'embedding.points',
    mutate: (f) => f.embedding.points.pop(),
  },
  {
    name: 'embedding point "NaN"',
    expectedField: 'embedding.points',
    mutate: (f) => (f.embedding.points[0][0] = 'NaN'),
  },
  {
    name: 'embedding point 1e39 (Infinity as float32)',
    expectedField: 'embedding.points',
    mutate: (f) => (f.embedding.points[0][0] = 1e39),
  },
  {
    name: 'embedding without points',
    expectedField: 'embedding.points',
    mutate: (f) => delete f.embedding.points,
  },
  {
    name: 'embedding as a matrix',
    expectedField: 'embedding',
    mutate: (f) => (f.embedding = f.embedding.points),
  },
];

const optimizer: Mutation[] = [
  {
    name: 'Adam m of W_hh missing a row',
    expectedField: 'optimizer.m.whh',
    mutate: (f) => f.optimizer.m.whh.pop(),
  },
  {
    name: 'Adam v of W_ih transposed',
    expectedField: 'optimizer.v.wih',
    mutate: (f) => (f.optimizer.v.wih = transpose(f.optimizer.v.wih)),
  },
  {
    name: 'Adam m of the embedding with dim 3',
    expectedField: 'optimizer.m.embedding',
    mutate: (f) => f.optimizer.m.embedding.forEach((p: number[]) => p.push(0)),
  },
  {
    name: 'Adam v of the bias as a matrix',
    expectedField: 'optimizer.v.bias',
    mutate: (f) => (f.optimizer.v.bias = [f.optimizer.v.bias]),
  },
  {
    name: 'Adam moment of an unknown variable',
    expectedField: 'optimizer.m.momentum',
    mutate: (f) => (f.optimizer.m.momentum = [1]),
  },
  {
    name: 'an unknown optimizer field (name: sgd)',
    expectedField: ['optimizer', 'name'],
    mutate: (f) => (f.optimizer.name = 'sgd'),
  },
  {
    name: 'Adam steps -1',
    expectedField: 'optimizer.steps',
    mutate: (f) => (f.optimizer.steps = -1),
  },
  {
    name: 'Adam m "NaN"',
    expectedField: 'optimizer.m.whh',
    mutate: (f) => (f.optimizer.m.whh[0][0] = 'NaN'),
  },
  {
    name: 'Adam v negative',
    expectedField: 'optimizer.v.whh',
    mutate: (f) => (f.optimizer.v.whh[0][0] = -1),
  },
  {
    name: 'optimizer as an array',
    expectedField: 'optimizer',
    mutate: (f) => (f.optimizer = [f.optimizer]),
  },
];

export const stateMutations: Mutation[] = [...masks, ...embedding, ...optimizer];
