import { describe, expect, test } from 'vitest';
import { inhibitorSchema, taskSchema } from '../../core/config/schema';
import { runConfig } from '../../core/config/validate';
import { schemaFields } from '../../core/config/schemaFields';
import { changeField, fieldInfo } from './fields';
import { controlGroups } from './groups';

describe('controls read the run schema', () => {
  const config = runConfig({});

  test('the task and inhibitor pickers offer every branch, not just the current one', () => {
    // The union's branches as the schema lists them, so a new task or inhibitor needs no edit here.
    const kinds = (union: { options: readonly { shape: { kind: { value: string } } }[] }) =>
      union.options.map((o) => o.shape.kind.value);
    expect(fieldInfo(config, 'task.kind').options).toEqual(kinds(taskSchema));
    expect(fieldInfo(config, 'inhibitor.kind').options).toEqual(kinds(inhibitorSchema));
    expect(kinds(taskSchema).slice(0, 3)).toEqual(['navigation', 'adding', 'text']);
    expect(kinds(inhibitorSchema)).toContain('sinusoid');
  });

  test('number fields carry the schema range and explanation', () => {
    const hidden = fieldInfo(config, 'model.hidden');
    expect(hidden).toMatchObject({ control: 'number', min: 2, max: 4096, integer: true });
    expect(hidden.description).toContain('recurrent units');
  });

  test('a change is validated: a refusal names the field, a task switch takes that task’s defaults', () => {
    const refused = changeField(config, 'model.hidden', 0);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toContain('model.hidden');
    const adding = changeField(config, 'task.kind', 'adding');
    expect(adding.ok && adding.value.regularizer.lambda).toBe(1e-3);
  });

  test('every schema field has one control, shown only where it applies', () => {
    const fields = controlGroups.flatMap((g) => g.fields);
    expect(fields.map((f) => f.path).sort()).toEqual(schemaFields.map((f) => f.path).sort());
    const shown = (c: typeof config) => fields.filter((f) => f.when(c)).map((f) => f.path);
    expect(shown(config)).toContain('task.placeCells');
    expect(shown(config)).not.toContain('task.layers');
    expect(shown(config)).not.toContain('geometry.dimension'); // the torus ignores it
    expect(shown(runConfig({ geometry: { manifold: 'ntorus' } }))).toContain('geometry.dimension');
    expect(shown(runConfig({ inhibitor: { kind: 'sinusoid' } }))).toEqual(
      expect.arrayContaining(['inhibitor.mu', 'inhibitor.c']),
    );
  });

  test('a nullable number (the embedding learning rate) says so; ℓ is a choice of numbers', () => {
    expect(fieldInfo(config, 'geometry.embeddingLearningRate')).toMatchObject({
      control: 'number',
      nullable: true,
      min: 0,
      max: 1,
    });
    expect(fieldInfo(config, 'regularizer.exponent').options).toEqual(['1', '2']);
  });
});
