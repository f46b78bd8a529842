/**
 * The command line of every CLI: argv parsed by `node:util` parseArgs (strict), the run
 * settings' flags derived from the run-config schema and its settings table (one flag per
 * schema field; types, choices and help from the schema), the same -h/--help, and usage
 * errors that exit 2 naming the flag or the schema field.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  settingByFlag,
  settingFromText,
  settingName,
  settings,
  withSetting,
  type Setting,
} from '../src/core/config/settings';
import type { FieldInfo, SchemaField } from '../src/core/config/schemaFields';

/** A command's own option (not a run setting). */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Shown after the flag in the help, e.g. FILE. */
  value?: string;
  help: string;
}

export interface CliSpec {
  /** The npm script: `npm run <name> -- …`. */
  name: string;
  /** What follows `npm run <name> --` in the usage line. */
  synopsis: string;
  options: Record<string, OptionSpec>;
  /** Whether the run settings' flags apply (experiment, compare). */
  runSettings: boolean;
  /** Positional arguments allowed (topology's run file). */
  positionals?: boolean;
  /** Extra help after the options (e.g. what the run settings do here). */
  notes?: string;
}

export interface ParsedArgs {
  /** The run settings given, nested as a partial run config ({ model: { hidden: 64 } }). */
  config: Record<string, unknown>;
  options: Record<string, string | boolean | undefined>;
  positionals: string[];
  help: boolean;
}

/** A mistake on the command line: exit code 2 and a message naming the flag or field. */
export class UsageError extends Error {}

/** Every run setting's flag, by flag name. */
export const configFlags = settingByFlag;

const info = (s: Setting): FieldInfo => s.field.variants[0].info;

function parseOptions(spec: CliSpec) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, o] of Object.entries(spec.options)) options[name] = { type: o.type };
  if (spec.runSettings) {
    for (const s of settings) {
      const boolean = info(s).kind === 'boolean';
      options[s.flag] = { type: boolean ? 'boolean' : 'string' };
      if (boolean) options[`no-${s.flag}`] = { type: 'boolean' };
    }
  }
  return options;
}

/** `--lambda -1` as `--lambda=-1`: parseArgs takes a dash-led value only in the = form. */
function joinNegativeNumbers(argv: string[], stringFlags: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (stringFlags.has(argv[i]) && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}

/** "--hidden (model.hidden)" for a run setting, "--out" for a command's own option. */
function flagName(flag: string): string {
  const setting = configFlags.get(flag.replace(/^no-/, ''));
  return setting ? settingName({ ...setting, flag }) : `--${flag}`;
}

/** parseArgs' error in the CLIs' words, naming the flag. */
function usageMessage(error: Error & { code?: string }, spec: CliSpec): string {
  const flag = /'--?([^' <=]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      if (!spec.runSettings && configFlags.has(flag.replace(/^no-/, ''))) {
        return `--${flag} is a run setting, which ${spec.name} does not take`;
      }
      return `unknown flag --${flag}; run with --help for the list`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument '${/'([^']*)'/.exec(error.message)?.[1]}' (flags look like --hidden 64)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return error.message.includes('does not take')
        ? `${flagName(flag)} takes no value`
        : `${flagName(flag)} needs a value (one starting with '-' as --${flag}=-x)`;
    default:
      return error.message;
  }
}

/** Parses argv by the command's spec; throws UsageError naming the flag or the field. */
export function parseCli(spec: CliSpec, argv: string[]): ParsedArgs {
  const options = parseOptions(spec);
  const stringFlags = new Set(
    Object.entries(options)
      .filter(([, o]) => o.type === 'string')
      .map(([name]) => `--${name}`),
  );
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(argv, stringFlags),
      options,
      strict: true,
      allowPositionals: spec.positionals ?? false,
    });
  } catch (e) {
    throw new UsageError(usageMessage(e as Error, spec), { cause: e });
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  let config: Record<string, unknown> = {};
  const own: Record<string, string | boolean | undefined> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === 'help') continue;
    const setting = spec.runSettings ? configFlags.get(name.replace(/^no-/, '')) : undefined;
    if (!setting) {
      own[name] = value;
      continue;
    }
    const converted =
      typeof value === 'boolean'
        ? { ok: true as const, value: !name.startsWith('no-') }
        : settingFromText(setting, value!);
    if (!converted.ok) throw new UsageError(converted.error);
    config = withSetting(config, setting, converted.value);
  }
  return { config, options: own, positionals: parsed.positionals, help: values.help === true };
}

