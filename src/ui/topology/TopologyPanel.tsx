/**
 * The topology of the hidden units' learned positions (docs/science.md §Topology): the barcode and
 * the persistence diagram side by side, the reading in plain English, and the controls that ask for
 * a computation. Presentational: the app runs the computation and passes the result in.
 */
import { useCallback, useMemo, useState } from 'react';
import { format } from 'd3';
import type { HomologyDimension, PersistencePair, PersistenceResult } from '../../core/topology';
import { BarcodeChart } from './BarcodeChart';
import { longPairs } from './barcodeModel';
import { ComputeProgress } from './ComputeProgress';
import { PersistenceDiagram } from './PersistenceDiagram';
import { TopologyControls } from './TopologyControls';
import { TopologyLegend } from './TopologyLegend';
import { TopologyReading } from './TopologyReading';
import '../views/views.css';
import '../common/common.css';
import './topology.css';

export interface TopologyPanelProps {
  result: PersistenceResult | null;
  computing: boolean;
  /** 0…1 while computing. */
  progress: number;
  error: string | null;
  /** The manifold the positions live on, e.g. "torus T²". */
  manifoldLabel: string;
  onCompute: (maxDimension: HomologyDimension) => void;
  /** Training steps between automatic recomputations; null = off. */
  autoEvery: number | null;
  onAutoEveryChange: (steps: number | null) => void;
  /** Training step the result belongs to. */
  step: number | null;
  /** Told when the user picks another dimension (so automatic updates can use it). */
  onMaxDimensionChange?: (maxDimension: HomologyDimension) => void;
}

const PLOT_HEIGHT = 250;
const fmt = format('.3~g');
const NO_BARS: ReadonlySet<PersistencePair> = new Set();

export function TopologyPanel(props: TopologyPanelProps) {
  const { result, computing, error, step, onMaxDimensionChange } = props;
  const [maxDimension, setMaxDimension] = useState<HomologyDimension>(
    () => result?.maxDimension ?? 1,
  );
  const [hover, setHover] = useState({ result, pair: null as PersistencePair | null });
  const hovered = hover.result === result ? hover.pair : null;
  const onHover = useCallback(
    (pair: PersistencePair | null) => setHover({ result, pair }),
    [result],
  );
  const long = useMemo(() => (result ? longPairs(result) : NO_BARS), [result]);
  const chooseDimension = (d: HomologyDimension) => {
    setMaxDimension(d);
    onMaxDimensionChange?.(d);
  };
  const plotProps = { result, long, hovered, onHover, height: PLOT_HEIGHT };

  return (
    <section className="lab-panel mv-topology" aria-busy={computing}>
      <header className="mv-topo-meta">
        <span title="The manifold the hidden units' positions live on; distances between units are measured on it (straight-line for Rᵏ)">
          {props.manifoldLabel}
        </span>
        {result && <span title="Points in the cloud: one per hidden unit">n = {result.n}</span>}
        {step !== null && (
          <span title="The training step whose positions this barcode was computed from">
            step {step}
          </span>
        )}
        {result && (
          <span title="Computed range: connections longer than this were left out. Bars still alive there never die (∞). At the enclosing radius (the default for H0/H1) nothing changes past it, so the barcode is complete.">
            d ≤ {fmt(result.threshold)}
          </span>
        )}
        {result && (
          <span title="Simplices (points, edges, triangles, …) within the computed range: the size of the computation">
            {result.simplexCount.toLocaleString()} simplices
          </span>
        )}
      </header>
      <TopologyControls
        computing={computing}
        maxDimension={maxDimension}
        onMaxDimensionChange={chooseDimension}
        onCompute={props.onCompute}
        autoEvery={props.autoEvery}
        onAutoEveryChange={props.onAutoEveryChange}
        n={result?.n ?? null}
      />
      {computing && <ComputeProgress progress={props.progress} />}
      {error && (
        <p
          className="mv-topo-error"
          role="alert"
          title="The computation failed; the last barcode (if any) is still shown"
        >
          {error}
        </p>
      )}
      <div className={`mv-topo-plots${computing ? ' mv-topo-stale' : ''}`}>
        <figure>
          <figcaption title="Barcode: one bar per feature, from the distance d where it appears (birth) to where it disappears (death), grouped by dimension and sorted by birth. Left of each band: its dimension, how many bars it has, and how many of them are long (nearly equal long bars sit next to each other and can look like one). Hover a bar for its values; it is highlighted in the diagram too.">
            Barcode
          </figcaption>
          <BarcodeChart {...plotProps} />
        </figure>
        <figure>
          <figcaption title="Persistence diagram: each feature as a point at (birth, death). Its height above the diagonal is its persistence; features that never die sit on the ∞ line. Hover a point for its values; it is highlighted in the barcode too.">
            Persistence diagram
          </figcaption>
          <PersistenceDiagram {...plotProps} />
        </figure>
      </div>
      <TopologyLegend />
      <TopologyReading result={result} />
    </section>
  );
}
