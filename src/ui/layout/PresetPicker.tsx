/** The top bar's preset picker: single-run presets, each a plain config with its own note. */
import { presets } from '../../core/experiments/presets';
import { runConfig } from '../../core/config/validate';
import { applyConfig } from '../../state/trainerClient';
import { useLab } from '../../state/labStore';

const runPresets = presets.filter((p) => p.kind === 'run');

export function PresetPicker() {
  const { notify } = useLab((s) => s.actions);
  const onPick = async (id: string) => {
    const preset = runPresets.find((p) => p.id === id);
    if (!preset) return;
    if (await applyConfig(runConfig(preset.config)))
      notify({ kind: 'info', text: `${preset.title}: ${preset.description}` });
  };
  return (
    <select
      aria-label="Preset"
      value=""
      onChange={(e) => void onPick(e.target.value)}
      title="Start a new run from a ready preset; comparisons of several conditions are in the Compare tab"
    >
      <option value="" disabled>
        preset…
      </option>
      {runPresets.map((p) => (
        <option key={p.id} value={p.id} title={p.description}>
          {p.title}
        </option>
      ))}
    </select>
  );
}
