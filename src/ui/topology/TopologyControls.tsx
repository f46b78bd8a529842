/**
 * The topology panel's controls: Compute with the highest homology dimension to compute, and
 * "auto every M steps" to recompute while training. Every control says what it does on hover.
 */
import { useId, useState } from 'react';
import {
  H2_EXACT_MAX_POINTS,
  H2_THRESHOLD_FRACTION,
  type HomologyDimension,
} from '../../core/topology';
import { DEFAULT_AUTO_STEPS, parseSteps } from './autoSteps';

export interface TopologyControlsProps {
  computing: boolean;
  maxDimension: HomologyDimension;
  onMaxDimensionChange: (dimension: HomologyDimension) => void;
  onCompute: (maxDimension: HomologyDimension) => void;
  autoEvery: number | null;
  onAutoEveryChange: (steps: number | null) => void;
  /** Points in the last result, to warn about H2 on large clouds (null: unknown). */
  n: number | null;
}

const H2_COST = `Cost grows like n⁴: exact up to ${H2_EXACT_MAX_POINTS} points (about a second); above that only distances up to ${H2_THRESHOLD_FRACTION}× the largest are used, and it still takes seconds. Only sensible for n up to a few hundred.`;

const CHOICES: { value: HomologyDimension; title: string }[] = [
  { value: 0, title: 'H0 only: clusters (connected components). Fastest.' },
  {
    value: 1,
    title: 'H0 and H1: clusters and loops. A circle shows one long H1 bar, a torus two. Fast.',
  },
  {
    value: 2,
    title: `H0, H1 and H2: also enclosed voids (a torus or sphere has one long H2 bar). ${H2_COST}`,
  },
];

export function TopologyControls(props: TopologyControlsProps) {
  const { computing, maxDimension, autoEvery, onAutoEveryChange, n } = props;
  const name = useId();
  const [draft, setDraft] = useState(String(autoEvery ?? DEFAULT_AUTO_STEPS));
  const [shown, setShown] = useState(autoEvery);
  if (autoEvery !== shown) {
    // The interval was changed from outside (e.g. a loaded run): show it.
    setShown(autoEvery);
    if (autoEvery !== null) setDraft(String(autoEvery));
  }
  const draftSteps = parseSteps(draft);
  const largeH2 = maxDimension === 2 && n !== null && n > H2_EXACT_MAX_POINTS;

  return (
    <div className="mv-topo-controls">
      <button
        className="primary"
        disabled={computing}
        onClick={() => props.onCompute(maxDimension)}
        title="Compute the barcode of the hidden units' current positions, up to the chosen dimension"
      >
        {computing ? 'Computing…' : 'Compute'}
      </button>
      <fieldset
        className="mv-topo-dims"
        title="Highest homology dimension to compute: H0 clusters, H1 loops, H2 enclosed voids"
      >
        <legend>up to</legend>
        {CHOICES.map(({ value, title }) => (
          <label key={value} title={title}>
            <input
              type="radio"
              name={name}
              checked={maxDimension === value}
              onChange={() => props.onMaxDimensionChange(value)}
            />
            H{value}
          </label>
        ))}
      </fieldset>
      {largeH2 && (
        <span className="mv-topo-warn" title={H2_COST}>
          n = {n}: H2 will be slow and cut short
        </span>
      )}
      <label
        className="mv-topo-auto"
        title="Recompute automatically while training, on the latest positions every M steps (with the dimension chosen here)"
      >
        <input
          type="checkbox"
          checked={autoEvery !== null}
          onChange={(e) =>
            onAutoEveryChange(e.target.checked ? (draftSteps ?? DEFAULT_AUTO_STEPS) : null)
          }
        />
        auto every
      </label>
      <input
        type="number"
        className="mv-topo-steps"
        min={1}
        step={100}
        value={draft}
        aria-label="steps between automatic recomputations"
        aria-invalid={draftSteps === null}
        title="M: training steps between automatic recomputations (a whole number ≥ 1)"
        onChange={(e) => {
          setDraft(e.target.value);
          const steps = parseSteps(e.target.value);
          if (steps !== null && autoEvery !== null) onAutoEveryChange(steps);
        }}
      />
      <span title="M counts training steps">steps</span>
    </div>
  );
}
