/**
 * A comparison is the paper's table as a config (docs/science.md §Reproducing the paper): one base
 * run, a few named conditions that each override part of it, crossed with target sparsities and
 * seeds. The schema checks every planned run against the run schema up front, so a typo in one
 * condition is refused before an hour of training, with a message naming the field.
 */
import { z } from 'zod';
import {
  pruningSchema,
  runConfigSchema,
  type RunConfig,
  type RunConfigInput,
} from '../config/schema';
import {
  deepMerge,
  formatIssues,
  isPlainObject,
  parseRunConfig,
  type Result,
} from '../config/validate';

type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
/** Part of a run config; merged over the base key by key (deepMerge). */
export type RunOverride = DeepPartial<RunConfigInput>;

// The seed and sparsity axes accept exactly what a run config accepts.
const seedSchema = runConfigSchema.shape.seed.unwrap();
const sparsitySchema = pruningSchema.shape.targetSparsity.unwrap();
const plainObject = <T>() =>
  z.custom<T>(isPlainObject, { message: 'expected an object of run-config fields' });

export const conditionSchema = z.strictObject({
  label: z.string().trim().min(1).max(40).describe('Column name in the table, e.g. "torus"'),
  override: plainObject<RunOverride>()
    .default({})
    .describe('Run-config fields this condition changes, e.g. {regularizer:{condition:"none"}}'),
});
export type Condition = z.infer<typeof conditionSchema>;

const unique = (xs: readonly unknown[]) => new Set(xs).size === xs.length;

export const comparisonSchema = z
  .strictObject({
    base: plainObject<RunConfigInput>()
      .default({})
      .describe('The run config every condition starts from (its seed and sparsity are replaced)'),
    conditions: z
      .array(conditionSchema)
      .min(1)
      .max(12)
      .refine((cs) => unique(cs.map((c) => c.label)), 'condition labels must differ')
      .describe('Table columns'),
    seeds: z.array(seedSchema).min(1).max(20).refine(unique, 'seeds must differ'),
    targetSparsities: z
      .array(sparsitySchema)
      .min(1)
      .max(8)
      .refine(unique, 'target sparsities must differ')
      .describe('One "p% Sparse" (and "p% Lottery") row pair each'),
    lottery: z.boolean().default(true).describe('Also retrain each run’s lottery ticket'),
  })
  .superRefine((comparison, ctx) => {
    const base = parseRunConfig(comparison.base);
    if (!base.ok) {
      ctx.addIssue({ code: 'custom', path: ['base'], message: base.error });
      return;
    }
    comparison.conditions.forEach(({ label, override }, i) => {
      const path = ['conditions', i, 'override'];
      const pruning = (override as { pruning?: unknown }).pruning;
      if ('seed' in override) {
        ctx.addIssue({ code: 'custom', path: [...path, 'seed'], message: 'set seeds instead' });
      }
      if (isPlainObject(pruning) && 'targetSparsity' in pruning) {
        const message = 'set targetSparsities instead';
        ctx.addIssue({ code: 'custom', path: [...path, 'pruning', 'targetSparsity'], message });
      }
      const run = parseRunConfig(deepMerge(comparison.base, override));
      if (!run.ok) {
        ctx.addIssue({ code: 'custom', path, message: `'${label}': ${run.error}` });
      } else if (run.value.task.kind !== base.value.task.kind) {
        const message = `'${label}' runs ${run.value.task.kind}, the base ${base.value.task.kind}: a table compares one metric`;
        ctx.addIssue({ code: 'custom', path: [...path, 'task'], message });
      }
    });
  });
export type ComparisonConfig = z.infer<typeof comparisonSchema>;
export type ComparisonConfigInput = z.input<typeof comparisonSchema>;

export function parseComparisonConfig(input: unknown): Result<ComparisonConfig> {
  const parsed = comparisonSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: formatIssues(parsed.error) };
  return { ok: true, value: parsed.data };
}

/** Throws an Error with the field-naming message; for the CLI and presets. */
export function comparisonConfig(input: unknown): ComparisonConfig {
  const result = parseComparisonConfig(input);
  if (!result.ok) throw new Error(`Invalid comparison config: ${result.error}`);
  return result.value;
}

/** One planned run: a table cell's sample (condition × sparsity × seed). */
export interface RunSpec {
  /** Unique within the plan, readable: "torus/90%/seed 1". */
  id: string;
  condition: string;
  seed: number;
  sparsity: number;
  /** Whether its lottery ticket is trained too. */
  lottery: boolean;
  config: RunConfig;
}

/** 0.9 → "90%", 0.999 → "99.9%": the paper's row labels. */
export const percent = (p: number) => `${Number((100 * p).toFixed(1))}%`;

/**
 * Every run of the comparison, fully validated. Ordered seed-major (all conditions and
 * sparsities for the first seed, then the next seed) so that a comparison cancelled halfway
 * already has a value in every cell of the table.
 */
export function planComparison(comparison: ComparisonConfig): RunSpec[] {
  const plan: RunSpec[] = [];
  for (const seed of comparison.seeds) {
    for (const sparsity of comparison.targetSparsities) {
      for (const { label, override } of comparison.conditions) {
        const axes = { seed, pruning: { targetSparsity: sparsity } };
        const config = parseRunConfig(deepMerge(deepMerge(comparison.base, override), axes));
        // The schema checked each condition with the base's seed and sparsity, and the
        // axes have the run schema's own ranges, so this is a bug if it ever happens.
        if (!config.ok) throw new Error(`planComparison: ${label}: ${config.error}`);
        plan.push({
          id: `${label}/${percent(sparsity)}/seed ${seed}`,
          condition: label,
          seed,
          sparsity,
          lottery: comparison.lottery,
          config: config.value,
        });
      }
    }
  }
  return plan;
}
