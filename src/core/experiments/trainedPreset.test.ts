import { expect, test } from 'vitest';
import { parseComparisonConfig, planComparison } from './comparison';
import { getPreset } from './presets';

test('the Table 9 preset trains as the authors’ adding problem: 0.99^epoch and a stabiliser epoch', () => {
  const preset = getPreset('trained-r3');
  if (preset?.kind !== 'comparison') throw new Error('trained-r3 is a comparison');
  const parsed = parseComparisonConfig(preset.config);
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = planComparison(parsed.value);
  expect(new Set(plan.map((r) => r.condition))).toEqual(
    new Set(['fixed torus', 'trained torus', 'trained R³']),
  );
  for (const { config } of plan) {
    expect(config.geometry.embeddingGradientDecay).toBe(0.99);
    expect(config.training).toMatchObject({ epochs: 10, stabiliserEpochs: 1 });
  }
  // Other presets keep the defaults: no per-epoch factor, no stabiliser epochs.
  const table8 = getPreset('table8');
  if (table8?.kind !== 'comparison') throw new Error('table8 is a comparison');
  const other = parseComparisonConfig(table8.config);
  if (!other.ok) throw new Error(other.error);
  for (const { config } of planComparison(other.value)) {
    expect(config.geometry.embeddingGradientDecay).toBe(1);
    expect(config.training.stabiliserEpochs).toBe(0);
  }
});
