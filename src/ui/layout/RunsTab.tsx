/** The Runs tab: autosaved runs to reopen, rename, delete, or overlay two on one chart. */
import { useLab } from '../../state/labStore';
import type { LabDb } from '../../state/persistence';
import { autosaver, openSavedRun } from '../../state/trainerClient';
import { RunsPanel } from '../runs';

export function RunsTab({ db }: { db: LabDb | null }) {
  // Re-rendered when a new run loads, so the marker follows the autosave entry.
  useLab((s) => s.config);
  if (!db)
    return <p className="loading">Saved runs need IndexedDB, which this browser does not offer.</p>;
  return <RunsPanel store={db} onOpen={openSavedRun} currentRunId={autosaver.runId} />;
}
