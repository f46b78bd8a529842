/**
 * Paints a laid-out persistence diagram: axes of birth and death distance, the diagonal
 * (zero persistence: noise lives near it), the dashed "∞" line for classes that never die,
 * and one dot per class (long ones larger, solid and outlined); and the hovered point.
 */
import type { PersistencePair } from '../../core/topology';
import type { DiagramLayout } from './diagramLayout';
import { segment } from '../views/chartDraw';
import { drawGuides, drawXAxis, drawYAxis, type PlotColors } from './plotDraw';

function dot(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
}

export function drawDiagram(ctx: CanvasRenderingContext2D, L: DiagramLayout, c: PlotColors) {
  const [left, right] = L.x.range();
  const [bottom, top] = L.y.range();
  drawXAxis(ctx, L.x, bottom, top, 'birth: filtration distance d', c);
  drawYAxis(ctx, L.y, left, right, 'death: filtration distance d', c);
  ctx.strokeStyle = c.muted;
  segment(ctx, left, bottom, right, top);
  ctx.setLineDash([4, 3]);
  segment(ctx, left, L.infinityY, right, L.infinityY);
  ctx.setLineDash([]);
  ctx.fillStyle = c.muted;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  ctx.fillText('∞', left - 9, L.infinityY);
  for (const p of L.points) {
    ctx.fillStyle = c.dimensions[p.pair.dimension];
    ctx.globalAlpha = p.long ? 1 : 0.55;
    dot(ctx, p.px, p.py, p.long ? 4.5 : 2.5);
    ctx.fill();
    if (p.long) {
      ctx.strokeStyle = c.fg;
      ctx.lineWidth = 1;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
}

export function drawPointHover(
  ctx: CanvasRenderingContext2D,
  L: DiagramLayout,
  pair: PersistencePair,
  c: PlotColors,
): void {
  const p = L.points.find((q) => q.pair === pair);
  if (!p) return;
  const [left] = L.x.range();
  const [bottom] = L.y.range();
  drawGuides(ctx, c, [
    [p.px, p.py, p.px, bottom],
    [left, p.py, p.px, p.py],
  ]);
  ctx.fillStyle = c.dimensions[pair.dimension];
  dot(ctx, p.px, p.py, 5);
  ctx.fill();
  ctx.lineWidth = 1.5;
  dot(ctx, p.px, p.py, 8);
  ctx.stroke();
}
