/**
 * Writing a Trainer to the run file and reading one back into the state a Trainer starts
 * from. Reading checks everything before anything changes: JSON, size, schema, config,
 * and that every array has the shape the config implies.
 */
import { recurrentLayers, type RunConfig } from '../config/schema';
import { formatIssues, parseRunConfig, type Result } from '../config/validate';
import { getManifold } from '../manifolds';
import { paramShapes, weightMatrixNames } from '../model/network';
import { layerParam } from '../model/params';
import { createTask } from '../tasks';
import type { AdamState } from '../optim/adam';
import type { RunHistory, Trainer, TrainerState } from '../training/trainer';
import {
  fromRows,
  MAX_RUN_FILE_BYTES,
  RUN_FILE_TOO_LARGE,
  RUN_FORMAT,
  RUN_VERSION,
  runFileSchema,
  toRows,
  type RunFile,
} from './runFile';

export { MAX_RUN_FILE_BYTES } from './runFile';
export const APP_VERSION = '0.1.0';

export function exportRun(trainer: Trainer, topology?: unknown): RunFile {
  const shapes = paramShapes(trainer.task.network);
  const values = trainer.weightValues();
  const weights: RunFile['weights'] = {};
  for (const [name, shape] of Object.entries(shapes)) weights[name] = toNested(values[name], shape);
  const masks: RunFile['masks'] = {};
  for (const name of trainer.masks.names) {
    const [rows, cols] = shapes[name];
    masks[name] = toRows(trainer.masks.mask(name), rows, cols ?? 1) as (0 | 1)[][];
  }
  const { dim } = trainer.regularization.manifold;
  const rows = trainer.regularization.layers * trainer.config.model.hidden;
  const variableShapes = trainer.variableShapes();
  const adam = trainer.optimizerState();
  const asArrays = (values: Record<string, Float32Array>) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toNested(v, variableShapes[k])]));
  return {
    format: RUN_FORMAT,
    version: RUN_VERSION,
    appVersion: APP_VERSION,
    createdAt: new Date().toISOString(),
    config: trainer.config,
    step: trainer.step,
    lottery: trainer.lottery,
    weights,
    masks,
    embedding: { dim, points: toRows(trainer.regularization.allPositions(), rows, dim) },
    optimizer: { steps: adam.steps, m: asArrays(adam.m), v: asArrays(adam.v) },
    coefficients: trainer.regularization.coefficientSummary(),
    ...(trainer.task.vocabulary ? { vocabulary: [...trainer.task.vocabulary] } : {}),
    metrics: trainer.history.metrics,
    validation: trainer.history.validation,
    ...(topology === undefined ? {} : { topology }),
  };
}

export interface ImportedRun {
  config: RunConfig;
  state: TrainerState;
  history: RunHistory;
  topology?: unknown;
}

