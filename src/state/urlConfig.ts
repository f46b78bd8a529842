/**
 * A run config in the page address (`?run={...}`), so a link reproduces a setup, seed
 * included. Only fields that differ from the task's defaults are written, to keep links
 * short and readable; reading validates with the same schema as everything else.
 */
import type { RunConfig } from '../core/config/schema';
import { isPlainObject, parseRunConfig, runConfig } from '../core/config/validate';

export const URL_PARAM = 'run';
/** Longer addresses are refused before parsing (browsers and servers cut them anyway). */
const MAX_PARAM_LENGTH = 8000;

export interface UrlConfig {
  config: RunConfig;
  /** Why the link's config was not used (defaults are loaded instead), or null. */
  error: string | null;
}

export function readUrlConfig(search: string): UrlConfig | null {
  const raw = new URLSearchParams(search).get(URL_PARAM);
  if (raw === null) return null;
  const fallback = (error: string): UrlConfig => ({
    config: runConfig({}),
    error: `Link ignored: ${error}`,
  });
  if (raw.length > MAX_PARAM_LENGTH)
    return fallback(`the "${URL_PARAM}" parameter is longer than ${MAX_PARAM_LENGTH} characters`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fallback(`the "${URL_PARAM}" parameter is not valid JSON`);
  }
  const parsed = parseRunConfig(json);
  return parsed.ok ? { config: parsed.value, error: null } : fallback(parsed.error);
}

/** The fields of `value` that differ from `base` (objects compared key by key). */
function difference(value: unknown, base: unknown): unknown {
  if (!isPlainObject(value) || !isPlainObject(base)) return value === base ? undefined : value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const d = difference(v, base[key]);
    if (d !== undefined) out[key] = d;
  }
  return Object.keys(out).length ? out : undefined;
}

export function urlForConfig(config: RunConfig, href: string): string {
  const base = runConfig({ task: { kind: config.task.kind } });
  const diff = (difference(config, base) ?? {}) as Record<string, unknown>;
  // The task kind and the seed always travel, so a link never depends on today's defaults for them.
  const minimal = {
    ...diff,
    task: { ...(diff.task as object), kind: config.task.kind },
    seed: config.seed,
  };
  const url = new URL(href);
  url.searchParams.set(URL_PARAM, JSON.stringify(minimal));
  return url.toString();
}
