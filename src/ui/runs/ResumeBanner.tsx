/**
 * Offers, once on load, to continue a run the page lost mid-training (closed tab, crash,
 * reload): its last autosave is at most 20 s or one epoch behind.
 */
import { useEffect, useState } from 'react';
import type { RunLibrary, RunMeta, SavedRunFile } from '../../state/persistence';
import { formatSavedAt } from './format';
import './runs.css';

export interface ResumeBannerProps {
  store: Pick<RunLibrary, 'latestUnfinishedRun' | 'loadRun' | 'dismissRun'>;
  /** Load the snapshot into the lab (import its file; adopt it in the autosaver). */
  onResume(runFile: SavedRunFile, run: RunMeta): void | Promise<void>;
}

export function ResumeBanner({ store, onResume }: ResumeBannerProps) {
  const [run, setRun] = useState<RunMeta | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // Asked once per mount: the banner is about how the page was left, not about later saves.
    store.latestUnfinishedRun().then(
      (found) => live && setRun(found),
      () => undefined, // No storage, no banner: the lab works without it.
    );
    return () => {
      live = false;
    };
  }, [store]);

  if (!run) return null;
  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setRun(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const resume = () =>
    act(async () => {
      const saved = await store.loadRun(run.id);
      if (!saved) throw new Error('the snapshot is no longer saved');
      await onResume(saved.runFile, run);
    });
  return (
    <div className="resume-banner" role="status">
      <span>
        A run was interrupted at step {run.step.toLocaleString()} (saved{' '}
        {formatSavedAt(run.savedAt)}). Resume from that snapshot?
      </span>
      <button
        className="primary"
        disabled={busy}
        onClick={() => void resume()}
        title={`Load '${run.name}' as last saved (weights, masks, optimizer, metrics) and continue from step ${run.step}; press Train to go on`}
      >
        Resume
      </button>
      <button
        disabled={busy}
        onClick={() => void act(() => store.dismissRun(run.id))}
        title="Don't resume: the snapshot stays in Runs (as paused) and is not offered again"
      >
        Discard
      </button>
      {error && (
        <span className="runs-error" role="alert" title="Resuming failed; the lab is unchanged">
          {error}
        </span>
      )}
    </div>
  );
}
