/**
 * Writing a Trainer to the run file and reading one back into the state a Trainer starts
 * from. Reading checks everything before anything changes: JSON, size, schema, config,
 * and that every array has the shape the config implies. The binary .npz reader
 * (runArchiveReader.ts) shares the checks after its members are read (planRun, finishRun).
 */
import { trainingSteps, type RunConfig } from '../config/schema';
import { formatIssues, parseRunConfig, type Result } from '../config/validate';
import { getManifold } from '../manifolds';
import { layerParam } from '../model/params';
import { createTask } from '../tasks';
import type { AdamState } from '../optim/adam';
import type { Trainer } from '../training/trainer';
import type { RunHistory, TrainerState } from '../training/types';
import {
  MAX_RUN_FILE_BYTES,
  RUN_FILE_TOO_LARGE,
  RUN_VERSION,
  runFileSchema,
  toRows,
  type RunFile,
  type RunMetaFile,
} from './runFile';
import { runLayout, snapshotRun, type RunLayout } from './runSnapshot';
import { fromNested } from './tensorChecks';

export { MAX_RUN_FILE_BYTES } from './runFile';

/** The run file as one JSON object: for small runs and tests (the CLI and the lab stream it). */
export function exportRun(trainer: Trainer, topology?: unknown): RunFile {
  const { meta, weights, masks, positions, dim, optimizer, shapes } = snapshotRun(
    trainer,
    topology,
  );
  const nested = (values: Record<string, Float32Array | Uint8Array>) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toNested(v, shapes[k])]));
  const { vocabulary, metrics, validation, topology: saved, ...head } = meta;
  return {
    ...head,
    weights: nested(weights),
    masks: nested(masks),
    embedding: { dim, points: toRows(positions, positions.length / dim, dim) },
    optimizer: optimizer && {
      steps: optimizer.steps,
      m: nested(optimizer.m),
      v: nested(optimizer.v),
    },
    ...(vocabulary ? { vocabulary } : {}),
    metrics,
    validation,
    ...(saved === undefined ? {} : { topology: saved }),
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
  const version = refuseVersion(json);
  if (version) return version;
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

/** A file of another version, refused before its schema is read. */
export function refuseVersion(json: unknown): { ok: false; error: string } | null {
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== RUN_VERSION) {
    return {
      ok: false,
      error: `version: this lab reads run files of version ${RUN_VERSION}, not ${version}`,
    };
  }
  return null;
}

/** What a run file of this config must hold, by lab name, beside its weights' layout. */
export interface RunPlan extends RunLayout {
  /** [layers·n, dim] */
  positionsShape: [number, number];
  /** Weights and trained positions: the optimizer's variables (moments may be any subset). */
  variableShapes: Record<string, number[]>;
  vocabulary: string[] | undefined;
}

/**
 * The shapes a config implies, after the checks that need no tensor: the vocabulary (text runs
 * only) and the embedding's coordinates.
 */
export function planRun(
  file: Pick<RunMetaFile, 'vocabulary' | 'embedding'>,
  config: RunConfig,
): RunPlan {
  const { vocabulary } = file;
  if ((config.task.kind === 'text') !== (vocabulary !== undefined)) {
    throw new Error(
      vocabulary
        ? 'vocabulary: only text runs have one'
        : 'vocabulary: missing (a text run lists its tokens)',
    );
  }
  const layout = runLayout(createTask(config, { vocabulary }).network, config);
  const dim = getManifold(config.geometry.manifold, config.geometry.dimension).dim;
  if (file.embedding.dim !== dim) {
    throw new Error(
      `embedding.dim: ${file.embedding.dim}, but the ${config.geometry.manifold} has ${dim} coordinates`,
    );
  }
  const positionShapes = Array.from({ length: layout.layers }, (_, k) => [
    layerParam('embedding', k),
    [layout.hidden, dim],
  ]);
  return {
    ...layout,
    positionsShape: [layout.layers * layout.hidden, dim],
    variableShapes: { ...layout.shapes, ...Object.fromEntries(positionShapes) },
    vocabulary,
  };
}

