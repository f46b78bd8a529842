/**
 * The one table of what the schema cannot say about a run setting: its CLI flag, its short
 * label in the lab, the group it sits in (in this order), and when it applies beyond its
 * union branch. Types, choices, ranges and explanations come from the schema (schemaFields);
 * a schema field without a row here still gets a flag and a control, named after its key.
 */
import { manifoldTakesDimension } from '../manifolds';
import type { RunConfig } from './schema';
import { onBranch, schemaFields, type SchemaField } from './schemaFields';
import { deepMerge, type Result } from './validate';

export const settingGroups = [
  'Task',
  'Geometry',
  'Regularization',
  'Pruning',
  'Model',
  'Optimizer',
  'Seed',
] as const;
export type SettingGroup = (typeof settingGroups)[number];

export interface SettingMeta {
  /** The CLI flag, without its dashes. */
  flag: string;
  /** The control's label in the lab. */
  label: string;
  group: SettingGroup;
  /** When the field matters, beyond being on its task's or inhibitor's branch. */
  when?: (config: RunConfig) => boolean;
}

const trained = (c: RunConfig) => c.geometry.embedding === 'trained';

/** By schema path; the order of the rows is the order of the controls and of the CLI help. */
export const settingMeta: Record<string, SettingMeta> = {
  'task.kind': { flag: 'task', label: 'task', group: 'Task' },
  'task.seqLen': { flag: 'seq-len', label: 'sequence length T', group: 'Task' },
  'task.placeCells': { flag: 'place-cells', label: 'place cells Np', group: 'Task' },
  'task.placeCellWidthMeters': {
    flag: 'place-cell-width',
    label: 'place-cell σ (m)',
    group: 'Task',
  },
  'task.boxMeters': { flag: 'box', label: 'box side (m)', group: 'Task' },
  'task.placeCellDraw': { flag: 'place-cell-draw', label: 'place-cell draw', group: 'Task' },
  'task.corpus': { flag: 'corpus', label: 'corpus', group: 'Task' },
  'task.tokenizer': { flag: 'tokenizer', label: 'tokenizer', group: 'Task' },
  'task.vocabularyCap': { flag: 'vocabulary-cap', label: 'vocabulary cap', group: 'Task' },
  'task.layers': { flag: 'layers', label: 'layers', group: 'Task' },
  'task.embeddingSize': { flag: 'embedding-size', label: 'token embedding', group: 'Task' },
  'geometry.manifold': { flag: 'manifold', label: 'manifold', group: 'Geometry' },
  'geometry.dimension': {
    flag: 'dimension',
    label: 'dimension',
    group: 'Geometry',
    when: (c) => manifoldTakesDimension(c.geometry.manifold),
  },
  'geometry.embedding': { flag: 'embedding', label: 'embedding', group: 'Geometry' },
  'geometry.embeddingLearningRate': {
    flag: 'embedding-lr',
    label: 'embedding lr',
    group: 'Geometry',
    when: trained,
  },
  'geometry.embeddingWeightDecay': {
    flag: 'embedding-weight-decay',
    label: 'embedding decay',
    group: 'Geometry',
    when: trained,
  },
  'geometry.embeddingGradientDecay': {
    flag: 'embedding-gradient-decay',
    label: 'embedding grad decay',
    group: 'Geometry',
    when: trained,
  },
  'inhibitor.kind': { flag: 'inhibitor', label: 'inhibitor', group: 'Geometry' },
  'inhibitor.c': { flag: 'c', label: 'c', group: 'Geometry' },
  'inhibitor.sigma1': { flag: 'sigma1', label: 'σ₁', group: 'Geometry' },
  'inhibitor.sigma2': { flag: 'sigma2', label: 'σ₂', group: 'Geometry' },
  'inhibitor.kappa': { flag: 'kappa', label: 'κ', group: 'Geometry' },
  'inhibitor.sigma': { flag: 'sigma', label: 'σ', group: 'Geometry' },
  'inhibitor.power': { flag: 'power', label: 'power n', group: 'Geometry' },
  'inhibitor.mu': { flag: 'mu', label: 'μ', group: 'Geometry' },
  'regularizer.condition': { flag: 'condition', label: 'condition', group: 'Regularization' },
  'regularizer.lambda': { flag: 'lambda', label: 'λ', group: 'Regularization' },
  'regularizer.exponent': { flag: 'exponent', label: 'ℓ', group: 'Regularization' },
  'regularizer.lotteryPenalty': {
    flag: 'lottery-penalty',
    label: 'lottery penalty',
    group: 'Regularization',
  },
  'regularizer.extraL1': {
    flag: 'extra-l1',
    label: 'extra L1',
    group: 'Regularization',
    when: (c) => c.task.kind === 'text',
  },
  'pruning.targetSparsity': { flag: 'sparsity', label: 'target sparsity', group: 'Pruning' },
  'pruning.scope': { flag: 'scope', label: 'scope', group: 'Pruning' },
  'model.hidden': { flag: 'hidden', label: 'hidden units n', group: 'Model' },
  'model.activation': { flag: 'activation', label: 'activation', group: 'Model' },
  'model.bias': { flag: 'bias', label: 'bias', group: 'Model' },
  'training.optimizer': { flag: 'optimizer', label: 'optimizer', group: 'Optimizer' },
  'training.learningRate': { flag: 'lr', label: 'learning rate', group: 'Optimizer' },
  'training.weightDecay': {
    flag: 'weight-decay',
    label: 'weight decay',
    group: 'Optimizer',
    when: (c) => c.training.optimizer === 'adamw',
  },
  'training.batch': { flag: 'batch', label: 'batch', group: 'Optimizer' },
  'training.epochs': { flag: 'epochs', label: 'epochs E', group: 'Optimizer' },
  'training.stepsPerEpoch': { flag: 'steps', label: 'steps / epoch S', group: 'Optimizer' },
  'training.clipNorm': { flag: 'clip', label: 'grad clip', group: 'Optimizer' },
  'training.stabiliserEpochs': {
    flag: 'stabiliser-epochs',
    label: 'stabiliser epochs',
    group: 'Optimizer',
  },
  'training.validationBatches': {
    flag: 'validation-batches',
    label: 'validation batches',
    group: 'Optimizer',
  },
  seed: { flag: 'seed', label: 'seed', group: 'Seed' },
};

