import { describe, expect, it } from 'vitest';
import { layoutBarcode } from './barcodeLayout';
import { longPairs } from './barcodeModel';
import { layoutDiagram } from './diagramLayout';
import { hitBar, hitPoint } from './hitTest';
import { circleResult, resultOf } from '../../core/topology/testing';

const area = { left: 40, right: 440, top: 10, bottom: 250 };

describe('hovering the barcode', () => {
  it("finds the circle's long H1 bar under the pointer", () => {
    const result = circleResult();
    const long = longPairs(result);
    const layout = layoutBarcode(result, long, area);
    const bar = layout.bars.find((b) => b.long && b.pair.dimension === 1);
    expect(bar).toBeDefined();
    const mid = (bar!.x0 + bar!.x1) / 2;
    expect(hitBar(layout, mid, bar!.y + 0.5)).toBe(bar!.pair);
  });

  it('finds nothing past the end of a bar or between bands', () => {
    const result = resultOf([[1, 1, 2]], 1);
    const layout = layoutBarcode(result, new Set(), area);
    const bar = layout.bars[0];
    expect(hitBar(layout, bar.x1 + 20, bar.y)).toBeNull();
    expect(hitBar(layout, bar.x0 + 1, layout.bands[0].bottom + 5)).toBeNull();
  });
});

describe('hovering the persistence diagram', () => {
  it('finds a point and the essential point on the ∞ line', () => {
    const result = resultOf([
      [0, 0, Infinity],
      [1, 2, 5],
    ]);
    const layout = layoutDiagram(result, new Set(), area);
    expect(hitPoint(layout, layout.x(2) + 2, layout.y(5) - 2)).toBe(result.pairs[1]);
    expect(hitPoint(layout, layout.x(0), layout.infinityY + 1)).toBe(result.pairs[0]);
    expect(hitPoint(layout, layout.x(8), layout.y(2))).toBeNull();
  });

  it('keeps the plot square, points above the diagonal and ∞ above the top', () => {
    const result = circleResult();
    const layout = layoutDiagram(result, longPairs(result), area);
    const [x0, x1] = layout.x.range();
    const [y0, y1] = layout.y.range();
    expect(x1 - x0).toBeCloseTo(y0 - y1);
    expect(layout.infinityY).toBeLessThan(y1);
    for (const p of layout.points) expect(p.py).toBeLessThanOrEqual(layout.y(p.pair.birth));
    expect(layout.points.at(-1)?.long).toBe(true);
  });
});
