/**
 * Where the barcode's bars go, in CSS pixels: one horizontal band per homology dimension,
 * bars stacked in barcode order inside it, x = filtration distance. H0 has n − 1 bars while
 * the few H1/H2 bars carry the shape, so bands share the height by √count (each at least
 * BAND_MIN tall) rather than by count.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import type { PersistencePair, PersistenceResult } from '../../core/topology';
import { barOrder, dimensionsShown, filtrationExtent } from './barcodeModel';

export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Band {
  dimension: number;
  top: number;
  bottom: number;
  /** Vertical pitch of one bar (≤ BAR_MAX_ROW; below a pixel when bars are many). */
  rowHeight: number;
  count: number;
  /** How many of its bars are long (adjacent long bars can look like one thick bar). */
  longCount: number;
}

export interface BarMark {
  pair: PersistencePair;
  /** Centre line of the bar. */
  y: number;
  x0: number;
  /** Right end: x(death), or the plot's right edge for an essential bar. */
  x1: number;
  long: boolean;
  essential: boolean;
}

export interface BarcodeLayout {
  /** Filtration distance → x; its range stops ARROW_SPACE short of area.right. */
  x: ScaleLinear<number, number>;
  area: PlotArea;
  threshold: number;
  bands: Band[];
  bars: BarMark[];
}

export const BAR_MAX_ROW = 7;
/** Tall enough for the band's three labels: dimension, bar count, long-bar count. */
export const BAND_MIN = 34;
export const BAND_GAP = 6;
export const ARROW_SPACE = 12;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Heights of bands holding `counts` bars in `available` pixels: every band wants
 * max(minBand, count·maxRow); if the wants do not fit, each gets minBand and the rest is
 * shared in proportion to √count, no band past its want (water-filling).
 */
export function bandHeights(
  counts: readonly number[],
  available: number,
  minBand = BAND_MIN,
  maxRow = BAR_MAX_ROW,
): number[] {
  const want = counts.map((c) => Math.max(minBand, c * maxRow));
  if (sum(want) <= available) return want;
  if (minBand * counts.length >= available) return counts.map(() => available / counts.length);
  const heights = counts.map(() => minBand);
  const open = want.map((w, i) => heights[i] < w);
  let spare = available - sum(heights);
  while (spare > 1e-9 && open.some(Boolean)) {
    const weights = counts.map((c, i) => (open[i] ? Math.sqrt(c) : 0));
    const total = sum(weights);
    let used = 0;
    weights.forEach((w, i) => {
      if (w === 0) return;
      const add = Math.min((spare * w) / total, want[i] - heights[i]);
      heights[i] += add;
      used += add;
      if (heights[i] >= want[i] - 1e-9) open[i] = false;
    });
    spare -= used;
  }
  return heights;
}

/** The barcode of `result` laid out in `area`; `long` marks the bars to emphasise. */
export function layoutBarcode(
  result: PersistenceResult,
  long: ReadonlySet<PersistencePair>,
  area: PlotArea,
): BarcodeLayout {
  const dims = dimensionsShown(result);
  const groups = dims.map((d) => barOrder(result.pairs, d));
  const available = area.bottom - area.top - BAND_GAP * (dims.length - 1);
  const heights = bandHeights(
    groups.map((g) => g.length),
    Math.max(0, available),
  );
  const x = scaleLinear()
    .domain([0, filtrationExtent(result)])
    .range([area.left, area.right - ARROW_SPACE]);
  const bands: Band[] = [];
  const bars: BarMark[] = [];
  let top = area.top;
  dims.forEach((dimension, i) => {
    const rows = groups[i];
    const rowHeight = Math.min(BAR_MAX_ROW, heights[i] / Math.max(1, rows.length));
    const longCount = rows.filter((p) => long.has(p)).length;
    bands.push({
      dimension,
      top,
      bottom: top + heights[i],
      rowHeight,
      count: rows.length,
      longCount,
    });
    rows.forEach((pair, r) => {
      const essential = pair.death === Infinity;
      bars.push({
        pair,
        y: top + (r + 0.5) * rowHeight,
        x0: x(pair.birth),
        x1: essential ? area.right : x(pair.death),
        long: long.has(pair),
        essential,
      });
    });
    top += heights[i] + BAND_GAP;
  });
  return { x, area, threshold: result.threshold, bands, bars };
}
