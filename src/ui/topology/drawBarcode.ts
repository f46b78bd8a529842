/**
 * Paints a laid-out barcode: a tinted band per dimension with its label and bar count, the
 * bars (short ones faded, long ones solid and at least 2 px thick, essential ones ending in
 * an arrow at the right edge) and the filtration axis; and the hovered bar's highlight.
 */
import type { PersistencePair } from '../../core/topology';
import type { BarcodeLayout, BarMark } from './barcodeLayout';
import { arrowRight, drawGuides, drawXAxis, type Line, type PlotColors } from './plotDraw';

const SHORT_ALPHA = 0.45;

function thickness(bar: BarMark, rowHeight: number): number {
  const t = Math.max(1, rowHeight * 0.72);
  return bar.long ? Math.max(2, t) : t;
}

function paintBar(ctx: CanvasRenderingContext2D, bar: BarMark, rowHeight: number): void {
  const t = thickness(bar, rowHeight);
  const end = bar.essential ? bar.x1 - 2 * Math.max(3, t) : bar.x1;
  ctx.fillRect(bar.x0, bar.y - t / 2, Math.max(1, end - bar.x0), t);
  if (bar.essential) arrowRight(ctx, bar.x1, bar.y, Math.max(3, t));
}

export function drawBarcode(ctx: CanvasRenderingContext2D, L: BarcodeLayout, c: PlotColors) {
  const { area } = L;
  ctx.font = c.font;
  for (const band of L.bands) {
    const color = c.dimensions[band.dimension];
    ctx.globalAlpha = 0.08;
    ctx.fillStyle = color;
    ctx.fillRect(area.left, band.top, area.right - area.left, band.bottom - band.top);
    ctx.globalAlpha = 1;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'top';
    ctx.font = `bold ${c.font}`;
    ctx.fillText(`H${band.dimension}`, area.left - 6, band.top + 1);
    ctx.font = c.font;
    ctx.fillStyle = c.muted;
    ctx.fillText(String(band.count), area.left - 6, band.top + 12);
    if (band.longCount > 0) {
      ctx.fillStyle = color;
      ctx.fillText(`${band.longCount} long`, area.left - 6, band.top + 23);
      ctx.fillStyle = c.muted;
    }
    if (band.count === 0) {
      ctx.textAlign = 'left';
      ctx.fillText(`no H${band.dimension} bars`, area.left + 6, band.top + 6);
    }
  }
  const bandRows = new Map(L.bands.map((b) => [b.dimension, b.rowHeight]));
  // Faded short bars first, then the long ones on top of them.
  for (const long of [false, true]) {
    for (const bar of L.bars) {
      if (bar.long !== long) continue;
      ctx.globalAlpha = long ? 1 : SHORT_ALPHA;
      ctx.fillStyle = c.dimensions[bar.pair.dimension];
      paintBar(ctx, bar, bandRows.get(bar.pair.dimension) ?? 1);
    }
  }
  ctx.globalAlpha = 1;
  drawXAxis(ctx, L.x, area.bottom, area.top, 'filtration distance d', c);
  // Past the axis' last tick: the end of the computed range, where essential bars point.
  ctx.fillStyle = c.muted;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'top';
  ctx.fillText('∞', area.right, area.bottom + 4);
}

export function drawBarHover(
  ctx: CanvasRenderingContext2D,
  L: BarcodeLayout,
  pair: PersistencePair,
  c: PlotColors,
): void {
  const bar = L.bars.find((b) => b.pair === pair);
  if (!bar) return;
  const rowHeight = L.bands.find((b) => b.dimension === pair.dimension)?.rowHeight ?? 1;
  const t = Math.max(4, thickness(bar, rowHeight));
  const { top, bottom } = L.area;
  const guides: Line[] = [[bar.x0, top, bar.x0, bottom]];
  if (!bar.essential) guides.push([bar.x1, top, bar.x1, bottom]);
  drawGuides(ctx, c, guides);
  ctx.fillStyle = c.dimensions[pair.dimension];
  paintBar(ctx, { ...bar, long: true }, t);
  ctx.strokeRect(bar.x0 - 1, bar.y - t / 2 - 1, Math.max(1, bar.x1 - bar.x0) + 2, t + 2);
}
