/**
 * What a control needs to know about a config field (kind, options, range, explanation),
 * read from the run-config schema itself (src/core/config/schemaFields.ts) so the controls
 * can never disagree with it.
 */
import { runConfigSchema, type RunConfig } from '../../core/config/schema';
import {
  fieldInfo as schemaFieldInfo,
  valueAt as schemaValueAt,
} from '../../core/config/schemaFields';
import { formatIssues, parseRunConfig, type Result } from '../../core/config/validate';

export interface FieldInfo {
  path: string;
  description: string;
  control: 'number' | 'select' | 'checkbox';
  options?: string[];
  min?: number;
  max?: number;
  integer?: boolean;
  /** An empty box means null (e.g. the embedding's learning rate: same as the weights). */
  nullable?: boolean;
}

/** The control for `path` on this config's task and inhibitor branch. */
export function fieldInfo(config: RunConfig, path: string): FieldInfo {
  const info = schemaFieldInfo(config, path);
  const { description, nullable } = info;
  if (info.kind === 'choice') {
    return { path, description, control: 'select', options: info.options!.map(String) };
  }
  if (info.kind === 'boolean') return { path, description, control: 'checkbox' };
  const { min, max, integer } = info;
  return { path, description, control: 'number', min, max, integer, nullable };
}

export function valueAt(config: RunConfig, path: string): unknown {
  return schemaValueAt(config, path);
}

function withValue(config: RunConfig, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const current = config as unknown as Record<string, unknown>;
  if (rest.length === 0) return { ...current, [head]: value };
  return { ...current, [head]: withValue(current[head] as RunConfig, rest.join('.'), value) };
}

/**
 * The config with one field changed, or a message naming the field. Switching the task or
 * the inhibitor starts that choice from its own defaults (λ, bias, constants).
 */
export function changeField(config: RunConfig, path: string, value: unknown): Result<RunConfig> {
  if (path === 'task.kind') {
    return parseRunConfig({
      task: { kind: value },
      geometry: config.geometry,
      inhibitor: config.inhibitor,
      seed: config.seed,
    });
  }
  const candidate =
    path === 'inhibitor.kind'
      ? { ...config, inhibitor: { kind: value } }
      : withValue(config, path, value);
  const parsed = runConfigSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: formatIssues(parsed.error) };
}
