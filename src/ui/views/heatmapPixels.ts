/**
 * Turns W_hh into heatmap pixels without the DOM: a 256-entry diverging lookup table and a
 * fill loop of one 32-bit write per weight (a million weights take a few milliseconds), so
 * the heatmap keeps up with snapshots at n = 1024. Kept pure so it is tested in Node.
 */
import { DIVERGING_STOPS, PRUNED_COLOR, hexToRgb } from './palette';

/** Index of weight 0 in the lookup table; −range maps to 0 and +range to 255. */
export const LUT_ZERO = 128;

/** RGBA bytes of the diverging scale, 256 entries; entry 128 is exactly white. */
export function divergingLut(): Uint8ClampedArray {
  const stops = DIVERGING_STOPS.map(hexToRgb);
  const mid = (stops.length - 1) / 2;
  const lut = new Uint8ClampedArray(256 * 4);
  for (let i = 0; i < 256; i++) {
    // Negative half spans 128 entries, positive half 127, so 0 sits on one exact entry.
    const s = i < LUT_ZERO ? (i / LUT_ZERO) * mid : mid + ((i - LUT_ZERO) / 127) * mid;
    const a = Math.min(Math.floor(s), stops.length - 2);
    const t = s - a;
    for (let c = 0; c < 3; c++)
      lut[i * 4 + c] = Math.round(stops[a][c] * (1 - t) + stops[a + 1][c] * t);
    lut[i * 4 + 3] = 255;
  }
  return lut;
}

/** Alive weights looked at when estimating the colour range (keeps a snapshot under 1 ms). */
const RANGE_SAMPLE = 4096;

/**
 * The symmetric colour range: the 99th percentile of |w| over alive weights (0 when none),
 * from an evenly strided sample. A few large weights would otherwise wash every other weight
 * out to white; the rare larger ones clamp to the end colours.
 */
export function aliveRange(whh: Float32Array, mask: Uint8Array): number {
  const stride = Math.max(1, Math.floor(whh.length / RANGE_SAMPLE));
  const sample: number[] = [];
  for (let i = 0; i < whh.length; i += stride) if (mask[i] !== 0) sample.push(Math.abs(whh[i]));
  if (sample.length === 0) return 0;
  sample.sort((a, b) => a - b);
  return sample[Math.min(sample.length - 1, Math.floor(0.99 * sample.length))];
}

/** LUT index of weight w for the symmetric range [−range, range] (values beyond it clamp). */
export function lutIndex(w: number, range: number): number {
  if (!(range > 0) || !Number.isFinite(w)) return LUT_ZERO;
  const i = Math.round(LUT_ZERO + (w / range) * (w < 0 ? LUT_ZERO : 127));
  return i < 0 ? 0 : i > 255 ? 255 : i;
}

export interface HeatmapInput {
  whh: Float32Array;
  mask: Uint8Array;
  n: number;
  /** Symmetric colour range; use aliveRange(whh, mask). */
  range: number;
  /** Display position → neuron: pixel (r, c) shows W[order[r], order[c]]. Identity if absent. */
  order?: Int32Array;
}

/**
 * Writes n × n RGBA pixels into `out` (length 4n², e.g. ImageData.data): row r, column c show
 * W[j, k] with j = order[r], k = order[c]; pruned entries are the flat pruned grey.
 */
export function fillHeatmapPixels(
  out: Uint8ClampedArray,
  input: HeatmapInput,
  lut: Uint8ClampedArray,
): void {
  const { whh, mask, n, range, order } = input;
  if (out.length < n * n * 4) throw new Error(`heatmap buffer too small for n = ${n}`);
  // Same bytes viewed as 32-bit pixels, so the platform's byte order is handled by the view.
  const px = new Uint32Array(out.buffer, out.byteOffset, n * n);
  const lut32 = new Uint32Array(lut.buffer, lut.byteOffset, 256);
  const pruned32 = new Uint32Array(
    Uint8ClampedArray.from([...hexToRgb(PRUNED_COLOR), 255]).buffer,
  )[0];
  const neg = range > 0 ? LUT_ZERO / range : 0;
  const pos = range > 0 ? 127 / range : 0;
  for (let r = 0; r < n; r++) {
    const j = order ? order[r] : r;
    const rowIn = j * n;
    const rowOut = r * n;
    for (let c = 0; c < n; c++) {
      const idx = rowIn + (order ? order[c] : c);
      if (mask[idx] === 0) {
        px[rowOut + c] = pruned32;
        continue;
      }
      const w = whh[idx];
      let t = LUT_ZERO + w * (w < 0 ? neg : pos);
      t = t > 255 ? 255 : t < 0 ? 0 : t; // NaN fails both tests and stays NaN
      px[rowOut + c] = lut32[t === t ? (t + 0.5) | 0 : LUT_ZERO];
    }
  }
}

/** Inverse permutation: position of each neuron in the display order. */
export function inverseOrder(order: Int32Array): Int32Array {
  const inv = new Int32Array(order.length);
  for (let p = 0; p < order.length; p++) inv[order[p]] = p;
  return inv;
}
