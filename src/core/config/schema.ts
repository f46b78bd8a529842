/**
 * The one truth about a run's settings: defaults, ranges and error messages for the UI
 * controls, the CLI flags, the URL and the run JSON all come from this zod schema.
 */
import { z } from 'zod';
import { trainedEmbeddingRefusal } from '../inhibitors';
import { dogSchema, inhibitorSchema } from './inhibitorSchema';
import { int, num } from './ranges';

// The inhibitors' own schemas live apart, so src/core/inhibitors can read their types without
// importing this module, which imports the inhibitors (for the trained-embedding rule).
export {
  diffusionSchema,
  dogSchema,
  inhibitorSchema,
  rickerSchema,
  sinusoidSchema,
  type InhibitorConfig,
  type InhibitorKind,
} from './inhibitorSchema';

export const navigationTaskSchema = z.strictObject({
  kind: z.literal('navigation'),
  placeCells: int(4, 4096).default(512).describe('Number of place cells Np (paper: 512)'),
  placeCellWidthMeters: num(0.01, 1).default(0.12).describe('Place-cell width σ in metres'),
  boxMeters: num(0.5, 10).default(2.2).describe('Side of the square arena in metres'),
  seqLen: int(1, 500).default(20).describe('Trajectory length T in steps of 0.02 s'),
  placeCellDraw: z
    .enum(['perSeed', 'fixed'])
    .default('perSeed')
    .describe(
      'perSeed: place-cell centres drawn from the run’s seed; fixed: the same centres for every run (drawn from seed 0, as the authors’ code)',
    ),
});

export const addingTaskSchema = z.strictObject({
  kind: z.literal('adding'),
  seqLen: int(2, 1000).default(50).describe('Sequence length T'),
});

/**
 * The paper's NLP experiment at browser scale (docs/science.md §Text): next-token prediction on a
 * corpus that is not part of the config (the shipped one, or the user's file, passed to the Trainer
 * beside it), embedding → 1–3 stacked tanh layers → decoder.
 */
export const textTaskSchema = z.strictObject({
  kind: z.literal('text'),
  tokenizer: z
    .enum(['char', 'word'])
    .default('char')
    .describe('char: one token per character; word: words and punctuation marks, one per token'),
  vocabularyCap: int(2, 40000)
    .default(10000)
    .describe('Largest vocabulary, <unk> included; rarer tokens become <unk> (WikiText-2: 33,278)'),
  seqLen: int(2, 500).default(35).describe('Backprop-through-time length T in tokens (paper: 35)'),
  layers: int(1, 3)
    .default(1)
    .describe('Stacked recurrent layers, each W_hh with its own moduli penalty (paper: 3)'),
  embeddingSize: int(2, 1024)
    .default(64)
    .describe('Size of the learned token embedding (not the moduli embedding; paper: 650)'),
  corpus: z
    .enum(['shipped', 'custom'])
    .default('shipped')
    .describe('shipped: Pride and Prejudice (public domain); custom: your own .txt or WikiText-2'),
});

export const taskSchema = z
  .discriminatedUnion('kind', [navigationTaskSchema, addingTaskSchema, textTaskSchema])
  .describe('The problem the network learns: path integration, the adding problem or text');
export type TaskConfig = z.infer<typeof taskSchema>;
export type TaskKind = TaskConfig['kind'];
export type TextTaskConfig = z.infer<typeof textTaskSchema>;

/** Recurrent layers of a task's network: only the text task stacks them. */
export function recurrentLayers(task: TaskConfig): number {
  return 'layers' in task ? task.layers : 1;
}

export const manifoldIds = ['circle', 'sphere', 'torus', 'ntorus', 'klein', 'euclidean'] as const;
export type ManifoldId = (typeof manifoldIds)[number];

export const geometrySchema = z.strictObject({
  manifold: z.enum(manifoldIds).default('torus').describe('Space the hidden units live on'),
  dimension: int(1, 16)
    .default(6)
    .describe('Dimension of the n-torus or of Rᵏ (ignored by the other manifolds)'),
  embedding: z
    .enum(['fixed', 'trained'])
    .default('fixed')
    .describe('Fixed: positions sampled once. Trained: positions learned with the weights'),
  embeddingLearningRate: num(0, 1)
    .nullable()
    .default(null)
    .describe('Separate learning rate for trained positions (null: same as the weights)'),
  embeddingWeightDecay: z
    .boolean()
    .default(false)
    .describe(
      'AdamW’s weight decay also on trained positions, shrinking them toward the origin (authors’ code: on)',
    ),
  embeddingGradientDecay: num(0.5, 1)
    .default(1)
    .describe(
      'Trained positions: their gradient is scaled by this factor to the power of the epoch (authors’ adding problem: 0.99; 1: off)',
    ),
});

