/** The top bar's preset picker: single-run presets, each a plain config with its own note. */
import { presets, type RunPreset } from '../../core/experiments/presets';
import { loadRunPreset } from './loadPreset';

const runPresets = presets.filter((p): p is RunPreset => p.kind === 'run');

export function PresetPicker() {
  const onPick = (id: string) => {
    const preset = runPresets.find((p) => p.id === id);
    if (preset) void loadRunPreset(preset);
  };
  return (
    <select
      aria-label="Preset"
      value=""
      onChange={(e) => onPick(e.target.value)}
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
