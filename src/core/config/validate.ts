/**
 * Turning untrusted input into a RunConfig, or into a message that names the bad field.
 */
import type { z } from 'zod';
import { runConfigSchema, type RunConfig } from './schema';
import { taskDefaults } from './defaults';
import { schemaFields } from './schemaFields';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * "model.hidden: Too small: expected number to be >=2" — the first problems, each with its
 * field; `prefix` names where the checked object sits (e.g. "config.geometry"), `root` what
 * to call it when the problem is the object itself.
 */
export function formatIssues(error: z.ZodError, prefix = '', root = '(config)'): string {
  return error.issues
    .slice(0, 4)
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      return `${path || root}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Validates a partial config, filling task-appropriate defaults for what is missing. `prefix`
 * names where the config sits (a run file's "config"): it leads every path in the message and
 * is what a config that is not an object is called.
 */
export function parseRunConfig(input: unknown, prefix = ''): Result<RunConfig> {
  const withDefaults = applyTaskDefaults(input);
  const parsed = runConfigSchema.safeParse(withDefaults);
  if (!parsed.success) {
    return { ok: false, error: formatIssues(parsed.error, prefix, prefix || undefined) };
  }
  return { ok: true, value: parsed.data };
}

/** Throws an Error with the field-naming message; for the CLI and core callers. */
export function runConfig(input: unknown): RunConfig {
  const result = parseRunConfig(input);
  if (!result.ok) throw new Error(`Invalid run config: ${result.error}`);
  return result.value;
}

/** Each union section ("task", "inhibitor"): the keys of each of its kinds, and the default kind. */
let unions: { section: string; keys: Map<string, string[]>; fallback: string }[] | undefined;

function unionSections() {
  if (unions) return unions;
  const defaults = runConfigSchema.parse({}) as Record<string, { kind?: string }>;
  const bySection = new Map<string, Map<string, string[]>>();
  for (const field of schemaFields) {
    if (!field.branch) continue;
    const section = field.branch.on.replace(/\.kind$/, '');
    const keys = bySection.get(section) ?? new Map<string, string[]>();
    for (const kind of field.branch.kinds) {
      keys.set(kind, [...(keys.get(kind) ?? []), field.path.slice(section.length + 1)]);
    }
    bySection.set(section, keys);
  }
  unions = [...bySection].map(([section, keys]) => ({
    section,
    keys,
    fallback: String(defaults[section]?.kind),
  }));
  return unions;
}

/**
 * A union section given without its kind ({ inhibitor: { sigma1: 0.5 } }, as from the CLI's
 * --sigma1) is taken on the default kind when that has every given key, else on the one
 * kind that has them; otherwise it is left for the schema to refuse, naming the kind.
 */
function fillKinds(input: Record<string, unknown>): Record<string, unknown> {
  let out = input;
  for (const { section, keys, fallback } of unionSections()) {
    const given = out[section];
    if (!isPlainObject(given) || given.kind !== undefined) continue;
    const fits = [...keys]
      .filter(([, have]) => Object.keys(given).every((k) => have.includes(k)))
      .map(([kind]) => kind);
    const kind = fits.includes(fallback) ? fallback : fits.length === 1 ? fits[0] : undefined;
    if (kind !== undefined) out = { ...out, [section]: { ...given, kind } };
  }
  return out;
}

function applyTaskDefaults(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  const input = fillKinds(raw);
  const task = input.task;
  const kind = isPlainObject(task) ? task.kind : undefined;
  if (typeof kind !== 'string' || !Object.hasOwn(taskDefaults, kind)) return input;
  return deepMerge(taskDefaults[kind as keyof typeof taskDefaults], input);
}

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Merges b over a; objects merge key by key, everything else from b replaces a. */
export function deepMerge(a: unknown, b: unknown): unknown {
  if (!isPlainObject(a) || !isPlainObject(b)) return b === undefined ? a : b;
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    // defineProperty keeps a JSON "__proto__" key an own field, so the strict schema names it
    // instead of it silently replacing the prototype.
    Object.defineProperty(out, key, {
      value: deepMerge(Object.hasOwn(a, key) ? a[key] : undefined, value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
