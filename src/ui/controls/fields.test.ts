import { describe, expect, test } from 'vitest';
import { runConfig } from '../../core/config/validate';
import { changeField, fieldInfo } from './fields';

describe('controls read the run schema', () => {
  const config = runConfig({});

  test('the task and inhibitor pickers offer every branch, not just the current one', () => {
    expect(fieldInfo(config, 'task.kind').options).toEqual(['navigation', 'adding', 'text']);
    expect(fieldInfo(config, 'inhibitor.kind').options).toEqual([
      'dog',
      'ricker',
      'diffusion',
      'sinusoid',
    ]);
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
});
