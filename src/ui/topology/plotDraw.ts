/**
 * Canvas pieces the barcode and the persistence diagram share: their colours (read from the
 * theme's CSS variables), tick-labelled axes of filtration distance, and small shapes.
 */
import { format, type ScaleLinear } from 'd3';

export interface PlotColors {
  fg: string;
  muted: string;
  grid: string;
  font: string;
  /** H0, H1, H2. */
  dimensions: readonly [string, string, string];
}

export const tickFormat = format('.2~f');

export function segment(
  ctx: CanvasRenderingContext2D,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): void {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
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
  ctx.font = c.font;
  ctx.lineWidth = 1;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of x.ticks(5)) {
    const px = Math.round(x(t)) + 0.5;
    ctx.strokeStyle = c.grid;
    segment(ctx, px, gridTop, px, at);
    ctx.strokeStyle = c.muted;
    segment(ctx, px, at, px, at + 3);
    ctx.fillStyle = c.muted;
    ctx.fillText(tickFormat(t), px, at + 4);
  }
  ctx.strokeStyle = c.muted;
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
  ctx.font = c.font;
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of y.ticks(5)) {
    const py = Math.round(y(t)) + 0.5;
    ctx.strokeStyle = c.grid;
    segment(ctx, at, py, gridRight, py);
    ctx.fillStyle = c.muted;
    ctx.fillText(tickFormat(t), at - 4, py);
  }
  ctx.strokeStyle = c.muted;
  segment(ctx, Math.round(at) - 0.5, top, Math.round(at) - 0.5, bottom);
  ctx.save();
  ctx.translate(9, (top + bottom) / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.fillText(label, 0, 0);
  ctx.restore();
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
