/**
 * `npm run attractor -- RUN.npz|RUN.json` or `npm run attractor -- --lesson grid-torus`
 * The attractor measures of a run (docs/attractors.md): free-run drift, pattern kept, locality,
 * link locality, kick recovery, and the decoded error on walks of 1×, 2×, 5× and 10× the
 * training length, for the trained network, the same network untrained, and (circle, torus)
 * the hand-built reference. With --lesson it first trains that lesson headless from its seed,
 * exactly as the lessons' tests do.
 */
import { writeFileSync } from 'node:fs';
import { attractorReport, reportTable, type AttractorReport } from '../src/core/attractor';
import { runConfig } from '../src/core/config/validate';
import { Trainer } from '../src/core/training/trainer';
import { trainToEnd } from '../src/core/training/trainToEnd';
import { lessonById, lessons } from '../src/core/experiments/lessons';
import { commandEntry, usageError, UsageError, type CliSpec, type ParsedArgs } from './flags';
import { backendOptions, startCliBackend } from './backend';
import { loadRun, runPathError, saveRun } from './runFiles';

const cli: CliSpec = {
  name: 'attractor',
  synopsis: 'RUN.npz|RUN.json | --lesson ID [options]',
  runSettings: false,
  positionals: true,
  options: {
    lesson: {
      type: 'string',
      value: 'ID',
      help: `train a lesson headless first (${lessons.map((l) => l.id).join(', ')})`,
    },
    out: {
      type: 'string',
      value: 'FILE',
      help: 'with --lesson: also save the trained run (.npz or .json)',
    },
    starts: {
      type: 'string',
      value: 'N',
      help: 'places (or random states) free runs and kicks start from (default 8)',
    },
    walks: { type: 'string', value: 'N', help: 'random walks per length (default 12)' },
    json: { type: 'string', value: 'FILE', help: 'also write the report as JSON' },
    markdown: { type: 'boolean', help: 'print the table as Markdown' },
    ...backendOptions,
  },
};

function count(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new UsageError(`--${flag} must be a whole number from 1 to 1000, not '${value}'`);
  return n;
}

function parseOptions({ options, positionals }: ParsedArgs) {
  const lesson = options.lesson as string | undefined;
  if (lesson !== undefined && !lessonById(lesson))
    throw new UsageError(
      `--lesson: no lesson '${lesson}' (${lessons.map((l) => l.id).join(', ')})`,
    );
  if ((lesson === undefined) === (positionals.length === 0))
    throw new UsageError('give one run file, or --lesson ID');
  if (positionals.length > 1) throw new UsageError('give one run file');
  const out = options.out as string | undefined;
  if (out !== undefined && lesson === undefined) throw new UsageError('--out goes with --lesson');
  const outError = out === undefined ? null : runPathError('--out', out);
  if (outError) throw new UsageError(outError);
  return {
    lesson,
    file: positionals[0] as string | undefined,
    out,
    starts: count(options.starts, 'starts'),
    walks: count(options.walks, 'walks'),
    json: options.json as string | undefined,
    markdown: options.markdown === true,
  };
}

/** The report as rows of cells, a header first (the same table as the probe panel's). */
function reportRows(report: AttractorReport): string[][] {
  const { columns, rows } = reportTable(report);
  return [
    ['measure', ...columns, 'staying put'],
    ...rows.map((row) => [row.label, ...row.cells, row.still]),
  ];
}

function printTable(rows: string[][], markdown: boolean): void {
  if (markdown) {
    const [head, ...body] = rows;
    console.log(`| ${head.join(' | ')} |`);
    console.log(`| ${head.map(() => '---').join(' | ')} |`);
    for (const row of body) console.log(`| ${row.join(' | ')} |`);
    return;
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
}

function totalSteps(lesson: string): number {
  const { training } = runConfig(lessonById(lesson)!.config);
  return training.epochs * training.stepsPerEpoch;
}

async function trainedRun(options: ReturnType<typeof parseOptions>): Promise<Trainer> {
  if (options.lesson) {
    const lesson = lessonById(options.lesson)!;
    const trainer = new Trainer(runConfig(lesson.config));
    let error = NaN;
    const started = performance.now();
    await trainToEnd(trainer, { onValidation: (v) => (error = v.metric) });
    await trainer.readBack();
    console.log(
      `lesson ${lesson.id}: ${trainer.step} steps in ${((performance.now() - started) / 1000).toFixed(1)} s, validation error ${error.toFixed(1)} cm`,
    );
    if (options.out) await saveRun(trainer, options.out);
    return trainer;
  }
  const file = options.file!;
  const run = await loadRun(file);
  if (!run.ok) throw new Error(run.error);
  const { config, state, history } = run.value;
  return new Trainer(config, state, history);
}

async function run(args: ParsedArgs): Promise<number> {
  let options;
  try {
    options = parseOptions(args);
  } catch (e) {
    return usageError(cli, (e as Error).message);
  }
  // Training a lesson takes its steps; measuring a saved run trains none.
  const steps = options.lesson ? totalSteps(options.lesson) : 0;
  const refused = await startCliBackend(cli, args.options, steps);
  if (refused !== null) return refused;
  let trainer: Trainer | null = null;
  try {
    trainer = await trainedRun(options);
    const started = performance.now();
    const report = attractorReport(trainer, { starts: options.starts, walks: options.walks });
    console.log(
      `${report.hidden} units on the ${report.manifold}` +
        (report.seqLen === null ? '' : `, trained on walks of T = ${report.seqLen} steps`) +
        ` (measured in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    printTable(reportRows(report), options.markdown);
    if (options.json) writeFileSync(options.json, JSON.stringify(report, null, 1));
    return 0;
  } catch (e) {
    console.error(`attractor: ${(e as Error).message}`);
    return 1;
  } finally {
    trainer?.dispose();
  }
}

/** Entry for cli/launch.mjs; run directly, the module starts itself. */
export const main = commandEntry(cli, run, import.meta.url);
