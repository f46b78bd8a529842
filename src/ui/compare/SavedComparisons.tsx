/**
 * Comparisons saved in the browser, newest first: open one to see its table again (a
 * comparison can take an hour; its result should outlive the tab), or delete it.
 */
import { useState } from 'react';
import type { ComparisonLibrary } from '../../state/persistence';
import { DeleteActions, useStoreRead } from '../common';

export interface SavedComparisonsProps {
  store: ComparisonLibrary;
  /** The saved comparison shown now, marked in the list. */
  viewingId: string | null;
  onOpen(id: string): void;
}

const listComparisons = (store: ComparisonLibrary) => store.listComparisons();
// No storage: the list stays empty; running comparisons still works.
const ignore = () => undefined;

export function SavedComparisons({ store, viewingId, onOpen }: SavedComparisonsProps) {
  const list = useStoreRead(store, listComparisons, ignore);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!list || list.length === 0) return null;
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
            <DeleteActions
              confirming={confirming === c.id}
              onConfirming={(on) => setConfirming(on ? c.id : null)}
              onDelete={() => void store.deleteComparison(c.id)}
              titles={{
                ask: 'Delete this saved comparison (asks first)',
                delete: 'Delete this saved comparison for good (download it first to keep a copy)',
                keep: 'Keep it',
              }}
            >
              <button
                className="small"
                onClick={() => onOpen(c.id)}
                title="Show this comparison's table and chart (the latest result stays one click away)"
              >
                Open
              </button>
            </DeleteActions>
          </li>
        ))}
      </ul>
    </details>
  );
}