/** A schema field with its row: everything a flag or a control needs. */
export interface Setting extends SettingMeta {
  field: SchemaField;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const groupOf = (path: string): SettingGroup =>
  settingGroups.find((g) => g.toLowerCase() === path.split('.')[0]) ?? 'Optimizer';

/** A field the table does not list yet: a flag and a label from its last key. */
function fallbackMeta(path: string): SettingMeta {
  const key = path.split('.').at(-1)!;
  return { flag: kebab(key), label: key, group: groupOf(path) };
}

function buildSettings(): Setting[] {
  const order = Object.keys(settingMeta);
  const rank = (path: string) => {
    const i = order.indexOf(path);
    return i < 0 ? order.length : i;
  };
  const all = schemaFields.map((field) => ({
    ...(settingMeta[field.path] ?? fallbackMeta(field.path)),
    field,
  }));
  // Group by group, then by the table's order (rows the table lacks go last in their group).
  return all.sort(
    (a, b) =>
      settingGroups.indexOf(a.group) - settingGroups.indexOf(b.group) ||
      rank(a.field.path) - rank(b.field.path),
  );
}

/** Every run setting: the schema's fields, in the table's groups and order. */
export const settings: readonly Setting[] = buildSettings();

/** Whether a setting matters for this config (its branch, then its own rule). */
export function settingApplies(setting: Setting, config: RunConfig): boolean {
  return onBranch(setting.field, config) && (setting.when?.(config) ?? true);
}

/** Every setting by its flag name (the CLI's --flag, a link's ?flag=). */
export const settingByFlag: ReadonlyMap<string, Setting> = new Map(
  settings.map((s) => [s.flag, s]),
);

/** "--hidden (model.hidden)": how a message names a setting given as text. */
export const settingName = (s: Setting) => `--${s.flag} (${s.field.path})`;

/**
 * A setting's value written as text (a CLI flag, a link parameter) in the schema's type:
 * numbers (and ℓ's numeric choices) as numbers, "null" where null is allowed, true/false for
 * booleans. Ranges and choices are left to the schema, which names the field.
 */
export function settingFromText(setting: Setting, raw: string): Result<unknown> {
  const info = setting.field.variants[0].info;
  if (info.nullable && raw === 'null') return { ok: true, value: null };
  if (info.kind === 'boolean') {
    if (raw === 'true' || raw === 'false') return { ok: true, value: raw === 'true' };
    return { ok: false, error: `${settingName(setting)} takes true or false, not '${raw}'` };
  }
  const numeric =
    info.kind === 'number' || (info.kind === 'choice' && typeof info.options![0] === 'number');
  if (!numeric) return { ok: true, value: raw };
  const value = Number(raw);
  if (raw.trim() === '' || Number.isNaN(value)) {
    return { ok: false, error: `${settingName(setting)} needs a number, not '${raw}'` };
  }
  return { ok: true, value };
}

/** `partial` with the setting's field set to `value`, nested ({ model: { hidden: 64 } }). */
export function withSetting(
  partial: Record<string, unknown>,
  setting: Setting,
  value: unknown,
): Record<string, unknown> {
  const nested = setting.field.path
    .split('.')
    .reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
  return deepMerge(partial, nested) as Record<string, unknown>;
}
