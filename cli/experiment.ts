/**
 * `npm run experiment -- --task navigation --manifold torus --hidden 64 --seed 1 --out run.json`
 * `npm run experiment -- --task text --tokenizer word --layers 2 --text-file story.txt`
 * Trains one run headless with the lab's core, prints progress, writes the run file, and
 * optionally trains its lottery ticket too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { trainingSteps } from '../src/core/config/schema';
import { deepMerge, runConfig } from '../src/core/config/validate';
import { Rng } from '../src/core/random';
import { evaluateFromCsr } from '../src/core/experiments/csrEvaluation';
import { exportCsr } from '../src/core/serialization/csrFile';
import { exportRun } from '../src/core/serialization/runIO';
import { sample } from '../src/core/tasks/text/sample';
import { Trainer } from '../src/core/training/trainer';
import { backendOptions, startCliBackend } from './backend';
import { runCommand, usageError, type CliSpec, type ParsedArgs } from './flags';
import { trainWithProgress } from './progress';
import { textContext, textFileOptions } from './textCorpus';

const cli: CliSpec = {
  name: 'experiment',
  synopsis: '[options] [run settings]',
  runSettings: true,
  options: {
    config: { type: 'string', value: 'FILE', help: 'start from a JSON config (flags override it)' },
    out: { type: 'string', value: 'FILE', help: 'write the run file (JSON) here' },
    csr: {
      type: 'string',
      value: 'FILE',
      help: "also write the pruned W_hh in CSR (scipy's indptr/indices/data) here",
    },
    lottery: {
      type: 'boolean',
      help: 'also retrain the lottery ticket; written to FILE with .lottery.json',
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

async function train(parsed: ParsedArgs): Promise<number> {
  let config;
  try {
    const base =
      typeof parsed.options.config === 'string' ? readConfigFile(parsed.options.config) : {};
    // --text-file implies the text task on a custom corpus; explicit flags still win.
    const custom = parsed.options['text-file'] ? { task: { kind: 'text', corpus: 'custom' } } : {};
    config = runConfig(deepMerge(deepMerge(base, custom), parsed.config));
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
  const out = typeof parsed.options.out === 'string' ? parsed.options.out : null;

  let trainer: Trainer;
  try {
    trainer = new Trainer(config, undefined, undefined, context.value);
  } catch (e) {
    console.error(`experiment: ${(e as Error).message}`);
    return 2;
  }
  const sparse = await trainWithProgress(trainer, quiet ? null : 'sparse');
  if (out) writeFileSync(out, JSON.stringify(exportRun(trainer)));
  if (typeof parsed.options.csr === 'string')
    writeFileSync(parsed.options.csr, JSON.stringify(exportCsr(trainer)));
  console.log(`sparse: ${sparse}`);
  if (parsed.options['csr-eval']) console.log(`csr: ${await describeCsrEvaluation(trainer)}`);
  if (tokens > 0 && config.task.kind === 'text') {
    console.log(`sample: ${sample(trainer, '', tokens, 0.8, new Rng(config.seed))}`);
  }
  if (parsed.options.lottery) {
    const ticket = trainer.lotteryTicket();
    const lottery = await trainWithProgress(ticket, quiet ? null : 'lottery');
    if (out)
      writeFileSync(out.replace(/(\.json)?$/, '.lottery.json'), JSON.stringify(exportRun(ticket)));
    console.log(`lottery: ${lottery}`);
    ticket.dispose();
  }
  trainer.dispose();
  return 0;
}
