/**
 * Research workflows (docs/science.md §Reproducing the paper): comparisons of conditions over seeds
 * and sparsities, run headless by the CLI or in the training worker, summarized as the paper's
 * tables; and the lab's presets.
 */
export {
  comparisonSchema,
  conditionSchema,
  comparisonConfig,
  parseComparisonConfig,
  planComparison,
  percent,
  type ComparisonConfig,
  type ComparisonConfigInput,
  type Condition,
  type RunOverride,
  type RunSpec,
} from './comparison';
export {
  plannedSteps,
  runComparison,
  type ComparisonResult,
  type ProgressDetail,
  type RunnerOptions,
  type RunOutcome,
} from './runner';
export {
  COMPARISON_FORMAT,
  formatCell,
  formatGlobalSparsity,
  formatTable,
  meanStd,
  summarize,
  tableCaption,
  toCsv,
  toJson,
  type Cell,
  type ComparisonTable,
  type DivergedScoring,
  type TableRow,
} from './table';
export { getPreset, presets, type Preset } from './presets';
