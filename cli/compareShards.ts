/**
 * A comparison as independent runs, for cluster array jobs (deploy/slurm, deploy/k8s):
 *   --plan             one JSON line per run (index, condition, seed, sparsity, lottery, hash)
 *   --index I --out-dir DIR   run I alone (and its lottery ticket): DIR/run-I.npz and
 *                      DIR/run-I.lottery.npz as checkpoints (resumed when present, so a
 *                      requeued task continues), then DIR/outcome-I.json
 *   --merge DIR        the outcome files → the same table, CSV and JSON as one process
 * The hash names the comparison (its full config after the command line's changes), so
 * outcomes of another comparison are refused rather than mixed in.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunConfig } from '../src/core/config/schema';
import type {
  ComparisonConfig,
  ComparisonResult,
  RunOutcome,
  RunSpec,
} from '../src/core/experiments';
import type { TaskContext } from '../src/core/tasks';
import { Trainer } from '../src/core/training/trainer';
import type { ParsedArgs } from './flags';
import { loadRun, saveRun, writeAtomically } from './runFiles';

export const OUTCOME_FORMAT = 'moduli-lab-comparison-run';

/** Sixteen hex digits of the SHA-256 of the comparison's config. */
export function comparisonHash(comparison: ComparisonConfig): string {
  return createHash('sha256').update(JSON.stringify(comparison)).digest('hex').slice(0, 16);
}

/** The --plan lines. */
export function planLines(plan: RunSpec[], hash: string): string[] {
  return plan.map((spec, index) =>
    JSON.stringify({
      index,
      condition: spec.condition,
      seed: spec.seed,
      sparsity: spec.sparsity,
      lottery: spec.lottery,
      hash,
    }),
  );
}

export const runPath = (dir: string, index: number) => join(dir, `run-${index}.npz`);
export const lotteryRunPath = (dir: string, index: number) => join(dir, `run-${index}.lottery.npz`);
export const outcomePath = (dir: string, index: number) => join(dir, `outcome-${index}.json`);

/** What one array task leaves for the merge. */
export interface OutcomeFile {
  format: typeof OUTCOME_FORMAT;
  hash: string;
  index: number;
  planned: number;
  /** The one-run result: labels, axes of the run, its outcome. */
  result: ComparisonResult;
}

const sameConfig = (a: RunConfig, b: RunConfig) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The runner's `start` for run `index`: a phase resumes its checkpoint in `dir` when there is
 * one (refusing a checkpoint of another config), else starts fresh.
 */
export function resumeFrom(dir: string, index: number, context: TaskContext) {
  return async (spec: RunSpec, phase: 'sparse' | 'lottery', fresh: () => Trainer) => {
    const path = phase === 'sparse' ? runPath(dir, index) : lotteryRunPath(dir, index);
    if (!existsSync(path)) return fresh();
    const read = await loadRun(path);
    if (!read.ok) throw new Error(`checkpoint ${read.error}`);
    const { config, state, history } = read.value;
    if (!sameConfig(config, spec.config))
      throw new Error(`checkpoint ${path}: a run of another config than run ${index} of this plan`);
    console.log(`run ${index}: resuming ${phase} from ${path} at step ${state.step}`);
    return new Trainer(config, state, history, {
      ...context,
      vocabulary: state.vocabulary ?? undefined,
    });
  };
}

/** The runner's `afterStep` for run `index`: the phase's run file every `every` steps and at its end. */
export function checkpointTo(dir: string, index: number, every: number) {
  return async (trainer: Trainer, phase: 'sparse' | 'lottery') => {
    if (trainer.step % every !== 0 && !trainer.done) return;
    await saveRun(trainer, phase === 'sparse' ? runPath(dir, index) : lotteryRunPath(dir, index));
  };
}

export async function writeOutcome(dir: string, file: OutcomeFile): Promise<void> {
  const text = new TextEncoder().encode(JSON.stringify(file, null, 2));
  await writeAtomically(outcomePath(dir, file.index), async (sink) => sink.write(text));
}

/**
 * The outcome files of `dir` merged into the one-process result, in plan order; refuses files
 * of another comparison, duplicates, and names the missing indices.
 */
export function mergeOutcomes(dir: string, hash: string, planned: number): ComparisonResult {
  const byIndex = new Map<number, { file: string; outcome: OutcomeFile }>();
  const names = readdirSync(dir).filter((f) => /^outcome-.*\.json$/.test(f));
  for (const name of names) {
    let outcome: OutcomeFile;
    try {
      outcome = JSON.parse(readFileSync(join(dir, name), 'utf8')) as OutcomeFile;
    } catch (e) {
      throw new Error(`${name}: not valid JSON (${(e as Error).message})`, { cause: e });
    }
    if (outcome?.format !== OUTCOME_FORMAT) throw new Error(`${name}: not an outcome file`);
    if (outcome.hash !== hash)
      throw new Error(`${name}: of another comparison (hash ${outcome.hash}, this one ${hash})`);
    if (!Number.isInteger(outcome.index) || outcome.index < 0 || outcome.index >= planned)
      throw new Error(`${name}: index ${outcome.index} is not in the plan (0–${planned - 1})`);
    const twin = byIndex.get(outcome.index);
    if (twin) throw new Error(`${name}: run ${outcome.index} again (also in ${twin.file})`);
    byIndex.set(outcome.index, { file: name, outcome });
  }
  const missing = Array.from({ length: planned }, (_, i) => i).filter((i) => !byIndex.has(i));
  if (missing.length > 0)
    throw new Error(
      `missing runs ${missing.join(', ')} of ${planned} (no outcome-I.json in ${dir})`,
    );
  const results = Array.from({ length: planned }, (_, i) => byIndex.get(i)!.outcome.result);
  const runs: RunOutcome[] = results.flatMap((r) => r.runs);
  const unique = <T>(xs: T[]) => [...new Set(xs)];
  return {
    ...results[0],
    conditions: unique(results.flatMap((r) => r.conditions)),
    sparsities: unique(results.flatMap((r) => r.sparsities)),
    seeds: unique(results.flatMap((r) => r.seeds)),
    planned,
    runs,
    cancelled: false,
    seconds: results.reduce((s, r) => s + r.seconds, 0),
  };
}

/** Which part of the comparison this process does: all of it, or one of the modes above. */
export type Mode =
  | { kind: 'all' }
  | { kind: 'plan' }
  | { kind: 'index'; index: number; dir: string; every: number | null }
  | { kind: 'merge'; dir: string };

export function modeOf(options: ParsedArgs['options'], planned: number): Mode {
  const { plan, index, merge } = options;
  const dir = options['out-dir'];
  const every = options['checkpoint-every'];
  if ([plan, index, merge].filter((x) => x !== undefined).length > 1)
    throw new Error('--plan, --index and --merge are separate steps: give one');
  if ((dir !== undefined || every !== undefined) && index === undefined)
    throw new Error('--out-dir and --checkpoint-every go with --index I');
  if (plan) return { kind: 'plan' };
  if (typeof merge === 'string') return { kind: 'merge', dir: merge };
  if (typeof index !== 'string') return { kind: 'all' };
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0 || i >= planned)
    throw new Error(`--index takes a run of the plan, 0 to ${planned - 1}, not '${index}'`);
  if (typeof dir !== 'string') throw new Error('--index I needs --out-dir DIR');
  const steps = every === undefined ? null : Number(every);
  if (steps !== null && !(Number.isInteger(steps) && steps >= 1))
    throw new Error(`--checkpoint-every takes a number of steps (1 or more), not '${every}'`);
  return { kind: 'index', index: i, dir, every: steps };
}
