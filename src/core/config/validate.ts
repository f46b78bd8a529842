/**
 * Turning untrusted input into a RunConfig, or into a message that names the bad field.
 */
import type { z } from 'zod';
import { runConfigSchema, type RunConfig } from './schema';
import { taskDefaults } from './defaults';

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

function applyTaskDefaults(input: unknown): unknown {
  if (!isPlainObject(input)) return input;
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
