/**
 * What the lab keeps in the browser between visits: runs (autosaved or opened) and
 * comparisons. A run's file text is a few MB at n = 256, so listings carry only the
 * small description and the text is read when a run is opened.
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
}

/** A saved run with its run-file JSON text (what the worker's importRun takes). */
export interface SavedRun extends RunMeta {
  runFileText: string;
}

/** A run to save: name optional (an existing run keeps its name), savedAt defaults to now. */
export type RunToSave = Omit<SavedRun, 'name' | 'savedAt'> & { name?: string; savedAt?: number };

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
