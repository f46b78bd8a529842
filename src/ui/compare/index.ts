/**
 * Compare: comparison presets run in the worker and shown as the paper's tables (mean (std)
 * over seeds, best per row in bold), a dot chart, CSV/JSON downloads and saved comparisons.
 */
export { ComparePanel, type ComparePanelProps } from './ComparePanel';
export { comparisonRecord, readComparisonJson } from './comparisonRecord';
export type { ComparisonProgressProps } from './ComparisonProgress';
