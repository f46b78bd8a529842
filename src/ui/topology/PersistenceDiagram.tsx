/** The persistence diagram: one point per pair at (birth, death); essential ones on the ∞ line. */
import { useCallback } from 'react';
import type { PersistencePair } from '../../core/topology';
import { describePair } from './barcodeModel';
import type { PairPlotProps } from './BarcodeChart';
import { layoutDiagram } from './diagramLayout';
import { drawDiagram, drawPointHover } from './drawDiagram';
import { hitPoint } from './hitTest';
import { PlotCanvas, type PlotModel } from './PlotCanvas';

const MARGIN = { left: 40, right: 10, top: 6, bottom: 30 };

export function PersistenceDiagram({ result, long, hovered, onHover, height }: PairPlotProps) {
  const build = useCallback(
    (width: number, h: number): PlotModel | null => {
      if (!result) return null;
      const area = {
        left: MARGIN.left,
        right: width - MARGIN.right,
        top: MARGIN.top,
        bottom: h - MARGIN.bottom,
      };
      const layout = layoutDiagram(result, long, area);
      return {
        drawBase: (ctx, colors) => drawDiagram(ctx, layout, colors),
        drawHover: (ctx, pair, colors) => drawPointHover(ctx, layout, pair, colors),
        hit: (x, y) => hitPoint(layout, x, y),
      };
    },
    [result, long],
  );
  return (
    <PlotCanvas
      build={build}
      height={height}
      label="Persistence diagram: each feature as a point at (birth, death)"
      emptyMessage="no diagram yet"
      hovered={hovered}
      onHover={onHover}
      tooltip={(pair: PersistencePair) =>
        describePair(pair, long.has(pair), result?.threshold ?? Infinity)
      }
    />
  );
}