/** The run's arrays, read and shape-checked by either reader. */
export interface RunArrays {
  weights: Record<string, Float32Array>;
  masks: Record<string, Uint8Array>;
  positions: Float32Array;
  optimizer: AdamState | null;
}

/** The last checks (moments, step) and the state a Trainer starts from. */
export function finishRun(
  file: Pick<RunMetaFile, 'step' | 'lottery' | 'metrics' | 'validation' | 'topology'>,
  config: RunConfig,
  plan: RunPlan,
  arrays: RunArrays,
): ImportedRun {
  const { optimizer } = arrays;
  if (optimizer) {
    // A negative v would reach Adam's square root on the first continued step: NaN weights.
    const negative = Object.keys(optimizer.v).find((name) => optimizer.v[name].some((x) => x < 0));
    if (negative !== undefined) {
      throw new Error(
        `optimizer.v.${negative}: negative, but Adam's second moment is a mean of g²`,
      );
    }
  }
  // The stabiliser epochs count: a finished run that had them ends past E × S.
  const totalSteps = trainingSteps(config.training);
  if (file.step > totalSteps)
    throw new Error(`step: ${file.step} is beyond the run's ${totalSteps} steps`);
  return {
    config,
    state: {
      step: file.step,
      lottery: file.lottery,
      weights: arrays.weights,
      masks: arrays.masks,
      embedding: arrays.positions,
      optimizer,
      vocabulary: plan.vocabulary ?? null,
    },
    history: { metrics: file.metrics, validation: file.validation },
    topology: file.topology,
  };
}

function restore(file: RunFile, config: RunConfig): ImportedRun {
  const plan = planRun(file, config);
  const weights: Record<string, Float32Array> = {};
  for (const [name, shape] of Object.entries(plan.shapes)) {
    const value = file.weights[name];
    if (value === undefined) throw new Error(`weights.${name}: missing`);
    weights[name] = fromNested(value, shape, `weights.${name}`, 'float32');
  }
  refuseUnknownNames(file.weights, Object.keys(plan.shapes), 'weights');
  // Only matrices are pruned: a mask for a vector (bias) would be dropped without a word.
  refuseUnknownNames(file.masks, plan.matrices, 'masks', 'not a weight matrix of this model');
  const masks: Record<string, Uint8Array> = {};
  for (const name of plan.matrices) {
    const rows = file.masks[name];
    if (rows === undefined) throw new Error(`masks.${name}: missing`);
    masks[name] = Uint8Array.from(fromNested(rows, plan.shapes[name], `masks.${name}`, 'bits'));
  }
  const positions = fromNested(
    file.embedding.points,
    plan.positionsShape,
    'embedding.points',
    'float32',
  );
  const optimizer = file.optimizer ? readOptimizer(file.optimizer, plan.variableShapes) : null;
  return finishRun(file, config, plan, { weights, masks, positions, optimizer });
}

function toNested(data: Float32Array | Uint8Array, shape: number[]): number[] | number[][] {
  return shape.length === 2 ? toRows(data, shape[0], shape[1]) : Array.from(data);
}

function readOptimizer(
  saved: NonNullable<RunFile['optimizer']>,
  shapes: Record<string, number[]>,
): AdamState {
  refuseUnknownNames(saved.m, Object.keys(shapes), 'optimizer.m');
  refuseUnknownNames(saved.v, Object.keys(shapes), 'optimizer.v');
  const read = (values: Record<string, unknown>, field: string) =>
    Object.fromEntries(
      Object.entries(values).map(([k, v]) => [
        k,
        fromNested(v, shapes[k], `${field}.${k}`, 'float32'),
      ]),
    );
  return { steps: saved.steps, m: read(saved.m, 'optimizer.m'), v: read(saved.v, 'optimizer.v') };
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
