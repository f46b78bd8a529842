/**
 * The corpus of malformed run files (issue "Reliability and safety": at least 50): every
 * entry is the valid exported base run (baseRun.ts) with one named thing broken, and the
 * field its refusal must name. Deterministic: the base run is seeded and dated, and every
 * edit is fixed, so `materialize` gives the same texts on every run of the same backend.
 *
 * The lists are static, so tests can enumerate them before the base run is trained; the
 * texts are built on demand (one of them is larger than the 200 MB cap).
 */
import { configMutations } from './configMutations';
import { fileMutations } from './fileMutations';
import type { EditableRun, Mutation } from './mutation';
import { stateMutations } from './stateMutations';
import { weightMutations } from './weightMutations';

export { BASE_CREATED_AT, baseConfig, validRunText } from './baseRun';
export { expectedParts, type Mutation } from './mutation';

export const corpus: readonly Mutation[] = [
  ...fileMutations,
  ...weightMutations,
  ...stateMutations,
  ...configMutations,
];

/** The malformed file's text: the edit applied to a fresh copy of the valid file. */
export function materialize(mutation: Mutation, valid: string): string {
  if ('raw' in mutation) return mutation.raw(valid);
  const file = JSON.parse(valid) as EditableRun;
  mutation.mutate(file);
  return JSON.stringify(file);
}
