/**
 * Two saved runs' task metric on one step axis, to see which learned faster or further.
 * Each run's history (run.json of its .npz, not the weights) is read by the worker once per pick; later
 * autosaves of a picked run do not re-read it, so a running run never costs the page a
 * parse every 20 s.
 */
import { useEffect, useMemo, useState } from 'react';
import type { RunLibrary, RunMeta } from '../../state/persistence';
import { MetricChart } from '../views/MetricChart';
import { trainer } from '../../state/trainerClient';
import { historyStores, overlaySeries, type RunHistory } from './overlayModel';

export interface RunOverlayChartProps {
  store: Pick<RunLibrary, 'loadRun'>;
  /** The two picked runs. */
  runs: readonly RunMeta[];
  height?: number;
}

type Loaded = { key: string; histories: RunHistory[] } | { key: string; error: string };

export function RunOverlayChart({ store, runs, height = 200 }: RunOverlayChartProps) {
  const key = runs.map((r) => r.id).join('\n');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [hoverStep, setHoverStep] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    const ids = key.split('\n');
    Promise.all(ids.map((id) => store.loadRun(id)))
      .then((saved) =>
        Promise.all(
          saved.map((s) => {
            if (!s) throw new Error('a picked run is no longer saved');
            // The worker reads the file: a long run's history is too big to parse here.
            return trainer.metricHistory(s.runFile).then(historyStores);
          }),
        ),
      )
      .then((histories) => {
        if (live) setLoaded({ key, histories });
      })
      .catch((e: unknown) => {
        if (live) setLoaded({ key, error: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
    };
  }, [key, store]);

  const labels = [...new Set(runs.map((r) => r.metricLabel))];
  const metricLabel = labels.join(' / ');
  const current = loaded?.key === key ? loaded : null;
  const histories = current && 'histories' in current ? current.histories : null;
  const series = useMemo(
    () =>
      histories
        ? overlaySeries(
            runs.map((r, i) => ({ name: r.name, history: histories[i] })),
            metricLabel,
          )
        : [],
    [histories, runs, metricLabel],
  );

  if (!current) return <p className="runs-note">Reading the two runs…</p>;
  if ('error' in current)
    return (
      <p className="runs-error" role="alert" title="The picked runs could not be charted">
        Cannot chart these runs: {current.error}
      </p>
    );
  return (
    <div className="runs-overlay">
      {labels.length > 1 && (
        <p className="runs-note" title="The y axis holds two different quantities">
          These runs measure different things ({metricLabel}): compare their shapes, not values.
        </p>
      )}
      <MetricChart
        title={`${metricLabel}: ${runs.map((r) => r.name).join(' vs ')}`}
        description="Each run's task metric on its training batches (line) and on fresh validation batches at each epoch end (dots), as last saved. Hover to read both runs at one step."
        series={series}
        yLabel={metricLabel}
        zeroBased
        hoverStep={hoverStep}
        onHoverStep={setHoverStep}
        height={height}
      />
    </div>
  );
}