const column = (left: string, help: string) =>
  left.length < 22 ? `  ${left.padEnd(22)}${help}` : `  ${left}\n  ${' '.repeat(22)}${help}`;

/** One help line of a run setting: the schema's description, choices, range and branch. */
function settingHelp(s: Setting): string {
  const field = info(s);
  const value =
    field.kind === 'boolean' ? '' : field.kind === 'choice' ? ' NAME' : field.integer ? ' N' : ' X';
  const left = field.kind === 'boolean' ? `--${s.flag}, --no-${s.flag}` : `--${s.flag}${value}`;
  const choices = field.kind === 'choice' ? ` [${field.options!.join(' | ')}]` : '';
  const ranges = new Set(s.field.variants.map((v) => `${v.info.min} … ${v.info.max}`));
  const range =
    field.kind === 'number' && ranges.size === 1 ? ` [${field.min} … ${field.max}]` : '';
  const nullable = field.nullable ? ' (or null)' : '';
  const branch = s.field.branch ? ` (${s.field.branch.on} ${s.field.branch.kinds.join(', ')})` : '';
  return column(left, `${description(s.field)}${choices}${range}${nullable}${branch}`.trim());
}

/**
 * The field's explanation; where branches explain one key differently (task.seqLen, the
 * inhibitors' c), each branch's own, so no branch is described by another's text.
 */
function description(field: SchemaField): string {
  const kinds = new Map<string, string[]>();
  for (const v of field.variants)
    kinds.set(v.info.description, [...(kinds.get(v.info.description) ?? []), String(v.kind)]);
  if (kinds.size <= 1) return field.variants[0].info.description;
  return [...kinds].map(([text, of]) => `${of.join(', ')}: ${text}`).join('; ');
}

/** The run settings' help, grouped as in the lab. */
export function runSettingsHelp(): string {
  const lines: string[] = [];
  for (const s of settings) {
    if (lines.length === 0 || s.group !== settings[settings.indexOf(s) - 1].group) {
      lines.push(` ${s.group}`);
    }
    lines.push(settingHelp(s));
  }
  return lines.join('\n');
}

export function usageLine(spec: CliSpec): string {
  return `Usage: npm run ${spec.name} -- ${spec.synopsis}`;
}

/** The full --help text. */
export function usageText(spec: CliSpec): string {
  const own = Object.entries(spec.options).map(([name, o]) =>
    column(`--${name}${o.value ? ` ${o.value}` : ''}`, o.help),
  );
  const parts = [usageLine(spec), 'Options:', column('-h, --help', 'print this help'), ...own];
  if (spec.notes) parts.push(spec.notes);
  if (spec.runSettings) {
    parts.push(
      "Run settings (one per field of the lab's run schema, which checks every value):",
      runSettingsHelp(),
    );
  }
  return parts.join('\n');
}

/** Prints a usage error as every CLI does and returns its exit code, 2. */
export function usageError(spec: CliSpec, message: string): number {
  console.error(`${spec.name}: ${message}\n${usageLine(spec)}  (-h for help)`);
  return 2;
}

/**
 * Parses argv, prints the help for -h/--help, and reports a usage error (exit 2); otherwise
 * hands the parsed arguments to `run`.
 */
export async function runCommand(
  spec: CliSpec,
  argv: string[],
  run: (args: ParsedArgs) => Promise<number>,
): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseCli(spec, argv);
  } catch (e) {
    if (e instanceof UsageError) return usageError(spec, e.message);
    throw e;
  }
  if (args.help) {
    console.log(usageText(spec));
    return 0;
  }
  return run(args);
}

/**
 * A command's `main` for cli/launch.mjs, memoised, and started at once when the module is run
 * directly (`npx tsx cli/topology.ts …`): a launcher calling `main` as well must not run it twice.
 * `moduleUrl` is the command module's `import.meta.url`.
 */
export function commandEntry(
  spec: CliSpec,
  run: (args: ParsedArgs) => Promise<number>,
  moduleUrl: string,
): (argv: string[]) => Promise<number> {
  let running: Promise<number> | undefined;
  const main = (argv: string[]) => (running ??= runCommand(spec, argv, run));
  if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(moduleUrl)) {
    void main(process.argv.slice(2)).then((code) => {
      process.exitCode = code;
    });
  }
  return main;
}
