/**
 * Turns W_hh into heatmap pixels without the DOM: a 256-entry diverging lookup table, and a
 * fill that reduces the matrix to the canvas's own pixels as it colours them, a band of pixel
 * rows per call, so the UI thread spreads a large matrix over frames (16.7 M weights at
 * n = 4096 take a few hundred milliseconds in all) and never spends more than a frame's slice
 * on it. Kept pure so it is tested in Node.
 *
 * How a pixel is reduced: it covers `factor` × `factor` weights and shows the alive weight of
 * largest |w| among them with its sign (a lone strong weight stays visible, not averaged into
 * white), its colour mixed toward the pruned grey by the share of pruned weights under it:
 * none pruned, the weight's own colour; all pruned, flat grey. At one weight per pixel that is
 * exactly the weight's colour, or grey when pruned.
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

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The symmetric colour range: the 99th percentile of |w| over alive weights (0 when none),
 * from an evenly strided sample. A few large weights would otherwise wash every other weight
 * out to white; the rare larger ones clamp to the end colours.
 */
export function aliveRange(whh: Float32Array, mask: Uint8Array): number {
  const n = Math.round(Math.sqrt(whh.length));
  let stride = Math.max(1, Math.floor(whh.length / RANGE_SAMPLE));
  // A stride sharing a factor with n visits only some columns (at n = 4096, column 0 alone).
  while (gcd(stride, n) > 1) stride++;
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
  /** W_hh row-major n × n, and its mask (1 = alive, 0 = pruned). */
  whh: Float32Array;
  mask: Uint8Array;
  n: number;
  /** Symmetric colour range; use aliveRange(whh, mask). */
  range: number;
  /** Display position → unit: pixel rows and columns follow W[order[r], order[c]]. Identity if absent. */
  order?: Int32Array;
  /** Weights per pixel, each way. */
  factor: number;
}

/** Pixels a side of the heatmap image: ceil(n / factor). */
export function heatmapSide(input: Pick<HeatmapInput, 'n' | 'factor'>): number {
  return Math.ceil(input.n / input.factor);
}

/**
 * A filler of the heatmap image `out` (RGBA, heatmapSide² pixels, e.g. ImageData.data): each
 * call writes pixel rows [from, to), each pixel reduced as the module comment says, so the
 * caller can spread the rows over frames.
 */
export function heatmapFiller(
  out: Uint8ClampedArray,
  input: HeatmapInput,
  lut: Uint8ClampedArray,
): (from: number, to: number) => void {
  const { whh, mask, n, range, order, factor } = input;
  const px = heatmapSide(input);
  if (out.length < px * px * 4) throw new Error(`heatmap buffer too small for ${px} × ${px}`);
  if (order && order.length !== n)
    throw new Error(`order has ${order.length} units, W_hh has ${n}`);
  // Rows (and columns) of weights under each pixel: `factor`, fewer under the last.
  const span = Float64Array.from({ length: px }, (_, p) => Math.min(factor, n - p * factor));
  const cols = order ?? Int32Array.from({ length: n }, (_, c) => c);
  const colOut = Int32Array.from({ length: n }, (_, c) => Math.floor(c / factor));
  const grey = hexToRgb(PRUNED_COLOR);
  const best = new Float32Array(px);
  const alive = new Float64Array(px);
  return (from, to) => {
    for (let p = from; p < Math.min(to, px); p++) {
      best.fill(0);
      alive.fill(0);
      for (let r = p * factor; r < Math.min(n, (p + 1) * factor); r++) {
        const row = (order ? order[r] : r) * n;
        for (let c = 0; c < n; c++) {
          const i = row + cols[c];
          if (mask[i] === 0) continue;
          const q = colOut[c];
          alive[q]++;
          const w = whh[i];
          if (Math.abs(w) > Math.abs(best[q])) best[q] = w;
        }
      }
      for (let q = 0; q < px; q++) {
        const o = (p * px + q) * 4;
        const aliveShare = alive[q] / (span[p] * span[q]);
        const l = lutIndex(best[q], range) * 4;
        for (let ch = 0; ch < 3; ch++)
          out[o + ch] = lut[l + ch] * aliveShare + grey[ch] * (1 - aliveShare);
        out[o + 3] = 255;
      }
    }
  };
}

/** Inverse permutation: position of each neuron in the display order. */
export function inverseOrder(order: Int32Array): Int32Array {
  const inv = new Int32Array(order.length);
  for (let p = 0; p < order.length; p++) inv[order[p]] = p;
  return inv;
}
