/**
 * Stores that carry streamed worker data to the views outside React: metrics and
 * validation as growable columns, and the latest weight/embedding snapshot.
 */
export {
  createMetricSeries,
  createValidationSeries,
  metricFields,
  validationFields,
  type MetricSeries,
  type ValidationSeries,
  type MetricField,
  type ValidationField,
} from './metricSeries';
export { ColumnStore, nearestIndex, lowerBound } from './columnStore';
export { decimate, type Decimated } from './decimate';
export { SnapshotStore } from './snapshotStore';
