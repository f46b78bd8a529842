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
import { fromRows, RUN_FORMAT, RUN_VERSION, runFileSchema, toRows, type RunFile } from './runFile';

export const APP_VERSION = '0.1.0';
/** Large enough for n = 2048 with all matrices; larger files are refused before parsing. */
export const MAX_RUN_FILE_BYTES = 200 * 1024 * 1024;

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
  if (text.length > MAX_RUN_FILE_BYTES) {
    return {
      ok: false,
      error: `file: larger than ${MAX_RUN_FILE_BYTES / 1024 / 1024} MB, the limit for run files`,
    };
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
  const config = parseRunConfig(file.data.config);
  if (!config.ok) return { ok: false, error: `config.${config.error}` };
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
  refuseUnknownNames(file.weights, shapes, 'weights');
  refuseUnknownNames(file.masks, shapes, 'masks');
  const masks: Record<string, Uint8Array> = {};
  for (const name of weightMatrixNames(network)) {
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
  refuseUnknownNames(saved.m, shapes, 'optimizer.m');
  refuseUnknownNames(saved.v, shapes, 'optimizer.v');
  const read = (values: Record<string, number[] | number[][]>, field: string) =>
    Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, readArray(v, shapes[k], `${field}.${k}`)]),
    );
  return { steps: saved.steps, m: read(saved.m, 'optimizer.m'), v: read(saved.v, 'optimizer.v') };
}

/** Own keys only (a JSON "__proto__" key included) must all be parameters of the model. */
function refuseUnknownNames(record: object, shapes: object, field: string): void {
  const extra = Object.getOwnPropertyNames(record).find((name) => !Object.hasOwn(shapes, name));
  if (extra !== undefined) throw new Error(`${field}.${extra}: not a parameter of this model`);
}

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
