/**
 * One saved run in the Runs list: its name (edited in place, as renaming is the one edit a
 * saved run needs), what it is, how far it got, and the actions on it.
 */
import { useState, type KeyboardEvent } from 'react';
import type { RunMeta, SavedRunStatus } from '../../state/persistence';
import { DeleteActions } from '../common';
import { formatBytes, formatMetric, formatSavedAt, formatSteps } from './format';

export interface RunRowProps {
  run: RunMeta;
  /** The entry the current run autosaves to. */
  current: boolean;
  picked: boolean;
  /** Two runs are already picked for the overlay. */
  pickDisabled: boolean;
  onPick(picked: boolean): void;
  onRename(name: string): void;
  onOpen(): void;
  onDelete(): void;
}

const STATUS_TITLES: Record<SavedRunStatus, string> = {
  running: 'Saved while training; the page closed before it paused or finished',
  paused: 'Saved while paused (or left by Reset / New seed / a new config)',
  done: 'Trained to its last step',
  diverged: 'Training stopped: the loss or a weight became NaN or infinite',
};

export function RunRow({ run, current, picked, pickDisabled, ...on }: RunRowProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const commit = () => {
    if (draft !== null && draft.trim() && draft.trim() !== run.name) on.onRename(draft.trim());
    setDraft(null);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') e.currentTarget.blur();
    else if (e.key === 'Escape') setDraft(null);
  };
  return (
    <tr className={current ? 'runs-current' : undefined}>
      <td>
        <input
          type="checkbox"
          checked={picked}
          disabled={pickDisabled && !picked}
          onChange={(e) => on.onPick(e.target.checked)}
          title="Pick two runs to draw their task metric on one chart below"
          aria-label={`Compare ${run.name}`}
        />
      </td>
      <td>
        <div className="runs-name-cell">
          <input
            type="text"
            className="runs-name"
            value={draft ?? run.name}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKey}
            onBlur={commit}
            title="The run's name: click to edit, Enter to save, Esc to undo"
            aria-label="Run name"
          />
          {current && (
            <span
              className="runs-tag"
              title="The run in the lab now; it keeps saving to this entry"
            >
              current
            </span>
          )}
        </div>
      </td>
      <td
        title={`Last saved ${new Date(run.savedAt).toLocaleString()}${
          run.fileBytes === undefined ? '' : `; the run file takes ${formatBytes(run.fileBytes)}`
        }`}
      >
        {formatSavedAt(run.savedAt)}
      </td>
      <td title="Task and the manifold the hidden units live on">
        {run.task} · {run.manifold}
      </td>
      <td className="runs-num" title="Training steps done, of the run's total">
        {formatSteps(run)}{' '}
        <span className={`runs-status runs-${run.status}`} title={STATUS_TITLES[run.status]}>
          {run.status}
        </span>
      </td>
      <td
        className="runs-num"
        title="Task metric at the last save: the latest validation, or the training batch's before the first epoch ended"
      >
        {formatMetric(run)}
      </td>
      <td>
        <div className="runs-actions">
          <DeleteActions
            confirming={confirming}
            onConfirming={setConfirming}
            onDelete={on.onDelete}
            titles={{
              ask: 'Delete this saved run (asks first)',
              delete: 'Delete this saved run for good (export it first to keep a copy)',
              keep: 'Keep the run',
            }}
          >
            <button
              className="small"
              onClick={on.onOpen}
              title="Load this run into the lab to inspect it or continue training (replaces the current run; it stays saved)"
            >
              Open
            </button>
          </DeleteActions>
        </div>
      </td>
    </tr>
  );
}
