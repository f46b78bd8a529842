/**
 * Comparisons saved in the browser, newest first: open one to see its table again (a
 * comparison can take an hour; its result should outlive the tab), or delete it.
 */
import { useEffect, useState } from 'react';
import type { ComparisonLibrary, ComparisonMeta } from '../../state/persistence';

export interface SavedComparisonsProps {
  store: ComparisonLibrary;
  /** The saved comparison shown now, marked in the list. */
  viewingId: string | null;
  onOpen(id: string): void;
}

export function SavedComparisons({ store, viewingId, onOpen }: SavedComparisonsProps) {
  const [list, setList] = useState<ComparisonMeta[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      store.listComparisons().then(
        (l) => live && setList(l),
        () => undefined, // No storage: the list stays empty; running comparisons still works.
      );
    void refresh();
    const unsubscribe = store.subscribe(() => void refresh());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);
  if (list.length === 0) return null;
  return (
    <details className="cmp-saved" open>
      <summary title="Comparisons kept in this browser">Saved comparisons ({list.length})</summary>
      <ul>
        {list.map((c) => (
          <li key={c.id} className={c.id === viewingId ? 'cmp-viewing' : undefined}>
            <span title={`Saved ${new Date(c.savedAt).toLocaleString()}`}>{c.name}</span>
            {!c.complete && (
              <span
                className="cmp-tag"
                title="Cancelled before its last run: some cells have fewer seeds"
              >
                partial
              </span>
            )}
            {confirming === c.id ? (
              <>
                <button
                  className="small cmp-danger"
                  onClick={() => void store.deleteComparison(c.id)}
                  title="Delete this saved comparison for good (download it first to keep a copy)"
                >
                  Delete for good
                </button>
                <button className="small" onClick={() => setConfirming(null)} title="Keep it">
                  Keep
                </button>
              </>
            ) : (
              <>
                <button
                  className="small"
                  onClick={() => onOpen(c.id)}
                  title="Show this comparison's table and chart (the latest result stays one click away)"
                >
                  Open
                </button>
                <button
                  className="small"
                  onClick={() => setConfirming(c.id)}
                  title="Delete this saved comparison (asks first)"
                >
                  Delete
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
