/**
 * Every leaf of the run-config schema, read through zod's public JSON Schema export
 * (`z.toJSONSchema`): its type, choices, range, nullability and description, per branch of
 * the task and inhibitor unions. The CLI flags, the lab's controls and their help all come
 * from this list, so a field added to the schema reaches them without being restated.
 */
import { z } from 'zod';
import { runConfigSchema, type RunConfig } from './schema';

/** What one field accepts in one branch of a union (or everywhere). */
export interface FieldInfo {
  path: string;
  /** choice: one of `options` (strings, or numbers such as ℓ ∈ {1, 2}). */
  kind: 'number' | 'boolean' | 'choice';
  integer: boolean;
  /** null is accepted too (e.g. "same as the weights"). */
  nullable: boolean;
  options?: readonly (string | number)[];
  min?: number;
  max?: number;
  description: string;
}

/** A leaf path and what it accepts in each branch that has it. */
export interface SchemaField {
  path: string;
  /**
   * The union the field belongs to: present only when `on` (a discriminator path such as
   * "task.kind") is one of `kinds`. Null for fields every config has.
   */
  branch: { on: string; kinds: string[] } | null;
  /** Per branch kind (null outside unions), in the schema's order. */
  variants: { kind: string | null; info: FieldInfo }[];
}

/** The subset of JSON Schema that zod emits for the run config. */
interface JsonNode {
  type?: string;
  properties?: Record<string, JsonNode>;
  oneOf?: JsonNode[];
  anyOf?: JsonNode[];
  enum?: (string | number)[];
  const?: string | number;
  minimum?: number;
  maximum?: number;
  description?: string;
}

function leafInfo(path: string, node: JsonNode): FieldInfo {
  const description = node.description ?? '';
  const alternatives = node.anyOf ?? [];
  const nullable = alternatives.some((a) => a.type === 'null');
  const rest = alternatives.filter((a) => a.type !== 'null');
  // ℓ is z.union([z.literal(1), z.literal(2)]): an anyOf of consts is a choice.
  if (rest.length > 1 && rest.every((a) => a.const !== undefined)) {
    const options = rest.map((a) => a.const!);
    return { path, kind: 'choice', integer: false, nullable, options, description };
  }
  const value = rest.length === 1 ? rest[0] : node;
  if (value.enum || value.const !== undefined) {
    const options = value.enum ?? [value.const!];
    return { path, kind: 'choice', integer: false, nullable, options, description };
  }
  if (value.type === 'boolean') {
    return { path, kind: 'boolean', integer: false, nullable, description };
  }
  if (value.type !== 'number' && value.type !== 'integer') {
    throw new Error(`${path}: the settings only know numbers, booleans and choices`);
  }
  return {
    path,
    kind: 'number',
    integer: value.type === 'integer',
    nullable,
    min: value.minimum,
    max: value.maximum,
    description,
  };
}

function walk(
  node: JsonNode,
  path: string,
  branch: { on: string; kind: string } | null,
  out: Map<string, SchemaField>,
): void {
  const add = (info: FieldInfo, b: typeof branch) => {
    const field = out.get(info.path) ?? {
      path: info.path,
      branch: b && { on: b.on, kinds: [] },
      variants: [],
    };
    if (b) field.branch!.kinds.push(b.kind);
    field.variants.push({ kind: b?.kind ?? null, info });
    out.set(info.path, field);
  };
  if (node.oneOf) {
    // A discriminated union (task, inhibitor): its `kind` is a choice of every branch, and
    // each branch's own fields belong to that branch.
    const on = `${path}.kind`;
    const kinds = node.oneOf.map((b) => String(b.properties!.kind.const));
    const description = node.description ?? node.oneOf[0].properties!.kind.description ?? '';
    add(
      { path: on, kind: 'choice', integer: false, nullable: false, options: kinds, description },
      null,
    );
    node.oneOf.forEach((option, i) => {
      for (const [key, child] of Object.entries(option.properties!)) {
        if (key !== 'kind') walk(child, `${path}.${key}`, { on, kind: kinds[i] }, out);
      }
    });
    return;
  }
  if (node.type === 'object' && node.properties) {
    for (const [key, child] of Object.entries(node.properties)) {
      walk(child, path ? `${path}.${key}` : key, branch, out);
    }
    return;
  }
  add(leafInfo(path, node), branch);
}

function readSchema(): SchemaField[] {
  // io 'input': the shape a user writes (fields with defaults are optional); the cross-field
  // refinement (trained embeddings) is not a field and is left out.
  const json = z.toJSONSchema(runConfigSchema, { io: 'input', unrepresentable: 'any' });
  const out = new Map<string, SchemaField>();
  walk(json as JsonNode, '', null, out);
  return [...out.values()];
}

/** Every leaf of the run config, in the schema's order. */
export const schemaFields: readonly SchemaField[] = readSchema();

const byPath = new Map(schemaFields.map((f) => [f.path, f]));

export function schemaField(path: string): SchemaField {
  const field = byPath.get(path);
  if (!field) throw new Error(`no run-config field ${path}`);
  return field;
}

/** The value at a dotted path ("model.hidden"), or undefined. */
export function valueAt(config: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) =>
        typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined,
      config,
    );
}

/** Whether `config` is on a branch that has the field (place cells only for navigation). */
export function onBranch(field: SchemaField, config: RunConfig): boolean {
  return !field.branch || field.branch.kinds.includes(String(valueAt(config, field.branch.on)));
}

/** What `path` accepts for this config: the variant of its current task or inhibitor. */
export function fieldInfo(config: RunConfig, path: string): FieldInfo {
  const field = schemaField(path);
  const kind = field.branch ? String(valueAt(config, field.branch.on)) : null;
  return (field.variants.find((v) => v.kind === kind) ?? field.variants[0]).info;
}
