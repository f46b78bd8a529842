/**
 * Runs a planned comparison: each run to its end, then its lottery ticket for as many
 * steps (docs/science.md §Lottery tickets). Plain async code with no Node APIs, so the CLI and the
 * web worker run the same loop; it yields to the event loop between steps so a cancel (AbortSignal)
 * lands within one step, and a cancelled comparison returns the runs it finished.
 */
import { trainingSteps, type RunConfig } from '../config/schema';
import type { TaskContext } from '../tasks';
import { trainToEnd } from '../training/trainToEnd';
import { DivergenceError, Trainer } from '../training/trainer';
import { percent, type RunSpec } from './comparison';

/** One finished run: what its table cells average. Metrics are null when training diverged. */
export interface RunOutcome {
  id: string;
  condition: string;
  seed: number;
  sparsity: number;
  /** Validation metric after the last step of the sparsified run. */
  sparseMetric: number | null;
  /** The same for its lottery ticket; null when not trained or diverged. */
  lotteryMetric: number | null;
  /** Which phase diverged (non-finite loss or metric), if one did. */
  diverged: 'sparse' | 'lottery' | null;
  whhSparsity: number;
  globalSparsity: number;
  /** Wall-clock time of the run and its lottery ticket. */
  seconds: number;
  config: RunConfig;
}

export interface ComparisonResult {
  metricLabel: string;
  metricUnit: string;
  /**
   * The task's trivial score (navigation: untrained ≈ 100 cm; adding: always answering 1 ≈
   * 0.408; text: the vocabulary size), what a diverged run scores when counted as a failure.
   * Absent in comparison files written before it existed.
   */
  metricBaseline?: number;
  /** Axes in plan order, so a partial result still names every column and row. */
  conditions: string[];
  sparsities: number[];
  seeds: number[];
  /** Whether lottery tickets were planned (the table then has Lottery rows). */
  lottery: boolean;
  /** Runs in the plan; `runs` may hold fewer when cancelled. */
  planned: number;
  runs: RunOutcome[];
  cancelled: boolean;
  seconds: number;
}

export interface ProgressDetail {
  /** 0-based index of the current run in the plan, and the plan's length. */
  run: number;
  runs: number;
  phase: 'sparse' | 'lottery';
  /** Steps done in the current phase, of its total. */
  step: number;
  totalSteps: number;
  elapsedSeconds: number;
}

export interface RunnerOptions {
  /** After every step. ETA = elapsed / steps done × steps left, over the whole plan. */
  onProgress?: (
    fraction: number,
    etaSeconds: number,
    label: string,
    detail: ProgressDetail,
  ) => void;
  /** After each finished run, e.g. to fill the table live. */
  onRunDone?: (outcome: RunOutcome, detail: { run: number; runs: number }) => void;
  signal?: AbortSignal;
  /** Steps between yields to the event loop (default 1: a cancel lands within a step). */
  yieldEvery?: number;
  /** What every run needs besides its config: the text task's corpus. */
  context?: TaskContext;
  /**
   * How a phase's trainer starts: by default `fresh()` (a new run, or the lottery ticket of the
   * finished sparse run). The CLI's `--index` resumes a checkpoint here instead.
   */
  start?: (spec: RunSpec, phase: Phase, fresh: () => Trainer) => Promise<Trainer>;
  /** After every step of a phase and its validation, awaited (the CLI writes checkpoints). */
  afterStep?: (trainer: Trainer, phase: Phase) => Promise<void>;
}

type Phase = 'sparse' | 'lottery';

/** A phase's end: the final validation metric, or why there is none. */
type Final = number | 'diverged' | 'cancelled';

const unique = <T>(xs: T[]) => [...new Set(xs)];
const stepsOf = (spec: RunSpec) => trainingSteps(spec.config.training) * (spec.lottery ? 2 : 1);

/** Training steps of the whole plan, lottery tickets included. */
export const plannedSteps = (plan: RunSpec[]): number =>
  plan.reduce((sum, spec) => sum + stepsOf(spec), 0);

