/**
 * Compare: the paper's tables, run in the browser. Pick a preset, adjust seeds, sparsities
 * and length, Run (the worker trains every run; this panel only validates and shows), watch
 * the progress, read the table and chart, download them. Presentational: the app runs the
 * comparison and passes progress, table and result in.
 */
import { useMemo, useState } from 'react';
import type { ComparisonConfigInput } from '../../core/experiments/comparison';
import { presets } from '../../core/experiments/presets';
import type { ComparisonResult } from '../../core/experiments/runner';
import { summarize, toCsv, toJson, type ComparisonTable } from '../../core/experiments/table';
import type { ComparisonLibrary } from '../../state/persistence';
import {
  buildComparison,
  formFromPreset,
  type ComparisonPreset,
  type FieldErrors,
} from './compareForm';
import { readComparisonJson } from './comparisonRecord';
import { ComparisonProgress, type ComparisonProgressProps } from './ComparisonProgress';
import { ComparisonResults } from './ComparisonResults';
import { ComparisonSetup } from './ComparisonSetup';
import { slug } from './download';
import { SavedComparisons } from './SavedComparisons';
import '../views/views.css';
import '../common/common.css';
import './compare.css';

export interface ComparePanelProps {
  /** Train the (validated) comparison in the worker; resolves when it ends or is cancelled. */
  onRun(config: ComparisonConfigInput, meta: { name: string; presetId: string }): Promise<void>;
  onCancel(): void;
  progress: ComparisonProgressProps | null;
  /** The latest comparison's table (live while it runs, if the app updates it). */
  table: ComparisonTable | null;
  result: ComparisonResult | null;
  /** Saved comparisons; without it the saved list is not shown. */
  comparisons?: ComparisonLibrary;
  /** Preset selected at first (default: the first comparison preset). */
  initialPresetId?: string;
}

const comparisonPresets = presets.filter((p): p is ComparisonPreset => p.kind === 'comparison');

interface Viewing {
  id: string;
  name: string;
  table: ComparisonTable;
  csv: string;
  json: string;
}

export function ComparePanel(props: ComparePanelProps) {
  const { progress, table, result, comparisons } = props;
  const first =
    comparisonPresets.find((p) => p.id === props.initialPresetId) ?? comparisonPresets[0];
  const [form, setForm] = useState(() => formFromPreset(first));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [running, setRunning] = useState(false);
  const [lastName, setLastName] = useState(first.title);
  const [viewing, setViewing] = useState<Viewing | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [scoreDiverged, setScoreDiverged] = useState(false);
  const preset = comparisonPresets.find((p) => p.id === form.presetId) ?? first;

  const run = async () => {
    const built = buildComparison(form, preset);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok) return;
    setRunning(true);
    setViewing(null);
    setFailure(null);
    setLastName(built.name);
    try {
      await props.onRun(built.config, { name: built.name, presetId: preset.id });
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };

  const open = async (id: string) => {
    setFailure(null);
    try {
      const saved = await comparisons?.loadComparison(id);
      if (!saved) throw new Error('that comparison is no longer saved');
      const { table } = readComparisonJson(saved.tableJson);
      setViewing({ id, name: saved.name, table, csv: saved.csv, json: saved.tableJson });
    } catch (e) {
      setFailure(`Cannot open it: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const busy = running || progress !== null;
  // A finished comparison can be re-read with its diverged runs scored as failures (the task's
  // trivial score) instead of left out; results saved before the score existed cannot.
  const scorable = !busy && result?.metricBaseline !== undefined;
  const shown = useMemo(
    () =>
      scorable && scoreDiverged && result ? summarize(result, { diverged: 'failure' }) : table,
    [scorable, scoreDiverged, result, table],
  );
  const live = useMemo(
    () => (shown ? { csv: toCsv(shown), json: toJson(shown, result ?? undefined) } : null),
    [shown, result],
  );

  return (
    <section className="lab-panel cmp-panel" aria-label="Compare conditions" aria-busy={busy}>
      <ComparisonSetup
        presets={comparisonPresets}
        form={form}
        onChange={(next) => {
          setForm(next);
          setErrors({});
        }}
        errors={errors}
        running={busy}
        onRun={() => void run()}
        onCancel={props.onCancel}
      />
      {progress && <ComparisonProgress {...progress} />}
      {failure && (
        <p className="cmp-error" role="alert" title="The comparison stopped with this error">
          {failure}
        </p>
      )}
      {viewing ? (
        <>
          <p className="cmp-note">
            Showing saved: <strong>{viewing.name}</strong>{' '}
            {table && (
              <button
                className="small"
                onClick={() => setViewing(null)}
                title="Back to the latest comparison's table"
              >
                Show latest
              </button>
            )}
          </p>
          <ComparisonResults {...viewing} fileStem={slug(viewing.name)} />
        </>
      ) : (
        shown &&
        live && (
          <>
            {scorable && (
              <label
                className="cmp-note"
                title="Off: a diverged run is left out of its cell's mean (and counted). On: it counts at the task's trivial score (untrained 100 cm, RMSE 0.408 of always answering 1, perplexity = vocabulary size), so a condition that often diverges is not flattered"
              >
                <input
                  type="checkbox"
                  checked={scoreDiverged}
                  onChange={(e) => setScoreDiverged(e.target.checked)}
                />{' '}
                score diverged runs as failures
              </label>
            )}
            <ComparisonResults table={shown} {...live} fileStem={slug(lastName)} />
          </>
        )
      )}
      {comparisons && (
        <SavedComparisons
          store={comparisons}
          viewingId={viewing?.id ?? null}
          onOpen={(id) => void open(id)}
        />
      )}
    </section>
  );
}
