/**
 * Command-line flags → a partial run config. Each flag names a path in the run-config
 * schema, which does all range checking, so the CLI and the lab refuse the same things.
 */
import { deepMerge } from '../src/core/config/validate';

type Kind = 'number' | 'string' | 'boolean';

export const configFlags: Record<string, { path: string; kind: Kind; help: string }> = {
  task: { path: 'task.kind', kind: 'string', help: 'navigation | adding | text' },
  'seq-len': { path: 'task.seqLen', kind: 'number', help: 'sequence length T' },
  tokenizer: { path: 'task.tokenizer', kind: 'string', help: 'text: char | word' },
  'vocabulary-cap': {
    path: 'task.vocabularyCap',
    kind: 'number',
    help: 'text: largest vocabulary (<unk> included)',
  },
  layers: { path: 'task.layers', kind: 'number', help: 'text: stacked recurrent layers, 1–3' },
  'embedding-size': {
    path: 'task.embeddingSize',
    kind: 'number',
    help: 'text: size of the token embedding',
  },
  corpus: { path: 'task.corpus', kind: 'string', help: 'text: shipped | custom (--text-file)' },
  'place-cells': {
    path: 'task.placeCells',
    kind: 'number',
    help: 'navigation: number of place cells',
  },
  manifold: {
    path: 'geometry.manifold',
    kind: 'string',
    help: 'circle | sphere | torus | ntorus | klein | euclidean',
  },
  dimension: { path: 'geometry.dimension', kind: 'number', help: 'dimension of the n-torus / Rᵏ' },
  embedding: { path: 'geometry.embedding', kind: 'string', help: 'fixed | trained' },
  inhibitor: {
    path: 'inhibitor.kind',
    kind: 'string',
    help: 'dog | ricker | diffusion | sinusoid',
  },
  kappa: { path: 'inhibitor.kappa', kind: 'string', help: 'DoG κ: peak | paper' },
  condition: {
    path: 'regularizer.condition',
    kind: 'string',
    help: 'moduli | shuffled | l1 | none',
  },
  lambda: { path: 'regularizer.lambda', kind: 'number', help: 'penalty weight λ' },
  exponent: { path: 'regularizer.exponent', kind: 'number', help: 'ℓ ∈ {1, 2}' },
  hidden: { path: 'model.hidden', kind: 'number', help: 'recurrent units n' },
  activation: { path: 'model.activation', kind: 'string', help: 'relu | tanh' },
  bias: { path: 'model.bias', kind: 'boolean', help: 'bias in the recurrent layer' },
  optimizer: { path: 'training.optimizer', kind: 'string', help: 'adam | adamw' },
  lr: { path: 'training.learningRate', kind: 'number', help: 'learning rate' },
  'weight-decay': { path: 'training.weightDecay', kind: 'number', help: 'AdamW weight decay' },
  batch: { path: 'training.batch', kind: 'number', help: 'batch size' },
  epochs: { path: 'training.epochs', kind: 'number', help: 'epochs E' },
  steps: { path: 'training.stepsPerEpoch', kind: 'number', help: 'steps per epoch S' },
  clip: { path: 'training.clipNorm', kind: 'number', help: 'gradient-norm clip (0: off)' },
  sparsity: { path: 'pruning.targetSparsity', kind: 'number', help: 'target sparsity p in [0, 1)' },
  scope: { path: 'pruning.scope', kind: 'string', help: 'global | perMatrix | whh' },
  seed: { path: 'seed', kind: 'number', help: 'run seed' },
};

export interface ParsedFlags {
  config: Record<string, unknown>;
  options: Record<string, string | boolean>;
}

/**
 * Splits argv into config values (by the table above) and the command's own options
 * (`optionNames`). Anything else is an error naming the flag.
 */
export function parseFlags(
  argv: string[],
  optionNames: Record<string, 'string' | 'boolean'>,
): ParsedFlags {
  let config: Record<string, unknown> = {};
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--'))
      throw new Error(`unexpected argument '${arg}' (flags look like --hidden 64)`);
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const inline = eq < 0 ? undefined : body.slice(eq + 1);
    const spec = configFlags[name];
    const kind = spec?.kind ?? optionNames[name];
    if (!kind) throw new Error(`unknown flag --${name}; run with --help for the list`);
    const raw = kind === 'boolean' ? (inline ?? 'true') : (inline ?? argv[++i]);
    if (raw === undefined) throw new Error(`--${name} needs a value`);
    if (!spec) {
      options[name] = kind === 'boolean' ? raw !== 'false' : raw;
      continue;
    }
    config = deepMerge(config, nested(spec.path, convert(name, raw, kind))) as Record<
      string,
      unknown
    >;
  }
  return { config, options };
}

function convert(name: string, raw: string, kind: Kind): unknown {
  if (kind === 'string') return raw;
  if (kind === 'boolean') {
    if (raw !== 'true' && raw !== 'false')
      throw new Error(`--${name} takes true or false, not '${raw}'`);
    return raw === 'true';
  }
  const value = Number(raw);
  if (raw.trim() === '' || Number.isNaN(value))
    throw new Error(`--${name} needs a number, not '${raw}'`);
  return value;
}

function nested(path: string, value: unknown): Record<string, unknown> {
  return path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<
    string,
    unknown
  >;
}

export function flagHelp(): string {
  return Object.entries(configFlags)
    .map(([name, { help }]) => `  --${name.padEnd(14)} ${help}`)
    .join('\n');
}
