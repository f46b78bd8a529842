/**
 * What a control needs to know about a config field (kind, options, range, explanation),
 * read from the run-config schema itself so the controls can never disagree with it.
 */
import { z } from 'zod';
import { runConfigSchema, type RunConfig } from '../../core/config/schema';
import { formatIssues, parseRunConfig, type Result } from '../../core/config/validate';

export interface FieldInfo {
  path: string;
  description: string;
  control: 'number' | 'select' | 'checkbox';
  options?: string[];
  min?: number;
  max?: number;
  integer?: boolean;
}

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> } };

function unwrap(schema: AnySchema): { inner: AnySchema; description: string } {
  let s = schema;
  let description = schema.description ?? '';
  while (['default', 'nullable', 'optional'].includes(s._zod.def.type as string)) {
    s = s._zod.def.innerType as AnySchema;
    description ||= s.description ?? '';
  }
  return { inner: s, description };
}

/** The schema of `path`, following the union branch that `config` is on (task, inhibitor). */
function schemaAt(config: RunConfig, path: string): { inner: AnySchema; description: string } {
  let node = unwrap(runConfigSchema as unknown as AnySchema);
  let value: unknown = config;
  for (const key of path.split('.')) {
    let inner = node.inner;
    if (inner._zod.def.type === 'union') {
      const options = inner._zod.def.options as AnySchema[];
      // The discriminator itself offers every branch (every task, every inhibitor).
      if (key === 'kind') return { inner: kindChoices(options), description: node.description };
      const kind = (value as { kind: string }).kind;
      inner =
        options.find((o) => unwrap(shapeOf(o).kind).inner._zod.def.values?.toString() === kind) ??
        options[0];
    }
    node = unwrap(shapeOf(inner)[key]);
    value = (value as Record<string, unknown>)[key];
  }
  return node;
}

/** An enum of the `kind` literals of a discriminated union's branches. */
function kindChoices(options: AnySchema[]): AnySchema {
  const kinds = options.flatMap((o) => unwrap(shapeOf(o).kind).inner._zod.def.values as string[]);
  return z.enum(kinds as [string, ...string[]]) as unknown as AnySchema;
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> {
  return schema._zod.def.shape as Record<string, AnySchema>;
}

export function fieldInfo(config: RunConfig, path: string): FieldInfo {
  const { inner, description } = schemaAt(config, path);
  const def = inner._zod.def;
  if (def.type === 'enum')
    return { path, description, control: 'select', options: Object.keys(def.entries as object) };
  if (def.type === 'literal')
    return { path, description, control: 'select', options: (def.values as unknown[]).map(String) };
  if (def.type === 'union') {
    const options = (def.options as AnySchema[]).map((o) =>
      String((o._zod.def.values as unknown[])[0]),
    );
    return { path, description, control: 'select', options };
  }
  if (def.type === 'boolean') return { path, description, control: 'checkbox' };
  const number = inner as unknown as z.ZodNumber;
  return {
    path,
    description,
    control: 'number',
    min: number.minValue ?? undefined,
    max: number.maxValue ?? undefined,
    integer: number.isInt,
  };
}

export function valueAt(config: RunConfig, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], config);
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
