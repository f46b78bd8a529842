/**
 * Panels that list what the browser has saved (runs, comparisons) read their store once and
 * again after every change it reports, so an autosave shows up without anyone passing lists
 * around.
 */
import { useEffect, useEffectEvent, useState } from 'react';

/** A store that calls `listener` after every committed change; subscribe returns the unsubscribe. */
export interface ChangeNotifier {
  subscribe(listener: () => void): () => void;
}

/**
 * What `read` gets from `store`, read again after each change; null until the first read
 * answers. A failed read goes to `onError` and leaves the last value standing.
 */
export function useStoreRead<S extends ChangeNotifier, T>(
  store: S,
  read: (store: S) => Promise<T>,
  onError: (error: unknown) => void,
): T | null {
  const [value, setValue] = useState<T | null>(null);
  const readNow = useEffectEvent(() => read(store));
  const fail = useEffectEvent((error: unknown) => onError(error));
  useEffect(() => {
    let live = true;
    const refresh = () =>
      readNow().then(
        (v) => live && setValue(v),
        (e: unknown) => live && fail(e),
      );
    void refresh();
    const unsubscribe = store.subscribe(() => void refresh());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);
  return value;
}
