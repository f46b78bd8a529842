/**
 * W_hh as a heatmap: row j holds the weights into unit j, column k those out of unit k.
 * Reads the shared snapshot store in its own frame loop; a new snapshot costs a pixel fill,
 * spread over frames in slices (HeatmapPainter), never a React render. Click a cell to select
 * its row's neuron.
 */
import { useId, useRef, useState, type MouseEvent } from 'react';
import { format } from 'd3';
import type { SnapshotStore } from '../data/snapshotStore';
import { HeatmapPainter } from './heatmapCanvas';
import { SnapshotDescription } from './SnapshotDescription';
import { heatmapText } from './snapshotText';
import { DIVERGING_STOPS, PRUNED_COLOR, SELECTED_COLOR } from './palette';
import { cssVar, prepareCanvas, useAnimationFrame, useElementSize } from './canvasHooks';
import './views.css';

export interface WeightHeatmapProps {
  source: SnapshotStore;
  /** Rows and columns sorted by the units' positions on the manifold (the snapshot's order). */
  byPosition?: boolean;
  /** Selected neuron, outlined in the highlight colour (shared with the 3D view). */
  selected: number | null;
  onSelect?: (neuron: number | null) => void;
}

const fmt = format('.3~g');
/** Milliseconds per frame spent filling a new picture (the frame loop's whole budget is 8). */
const FILL_SLICE_MS = 4;
const gradient = `linear-gradient(to right, ${DIVERGING_STOPS.join(', ')})`;

export function WeightHeatmap({
  source,
  byPosition = false,
  selected,
  onSelect,
}: WeightHeatmapProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const rangeRef = useRef<HTMLSpanElement>(null);
  const negRef = useRef<HTMLSpanElement>(null);
  const [painter] = useState(() => new HeatmapPainter());
  const descriptionId = useId();
  const started = useRef('');
  const drawn = useRef('');
  const hover = useRef<{ x: number; y: number; row: number; col: number } | null>(null);
  const { width: side } = useElementSize(boxRef);

  const updateTip = () => {
    const tip = tipRef.current;
    // The weights of the picture on screen, which a newer snapshot replaces once it is drawn.
    const snap = painter.snapshot;
    const h = hover.current;
    if (!tip) return;
    if (!snap || !h || h.row >= snap.n || h.col >= snap.n) {
      tip.hidden = true;
      return;
    }
    const j = painter.unitAt(h.row);
    const k = painter.unitAt(h.col);
    const i = j * snap.n + k;
    const alive = snap.whhMask[i] !== 0;
    tip.textContent = `W_hh[${j}, ${k}] = ${fmt(snap.whh[i])}\nunit ${k} → unit ${j}\n${alive ? 'alive' : 'pruned (mask 0)'}`;
    tip.style.left = `${h.x + 12}px`;
    tip.style.top = `${h.y + 12}px`;
    tip.hidden = false;
  };

  useAnimationFrame(() => {
    const canvas = canvasRef.current;
    const snap = source.current;
    if (!canvas || side <= 0) return;
    const pixels = Math.round(side * (window.devicePixelRatio || 1));
    const wanted = `${source.version}:${byPosition}:${pixels}`;
    // A fill in progress is finished first: restarting it for each newer snapshot would never
    // finish one when snapshots come faster than a fill (large n).
    if (wanted !== started.current && !painter.busy) {
      started.current = wanted;
      if (snap) painter.start(snap, byPosition, pixels);
      else painter.clear();
    }
    if (painter.work(FILL_SLICE_MS)) {
      const r = fmt(painter.range);
      if (rangeRef.current) rangeRef.current.textContent = `+${r}`;
      if (negRef.current) negRef.current.textContent = `−${r}`;
      updateTip();
    }
    const key = `${side}:${selected}:${painter.version}`;
    if (key === drawn.current) return;
    drawn.current = key;
    const ctx = prepareCanvas(canvas, side, side);
    if (!ctx) return;
    if (!painter.snapshot) {
      ctx.fillStyle = cssVar(canvas, '--mv-muted', '#999');
      ctx.font = `11px ${cssVar(canvas, '--mv-font', 'sans-serif')}`;
      const text = snap ? 'drawing the weights…' : 'no weights yet: waiting for a snapshot';
      ctx.fillText(text, 8, 20);
      return;
    }
    painter.paint(ctx, side, selected);
  });

  const cellAt = (e: MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const n = painter.n;
    const cell = side / Math.max(1, n);
    return { x, y, row: Math.floor(y / cell), col: Math.floor(x / cell) };
  };

  const onPointerMove = (e: MouseEvent<HTMLCanvasElement>) => {
    hover.current = cellAt(e);
    updateTip();
  };
  const onPointerLeave = () => {
    hover.current = null;
    updateTip();
  };
  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const { row } = cellAt(e);
    if (!onSelect || row < 0 || row >= painter.n) return;
    const j = painter.unitAt(row);
    onSelect(j === selected ? null : j);
  };

  return (
    <figure
      className="mv-heatmap"
      title="Recurrent weights W_hh: row j = weights into unit j, column k = weights out of unit k. Blue negative, white zero, red positive, grey pruned. Click a row to select its neuron."
    >
      <div
        className="mv-stack"
        ref={boxRef}
        style={{ height: side }}
        role="img"
        aria-label="W_hh heatmap"
        aria-describedby={descriptionId}
      >
        <canvas
          ref={canvasRef}
          className="mv-layer mv-interactive"
          onPointerMove={onPointerMove}
          onPointerLeave={onPointerLeave}
          onClick={onClick}
        />
        <div ref={tipRef} className="mv-tooltip" hidden />
      </div>
      <SnapshotDescription id={descriptionId} source={source} describe={heatmapText} />
      <div className="mv-legend">
        <span title="Diverging scale symmetric around zero; its ends are ± the 99th percentile of |weight| among alive entries (larger weights take the end colours)">
          <span className="mv-value" ref={negRef}>
            −
          </span>
          <i className="mv-gradient" style={{ background: gradient }} />
          <span className="mv-value" ref={rangeRef}>
            +
          </span>
        </span>
        <span title="Pruned weights (mask 0) are flat grey, distinct from an alive weight of zero (white). Where a pixel covers several weights (large n) it shows the alive one of largest |w|, mixed toward grey by the share of pruned weights under it">
          <i className="mv-swatch-box" style={{ background: PRUNED_COLOR }} /> pruned
        </span>
        <span title="Row and column of the selected neuron (same colour in the 3D view)">
          <i className="mv-swatch-box" style={{ background: SELECTED_COLOR }} /> selected
        </span>
      </div>
    </figure>
  );
}
