/**
 * The Compare form as plain data: a preset plus what the user may change about it (seeds,
 * target sparsities, lottery tickets, a shorter run for a quick look), turned into a
 * comparison config that the experiments schema checks before anything starts. Errors are
 * keyed by form field and keep the schema's field path, so the user sees what to fix where.
 */
import { comparisonSchema, type ComparisonConfigInput } from '../../core/experiments/comparison';
import type { Preset } from '../../core/experiments/presets';
import { trainingSchema, trainingSteps, type TrainingConfig } from '../../core/config/schema';
import { parseRunConfig } from '../../core/config/validate';

export type ComparisonPreset = Extract<Preset, { kind: 'comparison' }>;

export interface CompareForm {
  presetId: string;
  /** "1, 2" */
  seeds: string;
  /** Percent: "90, 95" */
  sparsities: string;
  lottery: boolean;
  /** Training steps per run; "" keeps the preset's. */
  steps: string;
}

export type FormField = 'seeds' | 'sparsities' | 'lottery' | 'steps' | 'preset';
export type FieldErrors = Partial<Record<FormField, string>>;

export type BuiltComparison =
  | { ok: true; config: ComparisonConfigInput; name: string; runs: number; stepsPerRun: number }
  | { ok: false; errors: FieldErrors };

const list = (text: string) => text.split(/[\s,;]+/).filter(Boolean);
/** 99.9 / 100 is 0.9990000000000001 in floating point, just above the schema's 0.999. */
const fraction = (percent: number) => Number((percent / 100).toFixed(6));

export function formFromPreset(preset: ComparisonPreset): CompareForm {
  const { seeds, targetSparsities, lottery } = preset.config;
  return {
    presetId: preset.id,
    seeds: seeds.join(', '),
    sparsities: targetSparsities.map((p) => Number((100 * p).toFixed(4))).join(', '),
    lottery: lottery ?? true,
    steps: '',
  };
}

/**
 * The preset's training per run (lottery tickets train as long again). A preset's base always
 * validates (tested); should one not, the schema's defaults stand in rather than a crash.
 */
function presetTraining(preset: ComparisonPreset): TrainingConfig {
  const base = parseRunConfig(preset.config.base ?? {});
  return base.ok ? base.value.training : trainingSchema.parse({});
}

/**
 * Steps per run → epochs × steps per epoch, keeping the preset's epochs (the pruning
 * schedule steps once per epoch) unless the run is shorter than that. The stabiliser epochs
 * after them are steps of the run too, so the total is shared over all of them.
 */
export function splitSteps(steps: number, presetEpochs: number, stabiliserEpochs = 0) {
  const epochs = Math.max(1, Math.min(presetEpochs, steps - stabiliserEpochs));
  return { epochs, stepsPerEpoch: Math.max(1, Math.round(steps / (epochs + stabiliserEpochs))) };
}

/** A run's length as the form sets it. */
export interface RunLength {
  training: TrainingConfig;
  /** Steps a run trains, stabiliser epochs included (the trainer's own count). */
  steps: number;
}

/** The preset's own run length. */
export function presetLength(preset: ComparisonPreset): RunLength {
  const training = presetTraining(preset);
  return { training, steps: trainingSteps(training) };
}

/**
 * The training each run of the form's comparison gets: the preset's, or the typed steps split
 * over its epochs; null when the typed steps are not a positive whole number.
 */
export function runLength(form: CompareForm, preset: ComparisonPreset): RunLength | null {
  const own = presetLength(preset);
  if (!form.steps.trim()) return own;
  const steps = Number(form.steps);
  if (!Number.isInteger(steps) || steps < 1) return null;
  const { epochs, stabiliserEpochs } = own.training;
  const training = { ...own.training, ...splitSteps(steps, epochs, stabiliserEpochs) };
  return { training, steps: trainingSteps(training) };
}

export function buildComparison(form: CompareForm, preset: ComparisonPreset): BuiltComparison {
  const errors: FieldErrors = {};
  const seeds = list(form.seeds).map(Number);
  const badSeed = list(form.seeds).find((s) => !Number.isInteger(Number(s)));
  if (badSeed !== undefined) errors.seeds = `seeds: '${badSeed}' is not a whole number`;
  else if (seeds.length === 0) errors.seeds = 'seeds: enter at least one, e.g. 1, 2';
  const badSparsity = list(form.sparsities).find((s) => !Number.isFinite(Number(s)));
  if (badSparsity !== undefined)
    errors.sparsities = `targetSparsities: '${badSparsity}' is not a number (percent, e.g. 90)`;
  else if (list(form.sparsities).length === 0)
    errors.sparsities = 'targetSparsities: enter at least one percentage, e.g. 90';
  const sparsities = list(form.sparsities).map((s) => fraction(Number(s)));

  const length = runLength(form, preset);
  if (!length) errors.steps = `steps: '${form.steps.trim()}' is not a positive whole number`;
  if (!length || Object.keys(errors).length > 0) return { ok: false, errors };

  const base = preset.config.base ?? {};
  const { epochs, stepsPerEpoch } = length.training;
  const config: ComparisonConfigInput = {
    ...preset.config,
    base: { ...base, training: { ...base.training, epochs, stepsPerEpoch } },
    seeds,
    targetSparsities: sparsities,
    lottery: form.lottery,
  };
  const parsed = comparisonSchema.safeParse(config);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path, issue.message);
      const path = issue.path.map(String).join('.');
      errors[field] ??= `${path || 'comparison'}: ${issue.message}`;
    }
    return { ok: false, errors };
  }
  const stepsPerRun = length.steps;
  const quick = form.steps.trim() ? ` · ${stepsPerRun.toLocaleString()} steps per run` : '';
  const runs = seeds.length * sparsities.length * preset.config.conditions.length;
  return { ok: true, config, name: `${preset.title}${quick}`, runs, stepsPerRun };
}

/** Which form field a schema issue belongs to; the base's training is the steps field. */
function fieldOf(path: readonly PropertyKey[], message: string): FormField {
  if (path[0] === 'seeds') return 'seeds';
  if (path[0] === 'targetSparsities') return 'sparsities';
  if (path[0] === 'lottery') return 'lottery';
  if (path[0] === 'base' && (path[1] === 'training' || message.startsWith('training.')))
    return 'steps';
  return 'preset';
}
