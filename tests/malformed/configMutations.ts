/**
 * Malformed settings and history: configs the schema refuses, configs that validate but do
 * not fit the weights, and bad step, lottery, metric, validation and coefficient fields.
 */
import type { EditableRun, Mutation } from './mutation';

/** Sets config.<path> (dotted) to `value`. */
const config =
  (path: string, value: unknown) =>
  (f: EditableRun): void => {
    const keys = path.split('.');
    const last = keys.pop() as string;
    keys.reduce<EditableRun>((o, k) => o[k], f.config)[last] = value;
  };

const refusedConfigs: Mutation[] = [
  {
    name: 'config hidden 0',
    expectedField: 'config.model.hidden',
    mutate: config('model.hidden', 0),
  },
  {
    name: 'config hidden "3"',
    expectedField: 'config.model.hidden',
    mutate: config('model.hidden', '3'),
  },
  {
    name: 'config unknown manifold',
    expectedField: 'config.geometry.manifold',
    mutate: config('geometry.manifold', 'projective'),
  },
  {
    name: 'config trained embedding with the diffusion inhibitor',
    expectedField: 'config.inhibitor.kind',
    mutate: config('inhibitor', { kind: 'diffusion', c: 1, power: 2 }),
  },
  {
    name: 'config trained embedding with the l1 condition',
    expectedField: 'config.geometry.embedding',
    mutate: config('regularizer.condition', 'l1'),
  },
  {
    name: "config task kind 'speech' (no such task)",
    expectedField: 'config.task.kind',
    mutate: config('task', { kind: 'speech', seqLen: 2 }),
  },
  {
    // Refused whether or not the text task is in the schema: its config has no place cells.
    name: "config task kind 'text' with navigation fields",
    expectedField: 'config.task',
    mutate: config('task', { kind: 'text', placeCells: 5, seqLen: 2 }),
  },
  {
    name: 'config σ₂ < σ₁',
    expectedField: 'config.inhibitor.sigma2',
    mutate: config('inhibitor', { kind: 'dog', c: 100, sigma1: 5, sigma2: 1, kappa: 'peak' }),
  },
  { name: 'config seed -1', expectedField: 'config.seed', mutate: config('seed', -1) },
  {
    name: 'config learning rate 5',
    expectedField: 'config.training.learningRate',
    mutate: config('training.learningRate', 5),
  },
  {
    name: 'config exponent 3',
    expectedField: 'config.regularizer.exponent',
    mutate: config('regularizer.exponent', 3),
  },
  {
    name: 'config unknown field',
    expectedField: ['config.model', 'depth'],
    mutate: config('model.depth', 2),
  },
  { name: 'config null', expectedField: 'config', mutate: (f) => (f.config = null) },
  { name: 'config a string', expectedField: 'config', mutate: (f) => (f.config = 'navigation') },
  { name: 'config an array', expectedField: 'config', mutate: (f) => (f.config = [f.config]) },
];

/** Valid configs whose network or embedding is not the one in the file. */
const mismatchedConfigs: Mutation[] = [
  {
    name: 'config hidden n+1, weights of n',
    expectedField: 'weights.',
    mutate: (f) => (f.config.model.hidden += 1),
  },
  {
    name: 'config with one place cell more',
    expectedField: 'weights.',
    mutate: (f) => (f.config.task.placeCells += 1),
  },
  {
    name: 'config without bias, weights with',
    expectedField: 'weights.bias',
    mutate: config('model.bias', false),
  },
  {
    name: 'config adding task, navigation weights',
    expectedField: 'weights.',
    mutate: config('task', { kind: 'adding', seqLen: 2 }),
  },
  {
    name: 'config on the sphere, embedding on the torus',
    expectedField: 'embedding.dim',
    mutate: config('geometry.manifold', 'sphere'),
  },
  {
    name: 'config 6-torus, embedding on the 2-torus',
    expectedField: 'embedding.dim',
    mutate: (f) => Object.assign(f.config.geometry, { manifold: 'ntorus', dimension: 6 }),
  },
  {
    name: 'config with fewer steps than the step reached',
    expectedField: 'step',
    mutate: config('training.epochs', 1),
  },
];

const set =
  (key: string, value: unknown) =>
  (f: EditableRun): void => {
    f[key] = value;
  };

const stepAndLottery: Mutation[] = [
  { name: 'step negative', expectedField: 'step', mutate: set('step', -1) },
  { name: 'step 1.5', expectedField: 'step', mutate: set('step', 1.5) },
  { name: 'step 1e300', expectedField: 'step', mutate: set('step', 1e300) },
  { name: 'step beyond the run', expectedField: 'step', mutate: set('step', 5) },
  { name: "step '3'", expectedField: 'step', mutate: set('step', '3') },
  { name: "lottery 'true'", expectedField: 'lottery', mutate: set('lottery', 'true') },
  { name: 'lottery 1', expectedField: 'lottery', mutate: set('lottery', 1) },
];

/** Sets field `key` of metric point i (or validation point, with `list`). */
const point =
  (i: number, key: string, value: unknown, list = 'metrics') =>
  (f: EditableRun): void => {
    f[list][i][key] = value;
  };

const history: Mutation[] = [
  { name: 'metrics an object', expectedField: 'metrics', mutate: set('metrics', { 0: {} }) },
  {
    name: 'metric taskLoss "NaN"',
    expectedField: 'metrics.0.taskLoss',
    mutate: point(0, 'taskLoss', 'NaN'),
  },
  {
    name: 'metric totalLoss null (JSON of NaN)',
    expectedField: 'metrics.1.totalLoss',
    mutate: point(1, 'totalLoss', null),
  },
  {
    name: 'metric without its metric field',
    expectedField: 'metrics.2.metric',
    mutate: (f) => delete f.metrics[2].metric,
  },
  {
    name: 'metric whhSparsity 1.5',
    expectedField: 'metrics.0.whhSparsity',
    mutate: point(0, 'whhSparsity', 1.5),
  },
  { name: 'metric step -1', expectedField: 'metrics.0.step', mutate: point(0, 'step', -1) },
  { name: 'metric point null', expectedField: 'metrics.1', mutate: (f) => (f.metrics[1] = null) },
  { name: 'validation an object', expectedField: 'validation', mutate: set('validation', {}) },
  { name: "validation 'none'", expectedField: 'validation', mutate: set('validation', 'none') },
  {
    name: 'validation metric null',
    expectedField: 'validation.0.metric',
    mutate: point(0, 'metric', null, 'validation'),
  },
  {
    name: 'validation point with an extra field',
    expectedField: ['validation.0', 'loss'],
    mutate: point(0, 'loss', 1, 'validation'),
  },
  {
    name: 'coefficients min "x"',
    expectedField: 'coefficients',
    mutate: set('coefficients', { min: 'x', max: 1, mean: 0.5 }),
  },
  { name: 'coefficients a number', expectedField: 'coefficients', mutate: set('coefficients', 5) },
];

export const configMutations: Mutation[] = [
  ...refusedConfigs,
  ...mismatchedConfigs,
  ...stepAndLottery,
  ...history,
];
