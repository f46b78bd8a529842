/**
 * What the lab keeps in the browser between visits: runs (autosaved or opened) and
 * comparisons. A run's file is a few MB at n = 256 and hundreds at n = 4096, so listings
 * carry only the small description and the file is read when a run is opened.
 */

/** The statuses worth keeping; idle and error runs are not saved. */
export type SavedRunStatus = 'running' | 'paused' | 'done' | 'diverged';

/** A saved run without its file: what the Runs list shows. */
export interface RunMeta {
  id: string;
  /** Editable by the user; autosaves keep it. */
  name: string;
  /** ms since 1970 (Date.now()) of the last save. */
  savedAt: number;
  /** 'running' means the page closed (or crashed) mid-run: the resume banner offers it. */
  status: SavedRunStatus;
  /** Task kind, e.g. "navigation". */
  task: string;
  /** Manifold id, e.g. "torus". */
  manifold: string;
  step: number;
  totalSteps: number;
  /** Last validation metric (or training metric before the first validation). */
  finalMetric: number | null;
  /** What finalMetric is, with its unit: "error (cm)", "RMSE". */
  metricLabel: string;
  /** Size of the stored run file in bytes; absent on entries saved before it was recorded. */
  fileBytes?: number;
}

/**
 * A saved run's file: the binary .npz the worker's exportRunFile writes (a Blob: IndexedDB
 * stores it as it is, and the worker's importRunFile reads it a range at a time), or the JSON
 * run file as text, which is what earlier versions of the lab autosaved. The text form is
 * read so those runs still open; nothing writes it any more, as a run at n = 4096 (1.2 GB of
 * JSON) is past the longest string a browser can hold.
 */
export type SavedRunFile = Blob | string;

/** A saved run with its file (what the worker's importRunFile, or importRun for text, takes). */
export interface SavedRun extends RunMeta {
  runFile: SavedRunFile;
}

/**
 * A run to save: always the .npz Blob; name optional (an existing run keeps its name),
 * savedAt defaults to now, fileBytes is the Blob's size.
 */
export type RunToSave = Omit<RunMeta, 'name' | 'savedAt' | 'fileBytes'> & {
  name?: string;
  savedAt?: number;
  runFile: Blob;
};

/** A saved comparison without its table: what the saved-comparisons list shows. */
export interface ComparisonMeta {
  id: string;
  name: string;
  savedAt: number;
  /** The comparison config as run (plain JSON), so it can be run again. */
  comparisonConfig: unknown;
  /** False when it was cancelled before its last run. */
  complete: boolean;
}

export interface SavedComparison extends ComparisonMeta {
  /** The experiments module's toJson(table, result) text. */
  tableJson: string;
  /** Its toCsv(table) text. */
  csv: string;
}

export type ComparisonToSave = Omit<SavedComparison, 'id' | 'savedAt'> & {
  id?: string;
  savedAt?: number;
};

/** What the Runs panel and the resume banner need; LabDb implements it. */
export interface RunLibrary {
  listRuns(): Promise<RunMeta[]>;
  loadRun(id: string): Promise<SavedRun | null>;
  renameRun(id: string, name: string): Promise<void>;
  deleteRun(id: string): Promise<void>;
  latestUnfinishedRun(): Promise<RunMeta | null>;
  /** Marks an interrupted run as paused, so it is no longer offered for resuming. */
  dismissRun(id: string): Promise<void>;
  /** Calls `listener` after every committed change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** What the Compare panel needs; LabDb implements it. */
export interface ComparisonLibrary {
  saveComparison(comparison: ComparisonToSave): Promise<ComparisonMeta>;
  listComparisons(): Promise<ComparisonMeta[]>;
  loadComparison(id: string): Promise<SavedComparison | null>;
  deleteComparison(id: string): Promise<void>;
  subscribe(listener: () => void): () => void;
}

/** A short unique id; randomUUID is missing outside secure contexts (http on a LAN address). */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
