/**
 * A plot of persistence pairs, the barcode's and the diagram's common frame: it lays the
 * result out inside its margins at the canvas' size, and hands the painting, the hit test and
 * the tooltip (the pair's values) to PlotCanvas. Each plot is one `PairPlotKind`.
 */
import { useCallback } from 'react';
import type { PersistencePair, PersistenceResult } from '../../core/topology';
import type { PlotArea } from './barcodeLayout';
import { describePair } from './barcodeModel';
import { PlotCanvas, type PlotModel } from './PlotCanvas';
import type { PlotColors } from './plotDraw';

export interface PairPlotProps {
  result: PersistenceResult | null;
  /** The long bars (emphasised). */
  long: ReadonlySet<PersistencePair>;
  /** The pair hovered in either plot, highlighted in both. */
  hovered: PersistencePair | null;
  onHover: (pair: PersistencePair | null) => void;
  height: number;
}

/** One kind of pair plot: its margins, its layout `L`, how to paint it and what is under a point. */
export interface PairPlotKind<L> {
  margin: { left: number; right: number; top: number; bottom: number };
  layout(result: PersistenceResult, long: ReadonlySet<PersistencePair>, area: PlotArea): L;
  drawBase(ctx: CanvasRenderingContext2D, layout: L, colors: PlotColors): void;
  drawHover(
    ctx: CanvasRenderingContext2D,
    layout: L,
    pair: PersistencePair,
    colors: PlotColors,
  ): void;
  hit(layout: L, x: number, y: number): PersistencePair | null;
  /** What the plot shows, for screen readers. */
  label: string;
  emptyMessage: string;
}

export function PairPlot<L>({
  kind,
  result,
  long,
  hovered,
  onHover,
  height,
}: PairPlotProps & { kind: PairPlotKind<L> }) {
  const build = useCallback(
    (width: number, h: number): PlotModel | null => {
      if (!result) return null;
      const { margin } = kind;
      const area = {
        left: margin.left,
        right: width - margin.right,
        top: margin.top,
        bottom: h - margin.bottom,
      };
      const layout = kind.layout(result, long, area);
      return {
        drawBase: (ctx, colors) => kind.drawBase(ctx, layout, colors),
        drawHover: (ctx, pair, colors) => kind.drawHover(ctx, layout, pair, colors),
        hit: (x, y) => kind.hit(layout, x, y),
      };
    },
    [kind, result, long],
  );
  return (
    <PlotCanvas
      build={build}
      height={height}
      label={kind.label}
      emptyMessage={kind.emptyMessage}
      hovered={hovered}
      onHover={onHover}
      tooltip={(pair) => describePair(pair, long.has(pair), result?.threshold ?? Infinity)}
    />
  );
}
