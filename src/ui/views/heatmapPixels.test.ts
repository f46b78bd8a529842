import { describe, expect, it } from 'vitest';
import {
  aliveRange,
  divergingLut,
  heatmapFiller,
  heatmapSide,
  inverseOrder,
  lutIndex,
  type HeatmapInput,
} from './heatmapPixels';
import { DIVERGING_STOPS, PRUNED_COLOR, hexToRgb } from './palette';

const lut = divergingLut();
const pixel = (out: Uint8ClampedArray, i: number) => Array.from(out.subarray(i * 4, i * 4 + 4));
const rgba = (hex: string) => [...hexToRgb(hex), 255];

/** The whole image of `input`, filled in one call. */
function image(input: HeatmapInput): Uint8ClampedArray {
  const side = heatmapSide(input);
  const out = new Uint8ClampedArray(side * side * 4);
  heatmapFiller(out, input, lut)(0, side);
  return out;
}

describe('heatmap pixels, one weight each', () => {
  const n = 3;
  // Row-major W: a live zero, ±max, a value beyond max, a pruned entry, NaN.
  const whh = Float32Array.of(0, 2, -2, 1, 5, -1, 0.5, NaN, 3);
  const mask = Uint8Array.of(1, 1, 1, 1, 0, 1, 1, 1, 1);

  it('draws a live zero white, ±max as the scale ends and pruned entries flat grey', () => {
    const out = image({ whh, mask, n, range: 2, factor: 1 });
    expect(pixel(out, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(out, 1)).toEqual(rgba(DIVERGING_STOPS[DIVERGING_STOPS.length - 1]));
    expect(pixel(out, 2)).toEqual(rgba(DIVERGING_STOPS[0]));
    expect(pixel(out, 4)).toEqual(rgba(PRUNED_COLOR));
    expect(pixel(out, 7)).toEqual([255, 255, 255, 255]); // NaN: white, as zero
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

  it('samples every column for the range, not only those a stride sharing a factor with n hits', () => {
    // n = 128: 16 384 weights, a plain stride of 4 would see columns 0, 4, 8, … only (all 1).
    const big = 128;
    const w = Float32Array.from({ length: big * big }, (_, i) => (i % 4 === 0 ? 1 : 2));
    expect(aliveRange(w, new Uint8Array(big * big).fill(1))).toBe(2);
  });

  it('reorders rows and columns by the permutation', () => {
    const order = Int32Array.of(2, 0, 1);
    const out = image({ whh, mask, n, range: 3, order, factor: 1 });
    const direct = image({ whh, mask, n, range: 3, factor: 1 });
    // Pixel (r=1, c=2) shows W[order[1], order[2]] = W[0, 1] = 2.
    expect(pixel(out, 1 * n + 2)).toEqual(pixel(direct, 0 * n + 1));
    expect(Array.from(inverseOrder(order))).toEqual([1, 2, 0]);
  });
});

describe('heatmap pixels reduced to fewer pixels than weights', () => {
  // W_hh 4 × 4 (row j = weights into unit j); 12 of 16 alive, the strong 7.0 pruned.
  // prettier-ignore
  const whh = Float32Array.of(
     0.1, -0.9,   0.3,  0.2,
     0.5,  0.4,   7.0, -0.6,
     0.0,  0.0,  -2.0,  1.5,
     0.0,  0.0,   1.0, -1.0,
  );
  // prettier-ignore
  const mask = Uint8Array.of(
    1, 1,  1, 1,
    1, 0,  0, 1,
    1, 1,  1, 1,
    0, 0,  1, 1,
  );
  const n = 4;
  const grey = hexToRgb(PRUNED_COLOR); // 0x3a = 58 each
  const lutRgb = (i: number) => Array.from(lut.subarray(i * 4, i * 4 + 3));
  /** lut entry i mixed toward the pruned grey: alive share a, stored as a byte store rounds. */
  const mixed = (i: number, a: number) => [
    ...Uint8ClampedArray.from(lutRgb(i), (c, ch) => c * a + grey[ch] * (1 - a)),
    255,
  ];

  it('shows per 2 × 2 pixel the alive weight of largest |w|, greyed by the pruned share', () => {
    const out = image({ whh, mask, n, range: 2, factor: 2 });
    expect(heatmapSide({ n, factor: 2 })).toBe(2);
    // Top left {0.1, −0.9, 0.5, pruned}: −0.9 (lut 128 − 0.45 · 128 = 70.4 → 70), 3 of 4 alive.
    expect(lutIndex(-0.9, 2)).toBe(70);
    expect(pixel(out, 0)).toEqual(mixed(70, 3 / 4));
    // Top right {0.3, 0.2, pruned 7.0, −0.6}: the pruned 7.0 does not show; −0.6 (lut 90), 3 of 4.
    expect(pixel(out, 1)).toEqual(mixed(lutIndex(-0.6, 2), 3 / 4));
    // Bottom left {0, 0, pruned, pruned}: an alive zero (white), half pruned: (255 + 58) / 2.
    expect(pixel(out, 2)).toEqual([156, 156, 156, 255]);
    // Bottom right {−2, 1.5, 1, −1}: all alive, −2 is the scale's end, its own colour.
    expect(pixel(out, 3)).toEqual(rgba(DIVERGING_STOPS[0]));
  });

  it('draws a fully pruned pixel flat grey and a fully alive one in its own colour', () => {
    const dead = image({ whh, mask: new Uint8Array(16), n, range: 2, factor: 2 });
    for (let i = 0; i < 4; i++) expect(pixel(dead, i)).toEqual(rgba(PRUNED_COLOR));
    const alive = image({ whh, mask: new Uint8Array(16).fill(1), n, range: 2, factor: 2 });
    expect(pixel(alive, 1)).toEqual([...lutRgb(255), 255]); // 7.0 clamps to +max
  });

  it('reduces in a display order: pixel (R, C) covers W[order[r], order[c]] inside it', () => {
    // Display rows and columns are units 2, 3, 0, 1.
    const out = image({ whh, mask, n, order: Int32Array.of(2, 3, 0, 1), range: 2, factor: 2 });
    expect(pixel(out, 0)).toEqual(rgba(DIVERGING_STOPS[0])); // W[{2,3}, {2,3}]: −2, all alive
    expect(pixel(out, 1)).toEqual([156, 156, 156, 255]); // W[{2,3}, {0,1}]: zeros, half pruned
    expect(pixel(out, 2)).toEqual(mixed(lutIndex(-0.6, 2), 3 / 4)); // W[{0,1}, {2,3}]
    expect(pixel(out, 3)).toEqual(mixed(70, 3 / 4)); // W[{0,1}, {0,1}]
    // The whole matrix in one pixel: the strongest alive (−2), 12 of 16 alive.
    expect(pixel(image({ whh, mask, n, range: 2, factor: 4 }), 0)).toEqual(mixed(0, 12 / 16));
  });

  it('weighs a last, narrower row or column of weights by how many weights it holds', () => {
    // 3 × 3 in pixels of 2: the right column of pixels covers one weight column.
    const w = Float32Array.of(1, 1, 1, 1, 1, 1, 1, 1, 1);
    const m = Uint8Array.of(1, 1, 0, 1, 1, 1, 1, 1, 1);
    const out = image({ whh: w, mask: m, n: 3, range: 1, factor: 2 });
    expect(heatmapSide({ n: 3, factor: 2 })).toBe(2);
    expect(pixel(out, 0)).toEqual([...lutRgb(255), 255]); // 4 of 4 alive
    expect(pixel(out, 1)).toEqual(mixed(255, 1 / 2)); // W[0,2] pruned, W[1,2] alive
    expect(pixel(out, 3)).toEqual([...lutRgb(255), 255]); // W[2,2] alone
  });

  it('fills in bands of rows that together make the whole image', () => {
    const input = { whh, mask, n, range: 2, factor: 1 };
    const out = new Uint8ClampedArray(4 * 4 * 4);
    const fill = heatmapFiller(out, input, lut);
    fill(0, 1);
    fill(1, 3);
    fill(3, 4);
    expect(out).toEqual(image(input));
    expect(() => heatmapFiller(new Uint8ClampedArray(4), input, lut)).toThrow(/too small/);
  });
});
