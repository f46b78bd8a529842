import { describe, expect, it } from 'vitest';
import {
  aliveRange,
  divergingLut,
  fillHeatmapPixels,
  inverseOrder,
  lutIndex,
} from './heatmapPixels';
import { DIVERGING_STOPS, PRUNED_COLOR, hexToRgb } from './palette';

const lut = divergingLut();
const pixel = (out: Uint8ClampedArray, i: number) => Array.from(out.subarray(i * 4, i * 4 + 4));
const rgba = (hex: string) => [...hexToRgb(hex), 255];

describe('heatmap pixels', () => {
  const n = 3;
  // Row-major W: a live zero, ±max, a value beyond max, a pruned entry, NaN.
  const whh = Float32Array.of(0, 2, -2, 1, 5, -1, 0.5, NaN, 3);
  const mask = Uint8Array.of(1, 1, 1, 1, 0, 1, 1, 1, 1);

  it('draws a live zero white, ±max as the scale ends and pruned entries flat grey', () => {
    const out = new Uint8ClampedArray(n * n * 4);
    fillHeatmapPixels(out, { whh, mask, n, range: 2 }, lut);
    expect(pixel(out, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(out, 1)).toEqual(rgba(DIVERGING_STOPS[DIVERGING_STOPS.length - 1]));
    expect(pixel(out, 2)).toEqual(rgba(DIVERGING_STOPS[0]));
    expect(pixel(out, 4)).toEqual(rgba(PRUNED_COLOR));
    expect(pixel(out, 8)).toEqual(pixel(out, 1)); // 3 > range clamps to +max
    const half = pixel(out, 3);
    expect(half[0]).toBeGreaterThan(half[2]); // +1 is reddish
    expect(pixel(out, 5)[2]).toBeGreaterThan(pixel(out, 5)[0]); // −1 is bluish
  });

  it('is symmetric: w and −w are equally far from white', () => {
    for (const w of [0.1, 0.5, 0.9]) {
      const gap = Math.abs(lutIndex(w, 1) - 128) - Math.abs(lutIndex(-w, 1) - 128);
      expect(Math.abs(gap)).toBeLessThanOrEqual(1);
    }
    expect(lutIndex(0, 1)).toBe(128);
    expect(lutIndex(-1, 1)).toBe(0);
    expect(lutIndex(1, 1)).toBe(255);
  });

  it('takes the colour range from alive weights only', () => {
    expect(aliveRange(whh, mask)).toBe(3);
  });

  it('sets the range at the 99th percentile, so one outlier does not wash out the rest', () => {
    const w = Float32Array.from({ length: 1000 }, (_, i) => (i === 0 ? 100 : (i % 10) / 10));
    expect(aliveRange(w, new Uint8Array(1000).fill(1))).toBeCloseTo(0.9, 5);
    expect(aliveRange(w, new Uint8Array(1000))).toBe(0);
  });

  it('reorders rows and columns by the permutation', () => {
    const out = new Uint8ClampedArray(n * n * 4);
    const order = Int32Array.of(2, 0, 1);
    fillHeatmapPixels(out, { whh, mask, n, range: 3, order }, lut);
    // Pixel (r=1, c=2) shows W[order[1], order[2]] = W[0, 1] = 2.
    const direct = new Uint8ClampedArray(n * n * 4);
    fillHeatmapPixels(direct, { whh, mask, n, range: 3 }, lut);
    expect(pixel(out, 1 * n + 2)).toEqual(pixel(direct, 0 * n + 1));
    expect(Array.from(inverseOrder(order))).toEqual([1, 2, 0]);
  });

  it('fills a 1024 × 1024 matrix quickly enough for 10 updates per second', () => {
    const big = 1024;
    const w = new Float32Array(big * big).map((_, i) => Math.sin(i));
    const m = new Uint8Array(big * big).map((_, i) => (i % 7 === 0 ? 0 : 1));
    const out = new Uint8ClampedArray(big * big * 4);
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      fillHeatmapPixels(out, { whh: w, mask: m, n: big, range: aliveRange(w, m) }, lut);
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(100);
  });
});
