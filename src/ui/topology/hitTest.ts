/**
 * Which bar or point is under the pointer. Bars can be thinner than a pixel (hundreds of H0
 * bars in one band), so a bar is hit within a few pixels of its centre line and the nearest
 * one wins; points likewise within a radius.
 */
import type { PersistencePair } from '../../core/topology';
import type { BarcodeLayout } from './barcodeLayout';
import type { DiagramLayout } from './diagramLayout';

/** The bar nearest (px, py) vertically whose extent covers px, within `tolerance` pixels. */
export function hitBar(
  layout: BarcodeLayout,
  px: number,
  py: number,
  tolerance = 3,
): PersistencePair | null {
  const band = layout.bands.find((b) => py >= b.top - tolerance && py <= b.bottom + tolerance);
  if (!band) return null;
  const reach = Math.max(band.rowHeight / 2, tolerance);
  let best: PersistencePair | null = null;
  let bestDy = Infinity;
  for (const bar of layout.bars) {
    if (bar.pair.dimension !== band.dimension) continue;
    const dy = Math.abs(bar.y - py);
    if (dy > reach || dy >= bestDy) continue;
    if (px < bar.x0 - tolerance || px > bar.x1 + tolerance) continue;
    best = bar.pair;
    bestDy = dy;
  }
  return best;
}

/** The point nearest (px, py) within `radius` pixels; on a tie the later-drawn (long) one. */
export function hitPoint(
  layout: DiagramLayout,
  px: number,
  py: number,
  radius = 6,
): PersistencePair | null {
  let best: PersistencePair | null = null;
  let bestD2 = radius * radius;
  for (const p of layout.points) {
    const d2 = (p.px - px) ** 2 + (p.py - py) ** 2;
    if (d2 <= bestD2) {
      best = p.pair;
      bestD2 = d2;
    }
  }
  return best;
}
