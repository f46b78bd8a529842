/**
 * `npm run experiment -- --task navigation --manifold torus --hidden 64 --seed 1 --out run.json`
 * Trains one run headless with the lab's core, prints progress, writes the run file, and
 * optionally trains its lottery ticket too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { initNodeBackend, type NodeBackend } from '../src/core/backend/node';
import { deepMerge } from '../src/core/config/validate';
import { runConfig } from '../src/core/config/validate';
import { exportRun } from '../src/core/serialization/runIO';
import { Trainer } from '../src/core/training/trainer';
import { flagHelp, parseFlags } from './flags';
import { trainToEnd } from './progress';

const options = {
  config: 'string',
  out: 'string',
  backend: 'string',
  lottery: 'boolean',
  quiet: 'boolean',
  help: 'boolean',
} as const;

const usage = `Usage: npm run experiment -- [flags]
Run settings (defaults and ranges come from the lab's run schema):
${flagHelp()}
Options:
  --config FILE     start from a JSON config (flags override it)
  --out FILE        write the run file (JSON) here
  --lottery         also retrain the lottery ticket; written to FILE with .lottery.json
  --backend NAME    wasm (default) or cpu
  --quiet           print only the summary`;

function readConfigFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`--config ${path}: ${(e as Error).message}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseFlags(argv, options);
  } catch (e) {
    console.error(`experiment: ${(e as Error).message}`);
    return 2;
  }
  if (parsed.options.help) {
    console.log(usage);
    return 0;
  }
  let config;
  try {
    const base =
      typeof parsed.options.config === 'string' ? readConfigFile(parsed.options.config) : {};
    config = runConfig(deepMerge(base, parsed.config));
  } catch (e) {
    console.error(`experiment: ${(e as Error).message}`);
    return 2;
  }
  const backend = (parsed.options.backend ?? 'wasm') as NodeBackend;
  if (backend !== 'wasm' && backend !== 'cpu') {
    console.error(`experiment: --backend must be wasm or cpu, not '${backend}'`);
    return 2;
  }
  await initNodeBackend(backend);
  const quiet = parsed.options.quiet === true;
  const out = typeof parsed.options.out === 'string' ? parsed.options.out : null;

  const trainer = new Trainer(config);
  const sparse = await trainToEnd(trainer, quiet ? null : 'sparse');
  if (out) writeFileSync(out, JSON.stringify(exportRun(trainer)));
  console.log(`sparse: ${sparse}`);
  if (parsed.options.lottery) {
    const ticket = trainer.lotteryTicket();
    const lottery = await trainToEnd(ticket, quiet ? null : 'lottery');
    if (out)
      writeFileSync(out.replace(/(\.json)?$/, '.lottery.json'), JSON.stringify(exportRun(ticket)));
    console.log(`lottery: ${lottery}`);
    ticket.dispose();
  }
  trainer.dispose();
  return 0;
}
