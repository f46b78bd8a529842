/**
 * The versioned run file: everything needed to inspect a run or continue it (config and
 * seed, weights, masks, embedding, metric history), as plain JSON that numpy reads with
 * np.array(run["weights"]["whh"]). Float32 values survive the round trip exactly
 * (float32 → double → shortest decimal → double → float32), except that JSON writes −0 as 0.
 * A stacked network (text) keeps every layer's positions in `embedding.points`, layer after
 * layer ([layers·n, dim]), and a text run lists its tokens by id in `vocabulary`.
 */
import { z } from 'zod';

export const RUN_FORMAT = 'moduli-lab-run';
export const RUN_VERSION = 1;
/**
 * Large enough for n = 2048 with all matrices; larger files are refused before parsing. Here,
 * with the format, so the UI can check a file's size without importing the core's tensors.
 */
export const MAX_RUN_FILE_BYTES = 200 * 1024 * 1024;
export const RUN_FILE_TOO_LARGE = `file: larger than ${MAX_RUN_FILE_BYTES / 1024 / 1024} MB, the limit for run files`;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
/**
 * Tensors are checked by the importer against the shapes the config implies, entry by entry,
 * so a refusal names the tensor, the row and the column; here they are only records by name.
 */
const tensor = z.unknown();

/**
 * A record by parameter name. zod 4's z.record drops an own "__proto__" key without an issue
 * (JSON.parse makes one an own key), so it is refused here, named, before the record is built.
 */
function byName<T extends z.ZodType>(value: T) {
  return z
    .unknown()
    .superRefine((record, ctx) => {
      if (typeof record === 'object' && record !== null && Object.hasOwn(record, '__proto__'))
        ctx.addIssue({
          code: 'custom',
          path: ['__proto__'],
          message: 'not a parameter of this model',
        });
    })
    .pipe(z.record(z.string(), value));
}

export const metricPointSchema = z.strictObject({
  step: z.number().int().min(0),
  epoch: z.number().int().min(0),
  taskLoss: finite,
  penalty: finite,
  totalLoss: finite,
  whhSparsity: z.number().min(0).max(1),
  globalSparsity: z.number().min(0).max(1),
  targetSparsity: z.number().min(0).max(1),
  metric: finite,
});

export const validationPointSchema = z.strictObject({
  step: z.number().int().min(0),
  metric: finite,
  taskLoss: finite,
});

const embeddingDim = z.number().int().min(1).max(16);

export const runFileSchema = z.strictObject({
  format: z.literal(RUN_FORMAT),
  version: z.literal(RUN_VERSION),
  appVersion: z.string().max(50),
  createdAt: z.string().max(50),
  /** Validated separately with the run-config schema, so its messages name config fields. */
  config: z.unknown(),
  step: z.number().int().min(0),
  /** Lottery-ticket retraining: masks fixed, embedding frozen, no pruning. */
  lottery: z.boolean(),
  weights: byName(tensor),
  masks: byName(tensor),
  embedding: z.strictObject({ dim: embeddingDim, points: tensor }),
  /** Adam's moments by variable, so an imported run continues exactly (null: fresh optimizer). */
  optimizer: z
    .strictObject({
      steps: z.number().int().min(0),
      m: byName(tensor),
      v: byName(tensor),
    })
    .nullable(),
  coefficients: z.strictObject({ min: finite, max: finite, mean: finite }).nullable(),
  /** Text runs: token strings by id, what the embedding's and the decoder's rows stand for. */
  vocabulary: z.array(z.string().max(1000)).max(40000).optional(),
  metrics: z.array(metricPointSchema),
  validation: z.array(validationPointSchema),
  topology: z.unknown().optional(),
});
export type RunFile = z.infer<typeof runFileSchema>;

/**
 * The binary run file's run.json: the JSON file without its tensors, which are .npy members
 * (embedding.dim and the optimizer's step count stay here).
 */
export const runMetaSchema = runFileSchema.omit({ weights: true, masks: true }).extend({
  embedding: z.strictObject({ dim: embeddingDim }),
  optimizer: z.strictObject({ steps: z.number().int().min(0) }).nullable(),
});
export type RunMetaFile = z.infer<typeof runMetaSchema>;

/** Row-major Float32Array → nested rows (what numpy and people read). */
export function toRows(data: ArrayLike<number>, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => data[r * cols + c]),
  );
}
