/**
 * `npm run compare -- --preset table1 --seeds 1,2 --steps 100 --out results`
 * Runs a comparison headless (the paper's tables, docs/science.md §Reproducing the paper) with the
 * same core the lab's worker uses, prints progress and the table, and writes PREFIX.csv and
 * PREFIX.json. Run-setting flags (--steps, --hidden, …) apply to every run, after each condition's
 * own override, so a preset can be tried small without editing it. Ctrl-C stops after the current
 * step and still prints and writes what finished.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { trainingSteps } from '../src/core/config/schema';
import { deepMerge, isPlainObject } from '../src/core/config/validate';
import {
  comparisonConfig,
  formatTable,
  getPreset,
  planComparison,
  plannedSteps,
  presets,
  runComparison,
  summarize,
  toCsv,
  toJson,
  type ComparisonConfig,
  type ComparisonResult,
  type DivergedScoring,
  type ProgressDetail,
  type RunOutcome,
} from '../src/core/experiments';
import { backendOptions, startCliBackend } from './backend';
import {
  checkpointTo,
  comparisonHash,
  mergeOutcomes,
  modeOf,
  OUTCOME_FORMAT,
  planLines,
  resumeFrom,
  writeOutcome,
} from './compareShards';
import { runCommand, usageError, type CliSpec, type ParsedArgs } from './flags';
import { textContext, textFileOptions } from './textCorpus';

const comparisonPresets = presets.filter((p) => p.kind === 'comparison');
const cli: CliSpec = {
  name: 'compare',
  synopsis: '(--preset ID | --config FILE) [options] [run settings]',
  runSettings: true,
  options: {
    preset: {
      type: 'string',
      value: 'ID',
      help: comparisonPresets.map((p) => p.id).join(' | '),
    },
    config: {
      type: 'string',
      value: 'FILE',
      help: 'a comparison config (JSON: base, conditions, seeds, targetSparsities, lottery)',
    },
    seeds: { type: 'string', value: '1,2', help: 'replace the seeds' },
    sparsities: { type: 'string', value: '0.9', help: 'replace the target sparsities' },
    'no-lottery': { type: 'boolean', help: 'skip the lottery tickets' },
    diverged: {
      type: 'string',
      value: 'drop|failure',
      help: 'diverged runs: drop (default: left out of the mean, counted) or failure (scored as the task’s trivial score: 100 cm, RMSE 0.408, perplexity = vocabulary size)',
    },
    ...textFileOptions,
    out: {
      type: 'string',
      value: 'PREFIX',
      help: 'write PREFIX.csv and PREFIX.json (default: results)',
    },
    ...backendOptions,
    quiet: { type: 'boolean', help: 'print only the table' },
    plan: {
      type: 'boolean',
      help: "print the comparison's runs, one JSON line each (index, condition, seed, sparsity, lottery, hash), and stop",
    },
    index: {
      type: 'string',
      value: 'I',
      help: 'train run I of the plan alone (and its lottery ticket) into --out-dir; a cluster array task',
    },
    'out-dir': {
      type: 'string',
      value: 'DIR',
      help: "--index: where run I's checkpoints (resumed when present) and outcome-I.json go",
    },
    'checkpoint-every': {
      type: 'string',
      value: 'N',
      help: '--index: rewrite the checkpoint every N steps (default: a twentieth of the run)',
    },
    merge: {
      type: 'string',
      value: 'DIR',
      help: "merge DIR's outcome files into the table, PREFIX.csv and PREFIX.json",
    },
  },
  notes:
    "Run settings apply to every run, after each condition's own override\n" +
    '(e.g. --steps 100 --epochs 10 to run small).',
};

function numberList(flag: string, raw: string): number[] {
  const values = raw.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (values.some(Number.isNaN)) {
    throw new Error(`--${flag} takes numbers separated by commas, not '${raw}'`);
  }
  return values;
}

function readJson(path: string): Record<string, unknown> {
  try {
    const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (isPlainObject(json)) return json;
    throw new Error('expected a JSON object (base, conditions, seeds, targetSparsities)');
  } catch (e) {
    throw new Error(`--config ${path}: ${(e as Error).message}`, { cause: e });
  }
}

/** The task kind the runs will have, from the flags or the base (every run has the base's). */
function plannedTask(base: object, runFlags: Record<string, unknown>): unknown {
  const kindOf = (config: object) => (config as { task?: { kind?: unknown } }).task?.kind;
  return kindOf(runFlags) ?? kindOf(base);
}

/** The preset or file, with the command line's replacements and run settings applied. */
function buildComparison({ config: runFlags, options: opts }: ParsedArgs): ComparisonConfig {
  if ((opts.preset === undefined) === (opts.config === undefined)) {
    throw new Error('give either --preset ID or --config FILE (--help lists the presets)');
  }
  if ('seed' in runFlags) throw new Error('use --seeds 1,2 to choose the seeds of a comparison');
  if ('pruning' in runFlags && 'targetSparsity' in (runFlags.pruning as object)) {
    throw new Error('use --sparsities 0.9,0.95 to choose the target sparsities');
  }
  let input: object;
  if (typeof opts.preset === 'string') {
    const preset = getPreset(opts.preset);
    if (preset?.kind !== 'comparison') {
      const ids = comparisonPresets.map((p) => p.id).join(', ');
      throw new Error(`--preset ${opts.preset}: not a comparison preset (${ids})`);
    }
    input = preset.config;
  } else {
    input = readJson(String(opts.config));
  }
  const replaced: Record<string, unknown> = {};
  if (typeof opts.seeds === 'string') replaced.seeds = numberList('seeds', opts.seeds);
  if (typeof opts.sparsities === 'string') {
    replaced.targetSparsities = numberList('sparsities', opts.sparsities);
  }
  if (opts['no-lottery']) replaced.lottery = false;
  const parsed = comparisonConfig({ ...input, ...replaced });
  // --text-file implies the custom corpus of a text comparison, as in npm run experiment;
  // explicit flags still win. Elsewhere textContext refuses the flag.
  const custom = opts['text-file'] && plannedTask(parsed.base, runFlags) === 'text';
  const corpus = custom ? { task: { corpus: 'custom' } } : {};
  const conditions = parsed.conditions.map((c) => ({
    ...c,
    override: deepMerge(deepMerge(c.override, corpus), runFlags),
  }));
  // Validated again: the run settings may break a condition, and the message should say which.
  return comparisonConfig({ ...parsed, conditions });
}

