/** The Compare tab: comparisons run in the worker, summarised and saved like the paper's tables. */
import type { ComparisonConfigInput } from '../../core/experiments/comparison';
import { summarize } from '../../core/experiments/table';
import { useComparison } from '../../state/comparisonStore';
import { useLab } from '../../state/labStore';
import type { ComparisonLibrary } from '../../state/persistence';
import { trainer } from '../../state/trainerClient';
import { ComparePanel, comparisonRecord } from '../compare';

export function CompareTab({ library }: { library: ComparisonLibrary | null }) {
  const progress = useLab((s) => s.jobs.comparison ?? null);
  const { result, table, set } = useComparison();
  const onRun = async (config: ComparisonConfigInput, meta: { name: string }) => {
    const finished = await trainer.runComparison(config);
    if (!finished) return;
    const summary = summarize(finished);
    set(finished, summary);
    await library?.saveComparison(comparisonRecord(meta.name, config, summary, finished));
  };
  return (
    <ComparePanel
      onRun={onRun}
      onCancel={() => void trainer.cancelComparison()}
      progress={progress}
      table={table}
      result={result}
      comparisons={library ?? undefined}
    />
  );
}