export async function runComparison(
  plan: RunSpec[],
  options: RunnerOptions = {},
): Promise<ComparisonResult> {
  if (plan.length === 0) throw new Error('runComparison: the plan has no runs');
  const { signal, onProgress, onRunDone } = options;
  const yieldEvery = Math.max(1, Math.floor(options.yieldEvery ?? 1));
  const totalSteps = plannedSteps(plan);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let stepsDone = 0;
  const result: ComparisonResult = {
    // Filled from the first run's task (one task kind per comparison), which always starts:
    // building a task just for its label would tokenize a text corpus twice.
    metricLabel: '',
    metricUnit: '',
    conditions: unique(plan.map((s) => s.condition)),
    sparsities: unique(plan.map((s) => s.sparsity)),
    seeds: unique(plan.map((s) => s.seed)),
    lottery: plan.some((s) => s.lottery),
    planned: plan.length,
    runs: [],
    cancelled: false,
    seconds: 0,
  };

  for (const [run, spec] of plan.entries()) {
    const runStarted = performance.now();
    const planStepsBefore = stepsDone;
    const phase = async (trainer: Trainer, name: Phase) => {
      const label = `${spec.condition} · ${percent(spec.sparsity)} · seed ${spec.seed} · ${name}`;
      return trainUntilDone(trainer, signal, yieldEvery, async (step) => {
        stepsDone += 1;
        const seconds = elapsed();
        const eta = (seconds / stepsDone) * (totalSteps - stepsDone);
        const detail = {
          run,
          runs: plan.length,
          phase: name,
          step,
          totalSteps: trainer.totalSteps,
          elapsedSeconds: seconds,
        };
        onProgress?.(stepsDone / totalSteps, eta, label, detail);
        await options.afterStep?.(trainer, name);
      });
    };
    const start = options.start ?? ((_spec, _phase, fresh) => Promise.resolve(fresh()));
    const trainer = await start(
      spec,
      'sparse',
      () => new Trainer(spec.config, undefined, undefined, options.context),
    );
    result.metricLabel = trainer.task.metricLabel;
    result.metricUnit = trainer.task.metricUnit;
    result.metricBaseline = trainer.task.metricBaseline.value;
    let ticket: Trainer | null = null;
    try {
      const sparse = await phase(trainer, 'sparse');
      if (sparse === 'cancelled') break;
      let lottery: Final | null = null;
      if (spec.lottery && sparse !== 'diverged') {
        ticket = await start(spec, 'lottery', () => trainer.lotteryTicket());
        lottery = await phase(ticket, 'lottery');
        if (lottery === 'cancelled') break;
      }
      const outcome: RunOutcome = {
        id: spec.id,
        condition: spec.condition,
        seed: spec.seed,
        sparsity: spec.sparsity,
        sparseMetric: typeof sparse === 'number' ? sparse : null,
        lotteryMetric: typeof lottery === 'number' ? lottery : null,
        diverged: sparse === 'diverged' ? 'sparse' : lottery === 'diverged' ? 'lottery' : null,
        whhSparsity: trainer.masks.whhSparsity,
        globalSparsity: trainer.masks.globalSparsity,
        seconds: (performance.now() - runStarted) / 1000,
        config: spec.config,
      };
      // A diverged phase skips its remaining steps; count them so the fraction stays right.
      stepsDone = planStepsBefore + stepsOf(spec);
      result.runs.push(outcome);
      onRunDone?.(outcome, { run, runs: plan.length });
    } finally {
      trainer.dispose();
      ticket?.dispose();
    }
  }
  result.cancelled = result.runs.length < plan.length;
  result.seconds = elapsed();
  return result;
}

/** Trains to the last step; the validation metric after it, or why there is none. */
async function trainUntilDone(
  trainer: Trainer,
  signal: AbortSignal | undefined,
  yieldEvery: number,
  onStep: (stepsDone: number) => Promise<void>,
): Promise<Final> {
  try {
    const end = await trainToEnd(trainer, {
      signal,
      yieldEvery,
      onStep: () => onStep(trainer.step),
    });
    if (end === 'cancelled') return 'cancelled';
  } catch (e) {
    if (e instanceof DivergenceError) return 'diverged';
    throw e;
  }
  const last = trainer.history.validation.at(-1)?.metric;
  return last !== undefined && Number.isFinite(last) ? last : 'diverged';
}