/** 75 → "1:15", 3725 → "1:02:05". */
/** --diverged: how the table counts diverged runs. */
function divergedScoring(raw: string | boolean | undefined): DivergedScoring {
  if (raw === undefined) return 'drop';
  if (raw === 'drop' || raw === 'failure') return raw;
  throw new Error(`--diverged takes drop or failure, not '${String(raw)}'`);
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const two = (x: number) => String(x).padStart(2, '0');
  const [h, m] = [Math.floor(s / 3600), Math.floor(s / 60) % 60];
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** The table printed, PREFIX.csv and PREFIX.json written: the same for one process or a merge. */
function writeTable(result: ComparisonResult, diverged: DivergedScoring, out: string): void {
  const table = summarize(result, { diverged });
  console.log(`\n${formatTable(table)}\n`);
  writeFileSync(`${out}.csv`, toCsv(table));
  writeFileSync(`${out}.json`, toJson(table, result));
  console.log(
    `${result.runs.length} runs in ${clock(result.seconds)}; wrote ${out}.csv and ${out}.json`,
  );
}

export function main(argv: string[]): Promise<number> {
  return runCommand(cli, argv, compare);
}

async function compare(parsed: ParsedArgs): Promise<number> {
  let comparison: ComparisonConfig;
  let diverged: DivergedScoring;
  let plan;
  let mode;
  try {
    comparison = buildComparison(parsed);
    diverged = divergedScoring(parsed.options.diverged);
    plan = planComparison(comparison);
    mode = modeOf(parsed.options, plan.length);
  } catch (e) {
    return usageError(cli, (e as Error).message);
  }
  const out = typeof parsed.options.out === 'string' ? parsed.options.out : 'results';
  const quiet = parsed.options.quiet === true;
  const hash = comparisonHash(comparison);
  if (mode.kind === 'plan') {
    for (const line of planLines(plan, hash)) console.log(line);
    return 0;
  }
  if (mode.kind === 'merge') {
    try {
      writeTable(mergeOutcomes(mode.dir, hash, plan.length), diverged, out);
      return 0;
    } catch (e) {
      console.error(`compare: --merge ${mode.dir}: ${(e as Error).message}`);
      return 1;
    }
  }
  const only = mode.kind === 'index' ? mode : null;
  const context = textContext(plan[0].config, parsed.options);
  if (!context.ok) {
    return usageError(cli, context.error);
  }
  const runs = only ? [plan[only.index]] : plan;
  const refused = await startCliBackend(cli, parsed.options, plannedSteps(runs));
  if (refused !== null) return refused;
  if (only) {
    mkdirSync(only.dir, { recursive: true });
    console.log(
      `compare: run ${only.index} of ${plan.length} (${plan[only.index].id}), hash ${hash}`,
    );
  }

  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  const runTag = (run: number) => `[${(only?.index ?? run) + 1}/${plan.length}]`;
  const progress = (fraction: number, eta: number, label: string, d: ProgressDetail) => {
    if (quiet || d.step % Math.max(1, Math.floor(d.totalSteps / 4)) !== 0) return;
    console.log(
      `${runTag(d.run)} ${label}  step ${d.step}/${d.totalSteps}  elapsed ${clock(d.elapsedSeconds)}` +
        `  ETA ${clock(eta)}  (${(100 * fraction).toFixed(0)}%)`,
    );
  };
  const runDone = (r: RunOutcome, { run }: { run: number }) => {
    if (quiet) return;
    const metric = (x: number | null) => (x === null ? 'diverged' : x.toFixed(3));
    const lottery = comparison.lottery ? `, lottery ${metric(r.lotteryMetric)}` : '';
    console.log(
      `${runTag(run)} ${r.id} done: sparse ${metric(r.sparseMetric)}${lottery},` +
        ` W_hh ${(100 * r.whhSparsity).toFixed(1)}%, global ${(100 * r.globalSparsity).toFixed(1)}%,` +
        ` ${r.seconds.toFixed(1)} s`,
    );
  };
  if (!quiet && !only)
    console.log(`compare: ${plan.length} runs${comparison.lottery ? ' + lottery tickets' : ''}`);
  const every = only?.every ?? Math.max(1, Math.ceil(trainingSteps(runs[0].config.training) / 20));
  const result = await runComparison(runs, {
    onProgress: progress,
    onRunDone: runDone,
    signal: controller.signal,
    context: context.value,
    ...(only && {
      start: resumeFrom(only.dir, only.index, context.value),
      afterStep: checkpointTo(only.dir, only.index, every),
    }),
  }).finally(() => process.off('SIGINT', stop));

  if (only) {
    if (result.cancelled) return 130;
    const { index, dir } = only;
    await writeOutcome(dir, { format: OUTCOME_FORMAT, hash, index, planned: plan.length, result });
    console.log(`compare: run ${index} done; wrote ${dir}/outcome-${index}.json`);
    return 0;
  }
  writeTable(result, diverged, out);
  return result.cancelled ? 130 : 0;
}
