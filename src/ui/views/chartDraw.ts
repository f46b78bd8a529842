/**
 * Canvas painting for the metric charts: axes with a few ticks, min/max-decimated lines
 * and the hover crosshair. Everything is drawn in CSS pixels on a devicePixelRatio canvas,
 * at the size it is shown: the margins, tick marks and lines are laid out for 10 px text and
 * grow with the chart's font size (16 px in classroom mode), so a bigger chart is drawn
 * bigger, never scaled up from a small bitmap.
 */
import type { Decimated } from '../data/decimate';
import { yTicks, type ChartModel, type ChartSeries, type YScale } from './chartModel';

export interface ChartColors {
  fg: string;
  muted: string;
  grid: string;
  font: string;
}

/** The metric charts' colours and text: `font` is `fontSize` px of the theme's family. */
export interface ChartStyle extends ChartColors {
  fontSize: number;
}

/** The text size the charts' geometry below is laid out for. */
const BASE_FONT_PX = 10;

/** How much bigger than the 10 px layout a chart with `fontSize` px text is drawn. */
function growth(fontSize: number): number {
  return fontSize / BASE_FONT_PX;
}

/**
 * Room around the plot area for text of `fontSize` px: on the left a y tick label ("0.001",
 * "100%") and the rotated y title, below the x tick labels and the x title.
 */
export function chartMargin(fontSize: number): {
  left: number;
  right: number;
  top: number;
  bottom: number;
} {
  const k = growth(fontSize);
  return { left: 52 * k, right: 8 * k, top: 6 * k, bottom: 30 * k };
}

/** Axes, grid, tick labels and axis titles; `format` renders y tick values. */
export function drawAxes(
  ctx: CanvasRenderingContext2D,
  model: ChartModel,
  colors: ChartStyle,
  format: (v: number) => string,
  labels: { x: string; y: string },
): void {
  const [left, right] = model.x.range();
  const [bottom, top] = model.y.range();
  const k = growth(colors.fontSize);
  ctx.font = colors.font;
  ctx.lineWidth = 1;
  ctx.strokeStyle = colors.grid;
  ctx.fillStyle = colors.muted;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of yTicks(model.y)) {
    const py = Math.round(model.y(t)) + 0.5;
    segment(ctx, left, py, right, py);
    ctx.fillText(format(t), left - 4 * k, py);
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const xFormat = model.x.tickFormat(5, '~s');
  // The last label sits on the plot's right edge; keep it inside the canvas ("1.2k", not "1.2").
  const rightmost = right + chartMargin(colors.fontSize).right;
  for (const t of model.x.ticks(5)) {
    const px = Math.round(model.x(t)) + 0.5;
    segment(ctx, px, bottom, px, bottom + 3 * k);
    const label = xFormat(t);
    const half = ctx.measureText(label).width / 2;
    ctx.fillText(label, Math.min(px, rightmost - half), bottom + 4 * k);
  }
  ctx.strokeStyle = colors.muted;
  segment(ctx, left, bottom + 0.5, right, bottom + 0.5);
  ctx.fillText(labels.x, (left + right) / 2, bottom + 16 * k);
  ctx.save();
  ctx.translate(10 * k, (top + bottom) / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = 'middle';
  ctx.fillText(labels.y, 0, 0);
  ctx.restore();
}

/** A straight line from (x0, y0) to (x1, y1) in the current stroke style. */
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

/**
 * One decimated series: per pixel column first → min → max → last, joined across columns.
 * Its line, dashes and dots are as thick as `fontSize` px text asks (1.25 px at 10 px).
 */
export function drawLine(
  ctx: CanvasRenderingContext2D,
  model: ChartModel,
  d: Decimated,
  s: ChartSeries,
  fontSize: number,
): void {
  const k = growth(fontSize);
  const [left, right] = model.x.range();
  const [bottom, top] = model.y.range();
  const colWidth = (right - left) / Math.max(1, d.width);
  const y = (v: number) => Math.max(top, Math.min(bottom, clampLog(model.y, v)));
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top - 2, right - left, bottom - top + 4);
  ctx.clip();
  ctx.strokeStyle = s.color;
  ctx.fillStyle = s.color;
  ctx.lineWidth = 1.25 * k;
  ctx.setLineDash(s.dashed ? [5 * k, 4 * k] : []);
  ctx.beginPath();
  let started = false;
  for (let c = 0; c < d.width; c++) {
    if (d.count[c] === 0) continue;
    const px = left + (c + 0.5) * colWidth;
    if (started) ctx.lineTo(px, y(d.first[c]));
    else ctx.moveTo(px, y(d.first[c]));
    started = true;
    if (d.count[c] > 1) {
      ctx.lineTo(px, y(d.min[c]));
      ctx.lineTo(px, y(d.max[c]));
      ctx.lineTo(px, y(d.last[c]));
    }
  }
  ctx.stroke();
  if (s.dots) {
    for (let c = 0; c < d.width; c++) {
      if (d.count[c] === 0) continue;
      ctx.beginPath();
      ctx.arc(left + (c + 0.5) * colWidth, y(d.last[c]), 2.5 * k, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  ctx.restore();
}

/** Scale value with non-positive values pinned to the bottom of a log axis. */
function clampLog(y: YScale, v: number): number {
  const lo = y.domain()[0];
  return lo > 0 && v <= 0 ? y(lo) : y(v);
}

/** Vertical hover line at `step` and a dot per series at its value there (sized for `fontSize` px text). */
export function drawCrosshair(
  ctx: CanvasRenderingContext2D,
  model: ChartModel,
  step: number,
  values: readonly { value: number; color: string }[],
  color: string,
  fontSize: number,
): void {
  const k = growth(fontSize);
  const [left, right] = model.x.range();
  const [bottom, top] = model.y.range();
  const px = model.x(step);
  if (!(px >= left - 1 && px <= right + 1)) return;
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  ctx.setLineDash([2 * k, 3 * k]);
  segment(ctx, Math.round(px) + 0.5, top, Math.round(px) + 0.5, bottom);
  ctx.setLineDash([]);
  for (const { value, color: c } of values) {
    if (!Number.isFinite(value)) continue;
    ctx.beginPath();
    const py = Math.max(top, Math.min(bottom, clampLog(model.y, value)));
    ctx.arc(px, py, 3 * k, 0, 2 * Math.PI);
    ctx.fillStyle = c;
    ctx.fill();
  }
}
