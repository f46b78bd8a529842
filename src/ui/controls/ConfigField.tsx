/**
 * One run setting: a number box, a select or a checkbox, with its explanation on hover.
 * Numbers are committed on Enter or blur; a refused value shows its message under the field
 * and the run keeps its current settings.
 */
import { useState } from 'react';
import type { RunConfig } from '../../core/config/schema';
import { fieldInfo, valueAt } from './fields';

export interface ConfigFieldProps {
  config: RunConfig;
  path: string;
  label: string;
  error?: string;
  onChange: (path: string, value: unknown) => void;
}

function rangeText(min?: number, max?: number): string {
  if (min === undefined && max === undefined) return '';
  return ` Range ${min ?? '−∞'} … ${max ?? '∞'}.`;
}

export function ConfigField({ config, path, label, error, onChange }: ConfigFieldProps) {
  const info = fieldInfo(config, path);
  const value = valueAt(config, path);
  const id = `field-${path.replace(/\./g, '-')}`;
  const help = `${info.description}.${rangeText(info.min, info.max)} Changing it starts a new run.`;
  // Screen readers hear the message (when refused) and the explanation with the control.
  const aria = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error ${id}-help` : `${id}-help`,
  };
  return (
    <div className={`field${error ? ' field-error' : ''}`} title={help} data-field={path}>
      <label htmlFor={id}>{label}</label>
      {info.control === 'select' && (
        <select
          id={id}
          {...aria}
          value={String(value)}
          onChange={(e) => onChange(path, coerce(e.target.value, value))}
        >
          {info.options!.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
      {info.control === 'checkbox' && (
        <input
          id={id}
          {...aria}
          type="checkbox"
          checked={Boolean(value)}
          onChange={(e) => onChange(path, e.target.checked)}
        />
      )}
      {info.control === 'number' && (
        <NumberInput
          key={String(value)}
          id={id}
          aria={aria}
          value={value as number | null}
          info={info}
          onCommit={(v) => onChange(path, v)}
        />
      )}
      <span id={`${id}-help`} className="visually-hidden">
        {help}
      </span>
      {error && (
        <div id={`${id}-error`} className="field-message" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

/** Select values are strings; the exponent ℓ is a number literal. */
function coerce(raw: string, previous: unknown): unknown {
  return typeof previous === 'number' ? Number(raw) : raw;
}

function NumberInput(props: {
  id: string;
  aria: { 'aria-invalid'?: boolean; 'aria-describedby': string };
  value: number | null;
  info: ReturnType<typeof fieldInfo>;
  onCommit: (value: number | null) => void;
}) {
  const { id, aria, value, info, onCommit } = props;
  // null (where the schema allows it) shows as an empty box.
  const shown = value === null ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const commit = () => {
    if (draft.trim() === shown) return;
    if (draft.trim() === '') onCommit(info.nullable ? null : NaN);
    else onCommit(Number(draft));
  };
  return (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      value={draft}
      {...aria}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(shown);
      }}
      data-min={info.min}
      data-max={info.max}
    />
  );
}