export function importRun(text: string): Result<ImportedRun> {
  // The cap is in UTF-8 bytes, as File.size counts; every UTF-16 unit is at least one byte,
  // so a text over the cap in units is refused without counting.
  if (text.length > MAX_RUN_FILE_BYTES || utf8Bytes(text) > MAX_RUN_FILE_BYTES) {
    return { ok: false, error: RUN_FILE_TOO_LARGE };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `file: not valid JSON (${(e as Error).message})` };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== RUN_VERSION) {
    return {
      ok: false,
      error: `version: this lab reads run files of version ${RUN_VERSION}, not ${version}`,
    };
  }
  const file = runFileSchema.safeParse(json);
  if (!file.success) return { ok: false, error: formatIssues(file.error, '', 'file') };
  const config = parseRunConfig(file.data.config, 'config');
  if (!config.ok) return config;
  try {
    return { ok: true, value: restore(file.data, config.value) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

function restore(file: RunFile, config: RunConfig): ImportedRun {
  const { vocabulary } = file;
  if ((config.task.kind === 'text') !== (vocabulary !== undefined)) {
    throw new Error(
      vocabulary
        ? 'vocabulary: only text runs have one'
        : 'vocabulary: missing (a text run lists its tokens)',
    );
  }
  const network = createTask(config, { vocabulary }).network;
  const shapes = paramShapes(network);
  const weights: Record<string, Float32Array> = {};
  for (const [name, shape] of Object.entries(shapes)) {
    const value = file.weights[name];
    if (value === undefined) throw new Error(`weights.${name}: missing`);
    weights[name] = readArray(value, shape, `weights.${name}`);
  }
  refuseUnknownNames(file.weights, Object.keys(shapes), 'weights');
  // Only matrices are pruned: a mask for a vector (bias) would be dropped without a word.
  const matrixNames = weightMatrixNames(network);
  refuseUnknownNames(file.masks, matrixNames, 'masks', 'not a weight matrix of this model');
  const masks: Record<string, Uint8Array> = {};
  for (const name of matrixNames) {
    const rows = file.masks[name];
    if (!rows) throw new Error(`masks.${name}: missing`);
    const [r, c] = shapes[name];
    masks[name] = Uint8Array.from(readArray(rows, [r, c ?? 1], `masks.${name}`));
  }
  const dim = getManifold(config.geometry.manifold, config.geometry.dimension).dim;
  if (file.embedding.dim !== dim) {
    throw new Error(
      `embedding.dim: ${file.embedding.dim}, but the ${config.geometry.manifold} has ${dim} coordinates`,
    );
  }
  const layers = recurrentLayers(config.task);
  const n = config.model.hidden;
  const embedding = readArray(file.embedding.points, [layers * n, dim], 'embedding.points');
  const positionShapes = Array.from({ length: layers }, (_, k) => [
    layerParam('embedding', k),
    [n, dim],
  ]);
  const optimizer = file.optimizer
    ? readOptimizer(file.optimizer, { ...shapes, ...Object.fromEntries(positionShapes) })
    : null;
  const totalSteps = config.training.epochs * config.training.stepsPerEpoch;
  if (file.step > totalSteps)
    throw new Error(`step: ${file.step} is beyond the run's ${totalSteps} steps`);
  return {
    config,
    state: {
      step: file.step,
      lottery: file.lottery,
      weights,
      masks,
      embedding,
      optimizer,
      vocabulary: vocabulary ?? null,
    },
    history: { metrics: file.metrics, validation: file.validation },
    topology: file.topology,
  };
}

function toNested(data: Float32Array, shape: number[]): number[] | number[][] {
  return shape.length === 2 ? toRows(data, shape[0], shape[1]) : Array.from(data);
}

function readOptimizer(
  saved: NonNullable<RunFile['optimizer']>,
  shapes: Record<string, number[]>,
): AdamState {
  refuseUnknownNames(saved.m, Object.keys(shapes), 'optimizer.m');
  refuseUnknownNames(saved.v, Object.keys(shapes), 'optimizer.v');
  const read = (values: Record<string, number[] | number[][]>, field: string) =>
    Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, readArray(v, shapes[k], `${field}.${k}`)]),
    );
  const v = read(saved.v, 'optimizer.v');
  // A negative v would reach Adam's square root on the first continued step: NaN weights.
  const negative = Object.keys(v).find((name) => v[name].some((x) => x < 0));
  if (negative !== undefined) {
    throw new Error(`optimizer.v.${negative}: negative, but Adam's second moment is a mean of g²`);
  }
  return { steps: saved.steps, m: read(saved.m, 'optimizer.m'), v };
}

/** Own keys only (a JSON "__proto__" key included) must all be names in `known`. */
function refuseUnknownNames(
  record: object,
  known: readonly string[],
  field: string,
  what = 'not a parameter of this model',
): void {
  const extra = Object.getOwnPropertyNames(record).find((name) => !known.includes(name));
  if (extra !== undefined) throw new Error(`${field}.${extra}: ${what}`);
}

/** The text's size in UTF-8, as File.size counts the file it came from (lone surrogates: 3). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit < 0xdc00;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit < 0xe000;

function readArray(value: number[] | number[][], shape: number[], field: string): Float32Array {
  const [rows, cols] = shape;
  if (shape.length === 1) {
    if (!value.every((v) => typeof v === 'number'))
      throw new Error(`${field}: expected a flat list of numbers`);
    if (value.length !== rows)
      throw new Error(`${field}: has ${value.length} entries, expected ${rows}`);
    return Float32Array.from(value as number[]);
  }
  if (!value.every(Array.isArray))
    throw new Error(`${field}: expected ${rows} rows of ${cols} numbers`);
  if (value.length !== rows)
    throw new Error(`${field}: has ${value.length} rows, expected ${rows}`);
  return fromRows(value as number[][], cols, field);
}