export const regularizerSchema = z.strictObject({
  condition: z
    .enum(['moduli', 'shuffled', 'l1', 'none'])
    .default('moduli')
    .describe('moduli: geometric; shuffled: same values, geometry destroyed; l1: all ones'),
  lambda: num(0, 1e4).default(0.1).describe('Penalty weight λ'),
  exponent: z
    .union([z.literal(1), z.literal(2)])
    .default(1)
    .describe('ℓ in |W|^ℓ'),
  lotteryPenalty: z
    .enum(['same', 'redrawn'])
    .default('same')
    .describe(
      'Lottery ticket’s penalty: same: the sparse run’s coefficient matrix (paper); redrawn: a new embedding and shuffle (authors’ code)',
    ),
  extraL1: z
    .boolean()
    .default(false)
    .describe(
      'Text task: also λ·mean|W| on every W_ih, the token embedding and the decoder (authors’ word example)',
    ),
});

export const pruningSchema = z.strictObject({
  targetSparsity: num(0, 0.999)
    .default(0.9)
    .describe('Fraction of weights removed by the last epoch'),
  scope: z
    .enum(['global', 'perMatrix', 'whh'])
    .default('whh')
    .describe(
      'global: one threshold over all matrices; perMatrix: each to the same fraction; whh: W_hh only',
    ),
});

export const modelSchema = z.strictObject({
  hidden: int(2, 4096).default(256).describe('Number of recurrent units n'),
  activation: z.enum(['relu', 'tanh']).default('relu').describe('Nonlinearity s'),
  bias: z.boolean().default(false).describe('Bias b in the recurrent layer (and read-out)'),
});

export const trainingSchema = z.strictObject({
  optimizer: z.enum(['adam', 'adamw']).default('adamw').describe('Adam or AdamW'),
  learningRate: num(1e-7, 1).default(3e-3).describe('Learning rate'),
  weightDecay: num(0, 1).default(0.01).describe('AdamW decoupled weight decay'),
  batch: int(1, 1024).default(64).describe('Batch size'),
  epochs: int(1, 1000).default(10).describe('Epochs E (the pruning schedule steps once per epoch)'),
  stepsPerEpoch: int(1, 100000).default(300).describe('Training steps S per epoch'),
  clipNorm: num(0, 1e6)
    .default(0)
    .describe('Global gradient-norm clip over the unpruned entries (0: off)'),
  stabiliserEpochs: int(0, 100)
    .default(0)
    .describe(
      'Extra epochs after the last at its sparsity, trained positions frozen (authors’ adding problem: 3)',
    ),
  validationBatches: int(1, 100).default(5).describe('Fresh batches for validation'),
});
export type TrainingConfig = z.infer<typeof trainingSchema>;

/** Steps a run trains: E epochs and the stabiliser epochs after them, S steps each. */
export function trainingSteps(training: TrainingConfig): number {
  return (training.epochs + training.stabiliserEpochs) * training.stepsPerEpoch;
}

const runConfigObject = z.strictObject({
  task: taskSchema.default({
    kind: 'navigation',
    placeCells: 512,
    placeCellWidthMeters: 0.12,
    boxMeters: 2.2,
    seqLen: 20,
    placeCellDraw: 'perSeed',
  }),
  model: modelSchema.default(modelSchema.parse({})),
  geometry: geometrySchema.default(geometrySchema.parse({})),
  inhibitor: inhibitorSchema.default(dogSchema.parse({ kind: 'dog' })),
  regularizer: regularizerSchema.default(regularizerSchema.parse({})),
  pruning: pruningSchema.default(pruningSchema.parse({})),
  training: trainingSchema.default(trainingSchema.parse({})),
  seed: int(0, 2 ** 31 - 1)
    .default(1)
    .describe('Seed for data, weights, embedding and shuffles'),
});

/** Cross-field rules: what a trained embedding needs (docs/science.md §Trained embeddings). */
export const runConfigSchema = runConfigObject.superRefine((config, ctx) => {
  if (config.geometry.embedding !== 'trained') return;
  const refusal = trainedEmbeddingRefusal(config.inhibitor);
  if (refusal) ctx.addIssue({ code: 'custom', path: ['inhibitor', 'kind'], message: refusal });
  if (config.regularizer.condition !== 'moduli') {
    ctx.addIssue({
      code: 'custom',
      path: ['geometry', 'embedding'],
      message: `trained embeddings need the moduli condition (positions only matter through the geometric penalty), not '${config.regularizer.condition}'`,
    });
  }
});
export type RunConfig = z.infer<typeof runConfigSchema>;
export type RunConfigInput = z.input<typeof runConfigSchema>;
