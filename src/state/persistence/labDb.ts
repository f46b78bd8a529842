/**
 * The lab's IndexedDB database. Runs are split over two object stores: 'runs' holds the
 * small description the list shows and 'runFiles' the run file (an .npz Blob), so listing
 * twenty runs does not read a hundred MB of weights. Both are written in one transaction,
 * so a run is never listed without its file, and a write that fails leaves the previous
 * save of that run as it was.
 */
import { openDatabase, request, transact } from './idb';
import {
  newId,
  type ComparisonLibrary,
  type ComparisonMeta,
  type ComparisonToSave,
  type RunLibrary,
  type RunMeta,
  type RunToSave,
  type SavedComparison,
  type SavedRun,
} from './types';

const DB_NAME = 'moduli-lab';
const DB_VERSION = 1;
const RUNS = 'runs';
const RUN_FILES = 'runFiles';
const COMPARISONS = 'comparisons';

/**
 * A run's file as stored: `file`, the .npz Blob, in everything saved now; `text`, the JSON
 * run file, in entries earlier versions of the lab wrote. Both are read, so runs saved before
 * the switch still open, and telling them apart by field needs no schema upgrade (which
 * would block while another tab of the lab is open). A new save replaces the whole record.
 */
interface RunFileRecord {
  id: string;
  file?: Blob;
  text?: string;
}

const newestFirst = (a: { savedAt: number }, b: { savedAt: number }) => b.savedAt - a.savedAt;

/** Default name of a run: what it is, so the list reads without opening anything. */
export function defaultRunName(run: Pick<RunMeta, 'task' | 'manifold' | 'savedAt'>): string {
  const time = new Date(run.savedAt).toLocaleString(undefined, {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return `${run.task} · ${run.manifold} · ${time}`;
}

export class LabDb implements RunLibrary, ComparisonLibrary {
  private listeners = new Set<() => void>();

  private constructor(private readonly db: IDBDatabase) {
    // Another tab upgrading the schema must not be blocked by this one.
    db.onversionchange = () => db.close();
  }

  /** Opens the lab's database; rejects where IndexedDB is unavailable (some private modes). */
  static async open(options: { factory?: IDBFactory; name?: string } = {}): Promise<LabDb> {
    const factory = options.factory ?? globalThis.indexedDB;
    if (!factory) throw new Error('This browser offers no IndexedDB: runs cannot be saved');
    const db = await openDatabase(factory, options.name ?? DB_NAME, DB_VERSION, (db) => {
      for (const name of [RUNS, RUN_FILES, COMPARISONS]) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'id' });
      }
    });
    return new LabDb(db);
  }

  close(): void {
    this.db.close();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Saves (inserts or replaces) a run with its file. Without a name an existing run keeps
   * its own, so an autosave never undoes a rename; a new run gets defaultRunName.
   * IndexedDB keeps the Blob as it is (on disk, not copied through this thread).
   */
  async saveRun(run: RunToSave): Promise<RunMeta> {
    const { runFile, ...rest } = run;
    const savedAt = run.savedAt ?? Date.now();
    const meta = await transact(this.db, [RUNS, RUN_FILES], 'readwrite', async (tx) => {
      const runs = tx.objectStore(RUNS);
      const old = (await request(runs.get(run.id))) as RunMeta | undefined;
      const name = run.name ?? old?.name ?? defaultRunName({ ...rest, savedAt });
      const meta: RunMeta = { ...rest, name, savedAt, fileBytes: runFile.size };
      runs.put(meta);
      tx.objectStore(RUN_FILES).put({ id: run.id, file: runFile } satisfies RunFileRecord);
      return meta;
    });
    this.changed();
    return meta;
  }

  /** Every saved run's description, newest first. */
  async listRuns(): Promise<RunMeta[]> {
    const runs = await transact(this.db, [RUNS], 'readonly', (tx) =>
      request(tx.objectStore(RUNS).getAll() as IDBRequest<RunMeta[]>),
    );
    return runs.sort(newestFirst);
  }

  async loadRun(id: string): Promise<SavedRun | null> {
    return transact(this.db, [RUNS, RUN_FILES], 'readonly', async (tx) => {
      const meta = (await request(tx.objectStore(RUNS).get(id))) as RunMeta | undefined;
      const record = (await request(tx.objectStore(RUN_FILES).get(id))) as
        RunFileRecord | undefined;
      const runFile = record?.file ?? record?.text;
      return meta && runFile !== undefined ? { ...meta, runFile } : null;
    });
  }

  async renameRun(id: string, name: string): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) throw new Error('A run needs a name');
    await this.patchRun(id, { name: trimmed });
  }

  /** Changes a saved run's description (not its file); unknown ids are ignored. */
  async patchRun(id: string, patch: Partial<Omit<RunMeta, 'id'>>): Promise<void> {
    await transact(this.db, [RUNS], 'readwrite', async (tx) => {
      const runs = tx.objectStore(RUNS);
      const old = (await request(runs.get(id))) as RunMeta | undefined;
      if (old) runs.put({ ...old, ...patch, id });
    });
    this.changed();
  }

  async deleteRun(id: string): Promise<void> {
    await transact(this.db, [RUNS, RUN_FILES], 'readwrite', async (tx) => {
      tx.objectStore(RUNS).delete(id);
      tx.objectStore(RUN_FILES).delete(id);
    });
    this.changed();
  }

  /**
   * The most recently saved run if it was interrupted (saved as running: the page closed or
   * crashed mid-run), else null. Only the newest counts: a run saved since means the user
   * moved on, and older snapshots stay reachable in the Runs list.
   */
  async latestUnfinishedRun(): Promise<RunMeta | null> {
    const [latest] = await this.listRuns();
    return latest?.status === 'running' ? latest : null;
  }

  /** Declines resuming an interrupted run: it stays in the list as paused, not offered again. */
  async dismissRun(id: string): Promise<void> {
    await this.patchRun(id, { status: 'paused' });
  }

  async saveComparison(comparison: ComparisonToSave): Promise<ComparisonMeta> {
    const record: SavedComparison = {
      ...comparison,
      id: comparison.id ?? newId(),
      savedAt: comparison.savedAt ?? Date.now(),
    };
    await transact(this.db, [COMPARISONS], 'readwrite', async (tx) => {
      tx.objectStore(COMPARISONS).put(record);
    });
    this.changed();
    return withoutTable(record);
  }

  /** Saved comparisons without their table and CSV text, newest first. */
  async listComparisons(): Promise<ComparisonMeta[]> {
    const all = await transact(this.db, [COMPARISONS], 'readonly', (tx) =>
      request(tx.objectStore(COMPARISONS).getAll() as IDBRequest<SavedComparison[]>),
    );
    return all.map(withoutTable).sort(newestFirst);
  }

  async loadComparison(id: string): Promise<SavedComparison | null> {
    const found = await transact(this.db, [COMPARISONS], 'readonly', (tx) =>
      request(tx.objectStore(COMPARISONS).get(id) as IDBRequest<SavedComparison | undefined>),
    );
    return found ?? null;
  }

  async deleteComparison(id: string): Promise<void> {
    await transact(this.db, [COMPARISONS], 'readwrite', async (tx) => {
      tx.objectStore(COMPARISONS).delete(id);
    });
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

function withoutTable(record: SavedComparison): ComparisonMeta {
  const { id, name, savedAt, comparisonConfig, complete } = record;
  return { id, name, savedAt, comparisonConfig, complete };
}
