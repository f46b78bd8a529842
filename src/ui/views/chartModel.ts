/**
 * What a metric chart draws, computed without the DOM: the series it reads, the x range
 * shared by its series, per-pixel decimation and the y scale fitted to what is visible.
 */
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3';
import { decimate, type Decimated } from '../data/decimate';
import type { ColumnStore } from '../data/columnStore';

/** One line of a chart, read straight from a column store (x is its `step` column). */
export interface ChartSeries {
  readonly source: { readonly version: number; readonly length: number };
  xs(): Float64Array;
  ys(): Float64Array;
  label: string;
  color: string;
  /** Dashed line (e.g. the pruning schedule's target). */
  dashed?: boolean;
  /** Dots on every point (sparse series such as validation). */
  dots?: boolean;
  /** Hover explanation of this line. */
  title?: string;
}

export type SeriesStyle = Pick<ChartSeries, 'label' | 'color' | 'dashed' | 'dots' | 'title'>;

/** A chart series for `field` of a store that has a `step` column. */
export function chartSeries<F extends string>(
  store: 'step' extends F ? ColumnStore<F> : never,
  field: F,
  style: SeriesStyle,
): ChartSeries {
  return {
    source: store,
    xs: () => store.column('step' as F),
    ys: () => store.column(field),
    ...style,
  };
}

export type YScale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

export interface ChartOptions {
  logY?: boolean;
  /** Fixed y range in data units (e.g. [0, 1] for sparsity); fitted to the data otherwise. */
  yDomain?: [number, number];
  /** Include 0 in a fitted linear range (losses, errors). */
  zeroBased?: boolean;
}

export interface ChartModel {
  x: ScaleLinear<number, number>;
  y: YScale;
  lines: Decimated[];
}

/** Smallest first step and largest last step over the series (null when all are empty). */
export function stepExtent(series: readonly ChartSeries[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    const n = s.source.length;
    if (n === 0) continue;
    const xs = s.xs();
    lo = Math.min(lo, xs[0]);
    hi = Math.max(hi, xs[n - 1]);
  }
  if (lo > hi) return null;
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** y range of the decimated lines; only positive values count on a log scale. */
function fitY(lines: readonly Decimated[], log: boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of lines) {
    for (let c = 0; c < d.width; c++) {
      if (d.count[c] === 0) continue;
      const mn = log && d.min[c] <= 0 ? d.max[c] : d.min[c];
      if (!log || mn > 0) lo = Math.min(lo, mn);
      if (!log || d.max[c] > 0) hi = Math.max(hi, d.max[c]);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * Scales for a plot area spanning [left, right] × [bottom, top] CSS pixels, with one
 * decimation column per device pixel (`pixelRatio`).
 */
export function buildChart(
  series: readonly ChartSeries[],
  area: { left: number; right: number; top: number; bottom: number },
  options: ChartOptions,
  pixelRatio: number,
): ChartModel | null {
  const ext = stepExtent(series);
  if (!ext) return null;
  const x = scaleLinear().domain(ext).range([area.left, area.right]);
  const columns = Math.max(1, Math.round((area.right - area.left) * pixelRatio));
  const lines = series.map((s) =>
    decimate(s.xs(), s.ys(), ext[0], ext[1], columns, s.source.length),
  );
  const log = options.logY === true;
  let dom = options.yDomain ?? fitY(lines, log) ?? (log ? [0.1, 1] : [0, 1]);
  if (!log && options.zeroBased && !options.yDomain)
    dom = [Math.min(0, dom[0]), Math.max(0, dom[1])];
  if (dom[0] === dom[1]) dom = log ? [dom[0] / 2, dom[1] * 2] : [dom[0] - 1, dom[1] + 1];
  const y = log ? scaleLog().domain(dom) : scaleLinear().domain(dom);
  y.range([area.bottom, area.top]);
  if (!options.yDomain) y.nice(4);
  return { x, y, lines };
}

/**
 * The y values to label: a few, never crowding a short plot. A log scale over decades yields
 * every minor tick, so it keeps the powers of ten; a linear one asks d3 for fewer when four
 * came back as more than five (0–120 in steps of 20 becomes 0, 50, 100).
 */
export function yTicks(y: YScale): number[] {
  if ('base' in y) {
    const ticks = y.ticks(4);
    return ticks.length > 6 ? ticks.filter((t) => Math.abs(Math.log10(t) % 1) < 1e-9) : ticks;
  }
  const ticks = y.ticks(4);
  return ticks.length > 5 ? y.ticks(2) : ticks;
}
