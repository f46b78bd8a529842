/**
 * A finished (or cancelled) comparison as the record the lab saves: the table and raw
 * results as the experiments module's JSON, its CSV, and the config that produced it.
 */
import { toCsv, toJson, type ComparisonTable } from '../../core/experiments/table';
import type { ComparisonResult } from '../../core/experiments/runner';
import type { ComparisonToSave } from '../../state/persistence';

export function comparisonRecord(
  name: string,
  comparisonConfig: unknown,
  table: ComparisonTable,
  result: ComparisonResult | null,
): ComparisonToSave {
  return {
    name,
    comparisonConfig,
    tableJson: toJson(table, result ?? undefined),
    csv: toCsv(table),
    complete: !table.cancelled,
  };
}

/** The table (and result, when saved with it) back from a saved comparison's JSON. */
export function readComparisonJson(text: string): {
  table: ComparisonTable;
  result: ComparisonResult | null;
} {
  const file = JSON.parse(text) as { table?: ComparisonTable; result?: ComparisonResult };
  if (!file.table || !Array.isArray(file.table.rows))
    throw new Error('the saved comparison has no table');
  return { table: file.table, result: file.result ?? null };
}
