/** A comparison's table, its chart and the two downloads (CSV for spreadsheets, JSON for code). */
import type { ComparisonTable } from '../../core/experiments/table';
import { downloadText } from '../common';
import { ResultsChart } from './ResultsChart';
import { ResultsTable } from './ResultsTable';

export interface ComparisonResultsProps {
  table: ComparisonTable;
  /** The experiments module's toCsv / toJson text (or a saved comparison's). */
  csv: string;
  json: string;
  /** File name without extension. */
  fileStem: string;
}

export function ComparisonResults({ table, csv, json, fileStem }: ComparisonResultsProps) {
  return (
    <div className="cmp-results">
      <ResultsTable table={table} />
      <ResultsChart table={table} />
      <div className="cmp-buttons">
        <button
          onClick={() => downloadText(csv, `${fileStem}.csv`, 'text/csv')}
          title="One line per row: each condition's mean, std and number of seeds, at full precision"
        >
          Download CSV
        </button>
        <button
          onClick={() => downloadText(json, `${fileStem}.json`, 'application/json')}
          title="The table plus every run's final metrics and full config, for analysis in Python or JS"
        >
          Download JSON
        </button>
      </div>
    </div>
  );
}
