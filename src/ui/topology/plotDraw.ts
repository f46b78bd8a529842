/**
 * Canvas pieces the barcode and the persistence diagram share: their colours (read from the
 * theme's CSS variables), tick-labelled axes of filtration distance, hover guides and small
 * shapes.
 */
import { format, type ScaleLinear } from 'd3';
import { segment, type ChartColors } from '../views/chartDraw';

export interface PlotColors extends ChartColors {
  /** H0, H1, H2. */
  dimensions: readonly [string, string, string];
}

export const tickFormat = format('.2~f');

/** A line segment from (x0, y0) to (x1, y1). */
export type Line = [x0: number, y0: number, x1: number, y1: number];

/**
 * An axis' ticks, five or so: for each, at its pixel-centred position p, a faint grid line
 * `grid(p)`, a tick mark `mark(p)` if the axis has them, and its label at `label.at(p)`.
 * Leaves the stroke muted for the axis line and the fill muted for the title.
 */
function drawTicks(
  ctx: CanvasRenderingContext2D,
  scale: ScaleLinear<number, number>,
  c: PlotColors,
  label: { align: CanvasTextAlign; baseline: CanvasTextBaseline; at(p: number): [number, number] },
  grid: (p: number) => Line,
  mark: ((p: number) => Line) | null,
): void {
  ctx.font = c.font;
  ctx.lineWidth = 1;
  ctx.textAlign = label.align;
  ctx.textBaseline = label.baseline;
  for (const t of scale.ticks(5)) {
    const p = Math.round(scale(t)) + 0.5;
    ctx.strokeStyle = c.grid;
    segment(ctx, ...grid(p));
    if (mark) {
      ctx.strokeStyle = c.muted;
      segment(ctx, ...mark(p));
    }
    ctx.fillStyle = c.muted;
    ctx.fillText(tickFormat(t), ...label.at(p));
  }
  ctx.strokeStyle = c.muted;
}

/** Bottom axis at y = `at`: baseline, ticks with faint grid lines up to `gridTop`, title. */
export function drawXAxis(
  ctx: CanvasRenderingContext2D,
  x: ScaleLinear<number, number>,
  at: number,
  gridTop: number,
  label: string,
  c: PlotColors,
): void {
  const [left, right] = x.range();
  drawTicks(
    ctx,
    x,
    c,
    { align: 'center', baseline: 'top', at: (px) => [px, at + 4] },
    (px) => [px, gridTop, px, at],
    (px) => [px, at, px, at + 3],
  );
  segment(ctx, left, Math.round(at) + 0.5, right, Math.round(at) + 0.5);
  ctx.fillText(label, (left + right) / 2, at + 16);
}

/** Left axis at x = `at`, ticks with faint grid lines to `gridRight`, rotated title. */
export function drawYAxis(
  ctx: CanvasRenderingContext2D,
  y: ScaleLinear<number, number>,
  at: number,
  gridRight: number,
  label: string,
  c: PlotColors,
): void {
  const [bottom, top] = y.range();
  drawTicks(
    ctx,
    y,
    c,
    { align: 'right', baseline: 'middle', at: (py) => [at - 4, py] },
    (py) => [at, py, gridRight, py],
    null,
  );
  segment(ctx, Math.round(at) - 0.5, top, Math.round(at) - 0.5, bottom);
  ctx.save();
  ctx.translate(9, (top + bottom) / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.fillText(label, 0, 0);
  ctx.restore();
}

/** Thin dashed lines in the foreground colour, from a hovered mark to the axes. */
export function drawGuides(ctx: CanvasRenderingContext2D, c: PlotColors, lines: Line[]): void {
  ctx.strokeStyle = c.fg;
  ctx.lineWidth = 1;
  ctx.setLineDash([2, 3]);
  for (const line of lines) segment(ctx, ...line);
  ctx.setLineDash([]);
}

/** A filled arrowhead pointing right with its tip at (x, y). */
export function arrowRight(ctx: CanvasRenderingContext2D, x: number, y: number, half: number) {
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x - 2 * half, y - half);
  ctx.lineTo(x - 2 * half, y + half);
  ctx.closePath();
  ctx.fill();
}
