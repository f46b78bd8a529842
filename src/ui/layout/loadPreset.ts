/** Loads a single-run preset as the current run and says what it is (picker and welcome panel). */
import { runConfig } from '../../core/config/validate';
import type { RunPreset } from '../../core/experiments/presets';
import { useLab } from '../../state/labStore';
import { applyConfig } from '../../state/trainerClient';

export async function loadRunPreset(preset: RunPreset): Promise<boolean> {
  const loaded = await applyConfig(runConfig(preset.config));
  if (loaded) {
    useLab
      .getState()
      .actions.notify({ kind: 'info', text: `${preset.title}: ${preset.description}` });
  }
  return loaded;
}
