/**
 * `npm run topology -- run.npz [--max-dim 0|1|2] [--threshold x] [--out result.json]` (or run.json)
 * The barcode of a run's embedding (docs/science.md §Topology), with distances from the run's own
 * manifold (geodesic, never ambient chords; Euclidean for Rᵏ), and a plain-English reading of it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { geometrySchema } from '../src/core/config/schema';
import { formatIssues } from '../src/core/config/validate';
import { getManifold } from '../src/core/manifolds';
import {
  describeBarcode,
  dominantBars,
  H2_EXACT_MAX_POINTS,
  longBars,
  vietorisRips,
  type HomologyDimension,
  type PersistenceResult,
} from '../src/core/topology';
import { commandEntry, usageError, UsageError, type CliSpec, type ParsedArgs } from './flags';
import { isBinaryRunFile, loadRun } from './runFiles';

const cli: CliSpec = {
  name: 'topology',
  synopsis: 'RUN.npz|RUN.json [options]',
  runSettings: false,
  positionals: true,
  options: {
    'max-dim': {
      type: 'string',
      value: 'D',
      help: `highest homology dimension, 0, 1 or 2 (default: 2 up to ${H2_EXACT_MAX_POINTS} points, else 1)`,
    },
    threshold: {
      type: 'string',
      value: 'X',
      help:
        'longest edge to include (default: exact; for H2 on larger clouds a cut, see ' +
        'H2_THRESHOLD_FRACTION in src/core/topology)',
    },
    out: {
      type: 'string',
      value: 'FILE',
      help: 'also write the bars as JSON (essential bars have death null)',
    },
  },
};

const BARS_SHOWN = 5;

/** Reads, checks and measures the run file; every refusal names the file and the field. */
function loadEmbedding(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`;
    throw new Error(message, { cause: e });
  }
  let run: { config?: { geometry?: unknown }; embedding?: { dim?: unknown; points?: unknown } };
  try {
    run = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} is not JSON (${(e as Error).message})`, { cause: e });
  }
  if (typeof run !== 'object' || run === null) throw new Error(`${file} is not a JSON object`);
  const given = (run.config?.geometry ?? {}) as { manifold?: unknown; dimension?: unknown };
  if (given.manifold === undefined) throw new Error(`${file} has no config.geometry.manifold`);
  const geometry = geometrySchema.pick({ manifold: true, dimension: true }).safeParse({
    manifold: given.manifold,
    ...(given.dimension === undefined ? {} : { dimension: given.dimension }),
  });
  if (!geometry.success)
    throw new Error(`${file}: ${formatIssues(geometry.error, 'config.geometry')}`);
  const { dim, points } = run.embedding ?? {};
  const flat = Array.isArray(points) ? points.flat() : null;
  if (typeof dim !== 'number' || !flat || flat.length === 0 || flat.length % dim !== 0) {
    throw new Error(
      `${file} has no embedding: expected embedding.dim and embedding.points (n×dim numbers)`,
    );
  }
  if (!flat.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    throw new Error(`${file}: embedding.points must all be finite numbers`);
  }
  const manifold = getManifold(geometry.data.manifold, geometry.data.dimension);
  if (manifold.dim !== dim) {
    throw new Error(
      `${file}: embedding.dim is ${dim}, but a ${manifold.label} point has ${manifold.dim} coordinates`,
    );
  }
  const n = flat.length / dim;
  return { manifold, n, distances: manifold.distanceMatrix(Float32Array.from(flat as number[])) };
}

/** The embedding of a binary run file (.npz), read and checked as the lab imports it. */
async function loadBinaryEmbedding(file: string) {
  const run = await loadRun(file);
  if (!run.ok) throw new Error(run.error);
  const { geometry } = run.value.config;
  const manifold = getManifold(geometry.manifold, geometry.dimension);
  const points = run.value.state.embedding!;
  return { manifold, n: points.length / manifold.dim, distances: manifold.distanceMatrix(points) };
}

function parseOptions({ options, positionals }: ParsedArgs) {
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'give the run file (RUN.json)' : 'give one run file',
    );
  }
  const maxDim = options['max-dim'] === undefined ? undefined : Number(options['max-dim']);
  if (maxDim !== undefined && maxDim !== 0 && maxDim !== 1 && maxDim !== 2) {
    throw new UsageError(`--max-dim must be 0, 1 or 2, not '${options['max-dim']}'`);
  }
  const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
  if (threshold !== undefined && !(threshold >= 0)) {
    throw new UsageError(`--threshold must be a non-negative number, not '${options.threshold}'`);
  }
  return { file: positionals[0], maxDim, threshold, out: options.out as string | undefined };
}

const fmt = (x: number) => (x === Infinity ? '∞' : x.toFixed(3));

function printBars(result: PersistenceResult): void {
  for (let dimension = 0; dimension <= result.maxDimension; dimension++) {
    const all = result.pairs.filter((p) => p.dimension === dimension).length;
    const long = new Set(longBars(result, dimension));
    const shown = dominantBars(result.pairs, dimension, BARS_SHOWN)
      .map((p) => `[${fmt(p.birth)}, ${fmt(p.death)})${long.has(p) ? '*' : ''}`)
      .join(' ');
    console.log(
      `  H${dimension}: ${all} bar${all === 1 ? '' : 's'}${all ? `; longest ${shown}` : ''}`,
    );
  }
}

async function run(args: ParsedArgs): Promise<number> {
  let options;
  try {
    options = parseOptions(args);
  } catch (e) {
    return usageError(cli, (e as Error).message);
  }
  const { file } = options;
  try {
    const { manifold, n, distances } =
      existsSync(file) && isBinaryRunFile(file)
        ? await loadBinaryEmbedding(file)
        : loadEmbedding(file);
    const maxDimension = (options.maxDim ??
      (n <= H2_EXACT_MAX_POINTS ? 2 : 1)) as HomologyDimension;
    const started = performance.now();
    const result = vietorisRips(distances, n, { maxDimension, threshold: options.threshold });
    const seconds = (performance.now() - started) / 1000;
    const reading = describeBarcode(result);
    console.log(`${file}: ${n} points, manifold ${manifold.label} (distances in its own metric)`);
    console.log(
      `Vietoris–Rips H0–H${maxDimension} up to ${fmt(result.threshold)}: ` +
        `${result.simplexCount} simplices, ${seconds.toFixed(2)} s (* = long bar)`,
    );
    printBars(result);
    console.log(reading);
    if (options.out) {
      const pairs = result.pairs.map((p) => ({
        ...p,
        death: p.death === Infinity ? null : p.death,
      }));
      const summary = { run: file, manifold: manifold.id, ...result, pairs, reading, seconds };
      writeFileSync(options.out, JSON.stringify(summary));
    }
    return 0;
  } catch (e) {
    console.error(`topology: ${(e as Error).message}`);
    return 1;
  }
}

/** Entry for cli/launch.mjs; run directly, the module starts itself. */
export const main = commandEntry(cli, run, import.meta.url);
