/**
 * The saved runs (autosaved or reopened), newest first: rename, open, delete, and pick two
 * to overlay their metric. It reads the store itself and follows its changes, so an
 * autosave shows up without the app passing lists around.
 */
import { useState } from 'react';
import type { RunLibrary, RunMeta, SavedRunFile } from '../../state/persistence';
import { useStoreRead } from '../common';
import { RunOverlayChart } from './RunOverlayChart';
import { RunRow } from './RunRow';
import '../views/views.css';
import '../common/common.css';
import './runs.css';

export interface RunsPanelProps {
  store: RunLibrary;
  /** Load a saved run into the lab (import its file; adopt it in the autosaver). */
  onOpen(runFile: SavedRunFile, run: RunMeta): void | Promise<void>;
  /** The entry the current run autosaves to, marked in the list. */
  currentRunId?: string | null;
}

export function RunsPanel({ store, onOpen, currentRunId = null }: RunsPanelProps) {
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const runs = useStoreRead(store, (s) => s.listRuns(), fail);

  const open = async (run: RunMeta) => {
    setError(null);
    try {
      const saved = await store.loadRun(run.id);
      if (!saved) throw new Error(`'${run.name}' is no longer saved`);
      await onOpen(saved.runFile, run);
    } catch (e) {
      fail(e);
    }
  };
  const pick = (id: string, on: boolean) =>
    setPicked((p) => (on ? [...p, id].slice(-2) : p.filter((x) => x !== id)));

  if (!runs) return <p className="runs-note">Reading saved runs…</p>;
  const pickedRuns = picked
    .map((id) => runs.find((r) => r.id === id))
    .filter((r): r is RunMeta => r !== undefined);
  return (
    <section className="lab-panel runs-panel" aria-label="Saved runs">
      {error && (
        <p className="runs-error" role="alert" title="The last action on saved runs failed">
          {error}
        </p>
      )}
      {runs.length === 0 ? (
        <p className="runs-note">
          No saved runs yet. Runs save themselves while training (every 20 s, at each epoch end and
          when paused or finished).
        </p>
      ) : (
        <table className="runs-table">
          <thead>
            <tr>
              <th title="Pick two runs to overlay their metric">vs</th>
              <th title="Editable name; new runs are named after task, manifold, condition and seed">
                Name
              </th>
              <th title="When the run was last saved">Saved</th>
              <th title="Task and manifold">Run</th>
              <th title="Steps done / total, and the state it was saved in">Steps</th>
              <th title="Task metric at the last save (lower is better)">Metric</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <RunRow
                key={run.id}
                run={run}
                current={run.id === currentRunId}
                picked={picked.includes(run.id)}
                pickDisabled={pickedRuns.length >= 2}
                onPick={(on) => pick(run.id, on)}
                onRename={(name) => void store.renameRun(run.id, name).catch(fail)}
                onOpen={() => void open(run)}
                onDelete={() => {
                  pick(run.id, false);
                  void store.deleteRun(run.id).catch(fail);
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      {pickedRuns.length === 2 ? (
        <RunOverlayChart store={store} runs={pickedRuns} />
      ) : (
        runs.length > 1 && (
          <p className="runs-note">Tick two runs to draw their metric on one chart.</p>
        )
      )}
    </section>
  );
}
