/**
 * The stores the charts read: one row per training step (MetricPoint) and one per
 * validation (ValidationPoint). The app appends worker batches; charts poll `version`.
 */
import type { MetricPoint, ValidationPoint } from '../../../workers/protocol';
import { ColumnStore } from './columnStore';

export const metricFields = [
  'step',
  'epoch',
  'taskLoss',
  'penalty',
  'totalLoss',
  'whhSparsity',
  'globalSparsity',
  'targetSparsity',
  'metric',
] as const satisfies readonly (keyof MetricPoint)[];
export type MetricField = (typeof metricFields)[number];

export const validationFields = [
  'step',
  'metric',
  'taskLoss',
] as const satisfies readonly (keyof ValidationPoint)[];
export type ValidationField = (typeof validationFields)[number];

export type MetricSeries = ColumnStore<MetricField>;
export type ValidationSeries = ColumnStore<ValidationField>;

export function createMetricSeries(initialCapacity = 4096): MetricSeries {
  return new ColumnStore(metricFields, initialCapacity);
}

export function createValidationSeries(initialCapacity = 256): ValidationSeries {
  return new ColumnStore(validationFields, initialCapacity);
}
