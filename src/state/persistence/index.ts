/**
 * Saving runs and comparisons in the browser (IndexedDB): the database, the autosaver that
 * keeps the current run saved, and the shapes the Runs and Compare panels read.
 */
export { LabDb, defaultRunName } from './labDb';
export { Autosaver, type AutosaverOptions, type AutosaveStore } from './autosaver';
export {
  newId,
  type ComparisonLibrary,
  type ComparisonMeta,
  type ComparisonToSave,
  type RunLibrary,
  type RunMeta,
  type RunToSave,
  type SavedComparison,
  type SavedRun,
  type SavedRunFile,
  type SavedRunStatus,
} from './types';
