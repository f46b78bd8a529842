/** The persistence diagram: one point per pair at (birth, death); essential ones on the ∞ line. */
import { layoutDiagram, type DiagramLayout } from './diagramLayout';
import { drawDiagram, drawPointHover } from './drawDiagram';
import { hitPoint } from './hitTest';
import { PairPlot, type PairPlotKind, type PairPlotProps } from './PairPlot';

const diagram: PairPlotKind<DiagramLayout> = {
  margin: { left: 40, right: 10, top: 6, bottom: 30 },
  layout: layoutDiagram,
  drawBase: drawDiagram,
  drawHover: drawPointHover,
  hit: hitPoint,
  label: 'Persistence diagram: each feature as a point at (birth, death)',
  emptyMessage: 'no diagram yet',
};

export function PersistenceDiagram(props: PairPlotProps) {
  return <PairPlot {...props} kind={diagram} />;
}
