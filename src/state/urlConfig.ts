/**
 * A run config in the page address, so a link reproduces a setup, seed included. Each field
 * that differs from the task's defaults is a parameter named as its CLI flag
 * (`?task=adding&hidden=64&seed=3`, from the settings table), to keep links short and
 * readable; older links carry the whole config as JSON (`?run={...}`). Reading validates
 * with the same schema as everything else.
 */
import type { RunConfig } from '../core/config/schema';
import { valueAt } from '../core/config/schemaFields';
import { settingByFlag, settingFromText, settings, withSetting } from '../core/config/settings';
import { deepMerge, isPlainObject, parseRunConfig, runConfig } from '../core/config/validate';

/** The parameter of a whole config as JSON (links written before the per-setting form). */
export const URL_PARAM = 'run';
/** Longer addresses are refused before parsing (browsers and servers cut them anyway). */
const MAX_PARAM_LENGTH = 8000;

export interface UrlConfig {
  config: RunConfig;
  /** Why the link's config was not used (defaults are loaded instead), or null. */
  error: string | null;
}

export function readUrlConfig(search: string): UrlConfig | null {
  const params = new URLSearchParams(search);
  const raw = params.get(URL_PARAM);
  const given = [...params].filter(([name]) => settingByFlag.has(name));
  if (raw === null && given.length === 0) return null;
  const fallback = (error: string): UrlConfig => ({
    config: runConfig({}),
    error: `Link ignored: ${error}`,
  });
  let json: unknown = {};
  if (raw !== null) {
    if (raw.length > MAX_PARAM_LENGTH)
      return fallback(`the "${URL_PARAM}" parameter is longer than ${MAX_PARAM_LENGTH} characters`);
    try {
      json = JSON.parse(raw);
    } catch {
      return fallback(`the "${URL_PARAM}" parameter is not valid JSON`);
    }
  }
  let fields: Record<string, unknown> = {};
  for (const [name, text] of given) {
    const setting = settingByFlag.get(name)!;
    const value = settingFromText(setting, text);
    if (!value.ok) return fallback(value.error.replace(/^--/, ''));
    fields = withSetting(fields, setting, value.value);
  }
  const parsed = parseRunConfig(given.length > 0 ? deepMerge(json, fields) : json);
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
  const diff = difference(config, base) ?? {};
  const url = new URL(href);
  url.searchParams.delete(URL_PARAM);
  for (const setting of settings) {
    const path = setting.field.path;
    // The task kind and the seed always travel, so a link never depends on today's defaults
    // for them; the inhibitor's kind travels with any of its constants.
    const always =
      path === 'task.kind' ||
      path === 'seed' ||
      (path === 'inhibitor.kind' && valueAt(diff, 'inhibitor') !== undefined);
    if (always || valueAt(diff, path) !== undefined) {
      url.searchParams.set(setting.flag, String(valueAt(config, path)));
    } else url.searchParams.delete(setting.flag);
  }
  return url.toString();
}
