/** The barcode: one bar per persistence pair, from birth to death distance, banded by dimension. */
import { useCallback } from 'react';
import type { PersistencePair, PersistenceResult } from '../../core/topology';
import { layoutBarcode } from './barcodeLayout';
import { describePair } from './barcodeModel';
import { drawBarcode, drawBarHover } from './drawBarcode';
import { hitBar } from './hitTest';
import { PlotCanvas, type PlotModel } from './PlotCanvas';

export interface PairPlotProps {
  result: PersistenceResult | null;
  /** The long bars (emphasised). */
  long: ReadonlySet<PersistencePair>;
  /** The pair hovered in either plot, highlighted in both. */
  hovered: PersistencePair | null;
  onHover: (pair: PersistencePair | null) => void;
  height: number;
}

const MARGIN = { left: 40, right: 8, top: 4, bottom: 30 };

export function BarcodeChart({ result, long, hovered, onHover, height }: PairPlotProps) {
  const build = useCallback(
    (width: number, h: number): PlotModel | null => {
      if (!result) return null;
      const area = {
        left: MARGIN.left,
        right: width - MARGIN.right,
        top: MARGIN.top,
        bottom: h - MARGIN.bottom,
      };
      const layout = layoutBarcode(result, long, area);
      return {
        drawBase: (ctx, colors) => drawBarcode(ctx, layout, colors),
        drawHover: (ctx, pair, colors) => drawBarHover(ctx, layout, pair, colors),
        hit: (x, y) => hitBar(layout, x, y),
      };
    },
    [result, long],
  );
  return (
    <PlotCanvas
      build={build}
      height={height}
      label="Barcode: one bar per topological feature, from the distance it appears to the distance it disappears"
      emptyMessage="no barcode yet: press Compute"
      hovered={hovered}
      onHover={onHover}
      tooltip={(pair) => describePair(pair, long.has(pair), result?.threshold ?? Infinity)}
    />
  );
}
