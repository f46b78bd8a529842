/**
 * A canvas plot of persistence pairs with a hover layer. It paints its model's static picture
 * only when the model, the size or the theme change, the hovered pair (from this plot or the
 * other one) on a separate overlay, and a tooltip for the pair under the pointer. The barcode
 * and the persistence diagram are both one of these.
 */
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import type { PersistencePair } from '../../core/topology';
import { cssVar, prepareCanvas, useElementSize, usePrefersDark } from '../views/canvasHooks';
import type { PlotColors } from './plotDraw';

/** A plot laid out for one size: how to paint it and what is under a point. */
export interface PlotModel {
  drawBase(ctx: CanvasRenderingContext2D, colors: PlotColors): void;
  drawHover(ctx: CanvasRenderingContext2D, pair: PersistencePair, colors: PlotColors): void;
  hit(x: number, y: number): PersistencePair | null;
}

export interface PlotCanvasProps {
  /** Lays the plot out for a size in CSS pixels (null: nothing to show yet). Memoize it. */
  build: (width: number, height: number) => PlotModel | null;
  height: number;
  /** What the plot shows, for screen readers. */
  label: string;
  emptyMessage: string;
  hovered: PersistencePair | null;
  onHover: (pair: PersistencePair | null) => void;
  tooltip: (pair: PersistencePair) => string;
}

function readColors(el: Element): PlotColors {
  return {
    fg: cssVar(el, '--mv-fg', '#ddd'),
    muted: cssVar(el, '--mv-muted', '#999'),
    grid: cssVar(el, '--mv-grid', '#333'),
    font: `10px ${cssVar(el, '--mv-font', 'system-ui, sans-serif')}`,
    dimensions: [
      cssVar(el, '--mv-topo-h0', '#6f8fcf'),
      cssVar(el, '--mv-topo-h1', '#e8575a'),
      cssVar(el, '--mv-topo-h2', '#3fae7a'),
    ],
  };
}

export function PlotCanvas(props: PlotCanvasProps) {
  const { build, height, hovered, onHover, emptyMessage } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const baseRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const lastHit = useRef<PersistencePair | null>(null);
  const { width } = useElementSize(boxRef);
  const dark = usePrefersDark();
  const model = useMemo(() => (width > 0 ? build(width, height) : null), [build, width, height]);

  useEffect(() => {
    const canvas = baseRef.current;
    const ctx = canvas && prepareCanvas(canvas, width, height);
    if (!canvas || !ctx) return;
    const colors = readColors(canvas);
    if (model) {
      model.drawBase(ctx, colors);
      return;
    }
    ctx.fillStyle = colors.muted;
    ctx.font = colors.font;
    ctx.textAlign = 'center';
    ctx.fillText(emptyMessage, width / 2, height / 2);
  }, [model, width, height, dark, emptyMessage]);

  useEffect(() => {
    const canvas = overlayRef.current;
    const ctx = canvas && prepareCanvas(canvas, width, height);
    if (canvas && ctx && model && hovered) model.drawHover(ctx, hovered, readColors(canvas));
  }, [model, hovered, width, height, dark]);

  const showTip = (pair: PersistencePair | null, x: number, y: number) => {
    const tip = tipRef.current;
    if (!tip) return;
    tip.hidden = pair === null;
    if (pair === null) return;
    tip.textContent = props.tooltip(pair);
    // Beside the pointer, on whichever side keeps it inside the plot; flush right if neither.
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = x + 12 + w <= width ? x + 12 : x - 12 - w >= 0 ? x - 12 - w : width - w;
    const top = y + 12 + h <= height ? y + 12 : Math.max(0, y - 12 - h);
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  };

  const report = (pair: PersistencePair | null) => {
    if (pair === lastHit.current) return;
    lastHit.current = pair;
    onHover(pair);
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const pair = model?.hit(x, y) ?? null;
    showTip(pair, x, y);
    report(pair);
  };
  const onPointerLeave = () => {
    showTip(null, 0, 0);
    report(null);
  };

  return (
    <div className="mv-topo-plot" ref={boxRef} style={{ height }}>
      <canvas ref={baseRef} className="mv-layer" role="img" aria-label={props.label} />
      <canvas
        ref={overlayRef}
        className="mv-layer mv-interactive"
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
      />
      <div ref={tipRef} className="mv-tooltip" hidden />
    </div>
  );
}
