/**
 * Where the persistence diagram's points go, in CSS pixels: birth on x, death on y, one
 * square plot (so the diagonal birth = death is at 45°), and essential classes, which never
 * die, on a separate "∞" line above the top. Distance from the diagonal is persistence.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import type { PersistencePair, PersistenceResult } from '../../core/topology';
import { filtrationExtent } from './barcodeModel';
import type { PlotArea } from './barcodeLayout';

export interface DiagramPoint {
  pair: PersistencePair;
  px: number;
  py: number;
  long: boolean;
  essential: boolean;
}

export interface DiagramLayout {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** y of the "∞" line for essential classes. */
  infinityY: number;
  threshold: number;
  /** Short points first, long last, so long ones are drawn on top. */
  points: DiagramPoint[];
}

/** Gap between the top of the square and the "∞" line. */
export const INFINITY_GAP = 16;

/** The diagram of `result` in the largest square that fits `area` below the "∞" line. */
export function layoutDiagram(
  result: PersistenceResult,
  long: ReadonlySet<PersistencePair>,
  area: PlotArea,
): DiagramLayout {
  const extent = filtrationExtent(result);
  const side = Math.max(0, Math.min(area.right - area.left, area.bottom - area.top - INFINITY_GAP));
  const x = scaleLinear()
    .domain([0, extent])
    .range([area.left, area.left + side]);
  const y = scaleLinear()
    .domain([0, extent])
    .range([area.bottom, area.bottom - side]);
  const infinityY = area.bottom - side - INFINITY_GAP;
  const points = result.pairs
    .filter((pair) => pair.dimension <= result.maxDimension)
    .map((pair) => {
      const essential = pair.death === Infinity;
      const py = essential ? infinityY : y(pair.death);
      return { pair, px: x(pair.birth), py, long: long.has(pair), essential };
    })
    .sort((a, b) => Number(a.long) - Number(b.long));
  return { x, y, infinityY, threshold: result.threshold, points };
}
