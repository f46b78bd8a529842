/**
 * `npm run experiment -- --task navigation --manifold torus --hidden 64 --seed 1 --out run.json`
 * `npm run experiment -- --task text --tokenizer word --layers 2 --text-file story.txt`
 * Trains one run headless with the lab's core, prints progress, writes the run file, and
 * optionally trains its lottery ticket too.
 */
import { readFileSync } from 'node:fs';
import { trainingSteps } from '../src/core/config/schema';
import { deepMerge, runConfig } from '../src/core/config/validate';
import { Rng } from '../src/core/random';
import { evaluateFromCsr } from '../src/core/experiments/csrEvaluation';
import { sample } from '../src/core/tasks/text/sample';
import { Trainer } from '../src/core/training/trainer';
import { backendOptions, startCliBackend } from './backend';
import { runCommand, usageError, type CliSpec, type ParsedArgs } from './flags';
import { trainWithProgress } from './progress';
import { loadRun, lotteryPath, runPathError, saveCsr, saveRun } from './runFiles';
import { textContext, textFileOptions } from './textCorpus';

const cli: CliSpec = {
  name: 'experiment',
  synopsis: '[options] [run settings]',
  runSettings: true,
  options: {
    config: { type: 'string', value: 'FILE', help: 'start from a JSON config (flags override it)' },
    out: {
      type: 'string',
      value: 'FILE',
      help: 'write the run file here: FILE.npz (binary, numpy/PyTorch) or FILE.json',
    },
    resume: {
      type: 'string',
      value: 'FILE',
      help: 'continue the run in this run file (.npz or .json) exactly where it stopped',
    },
    'checkpoint-every': {
      type: 'string',
      value: 'N',
      help: 'rewrite the --out file every N steps (atomically), so a killed job loses < N steps',
    },
    csr: {
      type: 'string',
      value: 'FILE',
      help:
        'also write the pruned W_hh in CSR here: FILE.npz for scipy.sparse.load_npz (a file ' +
        'per layer), or FILE.json',
    },
    lottery: {
      type: 'boolean',
      help: 'also retrain the lottery ticket; written beside --out as FILE.lottery.npz/.json',
    },
    'csr-eval': {
      type: 'boolean',
      help:
        'also run the trained network from the CSR of its pruned weights on fresh batches ' +
        "(navigation, adding): its metric beside tfjs's dense one, and each forward pass's time",
    },
    ...textFileOptions,
    sample: {
      type: 'string',
      value: 'N',
      help: 'text task: print N tokens sampled from the model',
    },
    ...backendOptions,
    quiet: { type: 'boolean', help: 'print only the summary' },
  },
};

function readConfigFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`--config ${path}: ${(e as Error).message}`, { cause: e });
  }
}

/** evaluateFromCsr on the spec's validation batch count, as one line. */
async function describeCsrEvaluation(trainer: Trainer): Promise<string> {
  const { whhSparsity, batches, metric, ms } = await evaluateFromCsr(
    trainer,
    trainer.config.training.validationBatches,
  );
  const { metricLabel, metricUnit } = trainer.task;
  const value = (x: number) => `${x.toPrecision(4)}${metricUnit ? ` ${metricUnit}` : ''}`;
  return [
    `W_hh ${(100 * whhSparsity).toFixed(1)}% pruned;`,
    `${metricLabel} ${value(metric.csr)} from its CSR, ${value(metric.dense)} dense (${batches} batches);`,
    `forward ${ms.csr.toFixed(1)} ms vs ${ms.dense.toFixed(1)} ms dense`,
  ].join(' ');
}

export function main(argv: string[]): Promise<number> {
  return runCommand(cli, argv, train);
}

/** --out, --resume and --checkpoint-every, checked together, or the usage error. */
function runFileOptions(parsed: ParsedArgs) {
  const { resume, out } = parsed.options;
  const every = parsed.options['checkpoint-every'];
  if (typeof resume === 'string') {
    if (Object.keys(parsed.config).length > 0 || parsed.options.config !== undefined)
      return '--resume continues the run its file holds: run settings and --config do not apply';
    const bad = runPathError('--resume', resume);
    if (bad) return bad;
  }
  const bad = typeof out === 'string' ? runPathError('--out', out) : null;
  if (bad) return bad;
  const steps = Number(every ?? 0);
  if (every !== undefined && (typeof every !== 'string' || !Number.isInteger(steps) || steps < 1))
    return `--checkpoint-every takes a number of steps (1 or more), not '${every}'`;
  if (every !== undefined && typeof out !== 'string')
    return '--checkpoint-every rewrites the --out file: give --out FILE too';
  return {
    resume: typeof resume === 'string' ? resume : null,
    out: typeof out === 'string' ? out : null,
    every: steps,
  };
}

async function train(parsed: ParsedArgs): Promise<number> {
  const files = runFileOptions(parsed);
  if (typeof files === 'string') return usageError(cli, files);
  const resumed = files.resume === null ? null : await loadRun(files.resume);
  if (resumed && !resumed.ok) return usageError(cli, `--resume ${resumed.error}`);
  const run = resumed?.value ?? null;
  let config;
  try {
    const base =
      typeof parsed.options.config === 'string' ? readConfigFile(parsed.options.config) : {};
    // --text-file implies the text task on a custom corpus; explicit flags still win.
    const custom = parsed.options['text-file'] ? { task: { kind: 'text', corpus: 'custom' } } : {};
    config = run?.config ?? runConfig(deepMerge(deepMerge(base, custom), parsed.config));
  } catch (e) {
    return usageError(cli, (e as Error).message);
  }
  const context = textContext(config, parsed.options);
  const tokens = Number(parsed.options.sample ?? 0);
  if (!context.ok || !Number.isInteger(tokens) || tokens < 0) {
    return usageError(cli, context.ok ? '--sample takes a number of tokens' : context.error);
  }
  if (parsed.options['csr-eval'] && config.task.kind === 'text') {
    return usageError(cli, '--csr-eval runs the navigation and adding tasks, not text');
  }
  const steps = trainingSteps(config.training) * (parsed.options.lottery ? 2 : 1);
  const refused = await startCliBackend(cli, parsed.options, steps);
  if (refused !== null) return refused;
  const quiet = parsed.options.quiet === true;
  const { out, every } = files;

  let trainer: Trainer;
  try {
    trainer = new Trainer(config, run?.state, run?.history, context.value);
  } catch (e) {
    console.error(`experiment: ${(e as Error).message}`);
    return 2;
  }
  // Every N steps the run file is rewritten (the last step's write is the final one below).
  const checkpoint = async () => {
    if (out && every > 0 && trainer.step % every === 0 && !trainer.done)
      await saveRun(trainer, out);
  };
  const sparse = await trainWithProgress(trainer, quiet ? null : 'sparse', checkpoint);
  if (out) await saveRun(trainer, out);
  if (typeof parsed.options.csr === 'string') await saveCsr(trainer, parsed.options.csr);
  console.log(`sparse: ${sparse}`);
  if (parsed.options['csr-eval']) console.log(`csr: ${await describeCsrEvaluation(trainer)}`);
  if (tokens > 0 && config.task.kind === 'text') {
    console.log(`sample: ${sample(trainer, '', tokens, 0.8, new Rng(config.seed))}`);
  }
  if (parsed.options.lottery) {
    const ticket = trainer.lotteryTicket();
    const lottery = await trainWithProgress(ticket, quiet ? null : 'lottery');
    if (out) await saveRun(ticket, lotteryPath(out));
    console.log(`lottery: ${lottery}`);
    ticket.dispose();
  }
  trainer.dispose();
  return 0;
}
