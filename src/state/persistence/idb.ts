/**
 * Promises over the few IndexedDB calls the lab needs, so the stores read as plain async
 * code without a library. Awaiting a request inside its transaction is safe: the promise
 * settles in the request's own callback, before the transaction can auto-commit.
 */

/** Resolves with the request's result, rejects with its error. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction has committed (so the data is on disk), rejects on abort. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Runs `work` in one transaction over `stores` and resolves with its value once committed.
 * A throw inside `work` aborts the transaction, so nothing of a half-done write remains.
 */
export async function transact<T>(
  db: IDBDatabase,
  stores: string[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, mode);
  const done = committed(tx);
  let value: T;
  try {
    value = await work(tx);
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the original error is the one worth reporting.
    }
    done.catch(() => undefined);
    throw e;
  }
  await done;
  return value;
}

/** Opens (and on first use creates or upgrades) a database. */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  version: number,
  upgrade: (db: IDBDatabase, oldVersion: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, version);
    req.onupgradeneeded = (e) => upgrade(req.result, e.oldVersion);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(`Could not open the ${name} database`));
    req.onblocked = () =>
      reject(new Error('Saved runs are locked by another tab of the lab: close it and reload'));
  });
}
