import { describe, expect, it } from 'vitest';
import { ARROW_SPACE, BAND_MIN, BAR_MAX_ROW, bandHeights, layoutBarcode } from './barcodeLayout';
import { longPairs } from './barcodeModel';
import { circleResult, resultOf } from '../../core/topology/testing';

const area = { left: 40, right: 440, top: 0, bottom: 240 };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('bandHeights', () => {
  it('gives few bars their full row height', () => {
    expect(bandHeights([10, 0, 1], 500)).toEqual([10 * BAR_MAX_ROW, BAND_MIN, BAND_MIN]);
  });

  it('fills the height without letting hundreds of H0 bars squash the H1 band', () => {
    const heights = bandHeights([299, 12, 2], 230);
    expect(sum(heights)).toBeCloseTo(230);
    expect(heights[1]).toBeGreaterThanOrEqual(Math.min(12 * BAR_MAX_ROW, BAND_MIN));
    expect(heights[2]).toBe(BAND_MIN);
    expect(heights[0]).toBeGreaterThan(heights[1]);
  });

  it('splits evenly when even the minimum does not fit', () => {
    expect(bandHeights([10, 10], 30)).toEqual([15, 15]);
  });
});

describe('layoutBarcode', () => {
  it('puts each dimension in its own band, in order, with every bar inside its band', () => {
    const result = circleResult();
    const layout = layoutBarcode(result, longPairs(result), area);
    expect(layout.bands.map((b) => b.dimension)).toEqual([0, 1]);
    expect(layout.bands[0].bottom).toBeLessThan(layout.bands[1].top);
    expect(layout.bars).toHaveLength(result.pairs.length);
    expect(layout.bands.map((b) => b.longCount)).toEqual([1, 1]);
    for (const bar of layout.bars) {
      const band = layout.bands[bar.pair.dimension];
      expect(bar.y).toBeGreaterThan(band.top);
      expect(bar.y).toBeLessThan(band.bottom);
      expect(bar.x1).toBeGreaterThanOrEqual(bar.x0);
    }
  });

  it('draws essential bars to the right edge and others to their death', () => {
    const result = resultOf(
      [
        [0, 0, Infinity],
        [0, 0, 2],
        [1, 1, 4],
      ],
      1,
    );
    const layout = layoutBarcode(result, new Set([result.pairs[2]]), area);
    const [essential, finite] = layout.bars;
    expect(essential.essential).toBe(true);
    expect(essential.x1).toBe(area.right);
    expect(finite.x1).toBeCloseTo(area.left + ((area.right - ARROW_SPACE - area.left) * 2) / 10);
    expect(layout.bars.map((b) => b.long)).toEqual([false, false, true]);
  });
});
