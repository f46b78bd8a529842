/**
 * The Compare form: a preset (with its description, which says how it differs from the
 * paper's scale) and the few things worth changing before a run: seeds, sparsities,
 * lottery tickets and, for a quick look, fewer steps.
 */
import type { ReactNode } from 'react';
import {
  formFromPreset,
  presetLength,
  runLength,
  type CompareForm,
  type ComparisonPreset,
  type FieldErrors,
  type FormField,
} from './compareForm';

export interface ComparisonSetupProps {
  presets: readonly ComparisonPreset[];
  form: CompareForm;
  onChange(form: CompareForm): void;
  errors: FieldErrors;
  running: boolean;
  onRun(): void;
  onCancel(): void;
}

function Field(props: { label: string; title: string; error?: string; children: ReactNode }) {
  return (
    <label className="cmp-field" title={props.title}>
      <span className="cmp-label">{props.label}</span>
      {props.children}
      {props.error && (
        <span className="cmp-error" role="alert">
          {props.error}
        </span>
      )}
    </label>
  );
}

export function ComparisonSetup(props: ComparisonSetupProps) {
  const { presets, form, onChange, errors, running } = props;
  const preset = presets.find((p) => p.id === form.presetId) ?? presets[0];
  const own = presetLength(preset);
  // While the typed steps are no positive whole number the note keeps the preset's length
  // (the field's error says what is wrong once Run is pressed).
  const length = runLength(form, preset) ?? own;
  const { epochs, stabiliserEpochs, stepsPerEpoch } = length.training;
  const set = (field: Exclude<FormField, 'preset'>, value: string | boolean) =>
    onChange({ ...form, [field]: value });
  /** A labelled text box for one of the form's text fields, with its error below. */
  const textField = (
    field: 'seeds' | 'sparsities' | 'steps',
    label: string,
    title: string,
    extra: { inputMode?: 'numeric'; placeholder?: string } = {},
  ) => (
    <Field label={label} title={title} error={errors[field]}>
      <input
        type="text"
        {...extra}
        value={form[field]}
        disabled={running}
        onChange={(e) => set(field, e.target.value)}
      />
    </Field>
  );

  return (
    <div className="cmp-setup">
      <Field
        label="Experiment"
        title="A ready-made comparison from the paper's tables, scaled to run in the browser"
        error={errors.preset}
      >
        <select
          value={preset.id}
          disabled={running}
          onChange={(e) => {
            const next = presets.find((p) => p.id === e.target.value);
            if (next) onChange(formFromPreset(next));
          }}
        >
          {presets.map((p) => (
            <option key={p.id} value={p.id} title={p.description}>
              {p.title}
            </option>
          ))}
        </select>
      </Field>
      <p
        className="cmp-description"
        title="What this experiment runs and how it differs from the paper"
      >
        {preset.description}
      </p>
      <div className="cmp-fields">
        {textField(
          'seeds',
          'Seeds',
          'One run per seed and cell; the table shows mean (std) over them. Whole numbers, separated by commas or spaces',
        )}
        {textField(
          'sparsities',
          'Target sparsities (%)',
          "Share of weights pruned by the last epoch, in percent (e.g. 90, 95); each gives a 'p% Sparse' and a 'p% Lottery' row",
        )}
        {textField(
          'steps',
          'Steps per run',
          "Fewer steps for a quick look, stabiliser epochs included (the preset's epochs are kept, so the pruning schedule keeps its shape); empty: the preset's length",
          { inputMode: 'numeric', placeholder: String(own.steps) },
        )}
        <label
          className="cmp-check"
          title="Also retrain each pruned network's lottery ticket (its mask, from its initial weights) for as many steps: the 'Lottery' rows; doubles the time"
        >
          <input
            type="checkbox"
            checked={form.lottery}
            disabled={running}
            onChange={(e) => set('lottery', e.target.checked)}
          />
          Lottery tickets
        </label>
      </div>
      <p
        className="cmp-note"
        title="The length of each run as it will be trained: its epochs and any stabiliser epochs (trained positions frozen at the final sparsity), each of the same steps"
      >
        {epochs} epochs
        {stabiliserEpochs > 0 &&
          ` + ${stabiliserEpochs} stabiliser epoch${stabiliserEpochs > 1 ? 's' : ''}`}{' '}
        × {stepsPerEpoch} steps = {length.steps.toLocaleString()} steps per run,{' '}
        {preset.config.conditions.length} conditions
        {form.lottery ? ', each with its lottery ticket' : ''}
      </p>
      <div className="cmp-buttons">
        <button
          className="primary"
          disabled={running}
          onClick={props.onRun}
          title="Check the settings and train every run of the comparison in the worker (the current run pauses meanwhile)"
        >
          Run
        </button>
        <button
          disabled={!running}
          onClick={props.onCancel}
          title="Stop after the current step; the table keeps the runs finished so far"
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
