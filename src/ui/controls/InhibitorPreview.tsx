/**
 * The live f(d) plot for the current inhibitor constants, over the manifold's distances, with
 * the difference of Gaussians' κ as the run will use it (runInhibitor): for κ 'realised' that
 * depends on the embedding the seed draws, which the curve's own formula cannot know. Over
 * 100,000 pairs (n > 447) that κ is computed in slices between frames, never as one long task.
 */
import { useEffect, useMemo, useState } from 'react';
import type { InhibitorConfig, RunConfig } from '../../core/config/schema';
import { getInhibitor } from '../../core/inhibitors';
import { getManifold } from '../../core/manifolds';
import {
  runInhibitor,
  runInhibitorInSlices,
  type InhibitorInputs,
  type RunInhibitor,
} from '../../core/training/runInhibitor';
import { InhibitorPlot } from '../views/InhibitorPlot';

const KAPPA_NOTE = {
  peak: 'the bracket’s analytic peak: f touches 0 on the ring',
  realised: 'the bracket’s largest value over this seed’s embedding (authors’ code)',
  paper: 'paper eq. 8',
} as const;

/** The stand-in curve while a realised κ is computed. */
const withPeakKappa = (i: InhibitorConfig): InhibitorConfig =>
  i.kind === 'dog' ? { ...i, kappa: 'peak' } : i;

/** Pairs of units a render may go through at once (a few ms); more are done in slices. */
const INLINE_PAIRS = 100_000;
/** Time a slice may take before it hands the thread back (the page's budget is 50 ms). */
const SLICE_MS = 12;

/** runInhibitor for the preview: at once when it is quick, else null until its slices finish. */
function useRunInhibitor(inputs: InhibitorInputs, key: string): RunInhibitor | null {
  const n = inputs.model.hidden;
  const sliced = inputs.inhibitor.kind === 'dog' && inputs.inhibitor.kappa === 'realised';
  const inline = !sliced || (n * (n - 1)) / 2 <= INLINE_PAIRS;
  // `key` holds everything `inputs` says; the objects themselves are new at every edit.
  /* eslint-disable react-hooks/exhaustive-deps */
  const quick = useMemo(() => (inline ? runInhibitor(inputs) : null), [key, inline]);
  const [done, setDone] = useState<{ key: string; run: RunInhibitor } | null>(null);
  useEffect(() => {
    if (inline) return;
    const slices = runInhibitorInSlices(inputs);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const work = () => {
      const until = performance.now() + SLICE_MS;
      let step = slices.next();
      while (!step.done && performance.now() < until) step = slices.next();
      if (step.done) setDone({ key, run: step.value });
      else timer = setTimeout(work, 0);
    };
    timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }, [key, inline]);
  /* eslint-enable react-hooks/exhaustive-deps */
  return quick ?? (done?.key === key ? done.run : null);
}

export function InhibitorPreview({ config }: { config: RunConfig }) {
  const { inhibitor, seed } = config;
  const { manifold, dimension } = config.geometry;
  const { hidden } = config.model;
  const maxDistance = useMemo(
    () => getManifold(manifold, dimension).maxDistance,
    [manifold, dimension],
  );
  // Redo κ when what it depends on changes, not at every edit of another setting (each edit
  // parses a new config object).
  const inputs: InhibitorInputs = {
    inhibitor,
    geometry: { manifold, dimension },
    model: { hidden },
    seed,
  };
  const key = JSON.stringify(inputs);
  const run = useRunInhibitor(inputs, key);
  const pending = run === null;
  const shown = useMemo(
    () => run ?? runInhibitor({ ...inputs, inhibitor: withPeakKappa(inputs.inhibitor) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` holds what `inputs` says
    [run, key],
  );
  const pairs = ((hidden * (hidden - 1)) / 2).toLocaleString('en-US');
  const kappaText =
    inhibitor.kind !== 'dog'
      ? null
      : pending
        ? `κ (realised): going through this seed’s ${pairs} pairwise distances… (the curve shows the peak κ until then)`
        : `κ = ${(shown.kappa as number).toPrecision(4)} (${inhibitor.kappa}: ${KAPPA_NOTE[inhibitor.kappa]})`;
  return (
    <>
      <InhibitorPlot
        f={shown.value}
        maxDistance={Number.isFinite(maxDistance) ? maxDistance : 10}
        markMinimum={inhibitor.kind === 'dog'}
        formula={getInhibitor(inhibitor.kind).formula}
      />
      {kappaText && (
        <p
          className="readout"
          data-testid="inhibitor-kappa"
          title="The κ of f(d) = c·(κ − g(d)) that this run’s penalty starts with; trained positions move a realised κ as they train"
        >
          {kappaText}
        </p>
      )}
    </>
  );
}
