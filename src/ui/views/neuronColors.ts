/**
 * Colours of the neurons once one is selected: every other neuron by its link to the
 * selected one (|W_hh| either way, or a coefficient such as f(d)), on a sequential scale;
 * the selected neuron in the shared highlight colour. Pure, tested in Node.
 */
import { rgb } from 'd3';
import { NEURON_COLOR, SELECTED_COLOR, hexToRgb, sequential } from './palette';

/** max(|W[j,sel]|, |W[sel,j]|) per neuron j, pruned weights counting as 0; NaN at sel. */
export function linkMagnitudes(
  whh: Float32Array,
  mask: Uint8Array,
  n: number,
  sel: number,
): Float32Array {
  const out = new Float32Array(n);
  for (let j = 0; j < n; j++) {
    const into = mask[j * n + sel] ? Math.abs(whh[j * n + sel]) : 0;
    const from = mask[sel * n + j] ? Math.abs(whh[sel * n + j]) : 0;
    out[j] = Math.max(into, from);
  }
  out[sel] = NaN;
  return out;
}

/** Largest finite value, ignoring the selected neuron (0 when none). */
export function maxValue(values: ArrayLike<number>, sel: number): number {
  let m = 0;
  for (let j = 0; j < values.length; j++)
    if (j !== sel && Number.isFinite(values[j]) && values[j] > m) m = values[j];
  return m;
}

/** The sequential scale as a CSS gradient, for legends. */
export const sequentialGradient = `linear-gradient(to right, ${Array.from({ length: 9 }, (_, i) => sequential(i / 8)).join(', ')})`;

/** 256 RGB triples in [0, 1] of the sequential scale. */
export function sequentialLut(): Float32Array {
  const lut = new Float32Array(256 * 3);
  for (let i = 0; i < 256; i++) {
    const c = rgb(sequential(i / 255));
    lut.set([c.r / 255, c.g / 255, c.b / 255], i * 3);
  }
  return lut;
}

const toUnit = (hex: string) => hexToRgb(hex).map((v) => v / 255);
const selectedRgb = toUnit(SELECTED_COLOR);
const neutralRgb = toUnit(NEURON_COLOR);

/**
 * Writes n RGB triples (0–1) into `out`: with no selection all neutral; otherwise the
 * selected neuron highlighted and the rest by value / max on the sequential LUT.
 */
export function fillNeuronColors(
  out: Float32Array,
  values: ArrayLike<number> | null,
  sel: number | null,
  max: number,
  lut: Float32Array,
): void {
  const n = out.length / 3;
  for (let j = 0; j < n; j++) {
    let c: ArrayLike<number> = neutralRgb;
    let o = 0;
    if (sel !== null && j === sel) c = selectedRgb;
    else if (sel !== null && values) {
      const t =
        max > 0 && Number.isFinite(values[j]) ? Math.max(0, Math.min(1, values[j] / max)) : 0;
      c = lut;
      o = Math.round(t * 255) * 3;
    }
    out[j * 3] = c[o];
    out[j * 3 + 1] = c[o + 1];
    out[j * 3 + 2] = c[o + 2];
  }
}

/**
 * Activity colouring for the probes (a bump of h_j(t) seen on the manifold): every neuron by
 * value / max on the sequential LUT, values ≤ 0 (silent, or negative under tanh) at the bottom.
 * `max` is the whole probe run's largest activity, so a fading pattern visibly darkens.
 */
export function fillActivityColors(
  out: Float32Array,
  values: ArrayLike<number>,
  max: number,
  lut: Float32Array,
): void {
  const n = out.length / 3;
  for (let j = 0; j < n; j++) {
    const v = values[j];
    const t = max > 0 && Number.isFinite(v) ? Math.max(0, Math.min(1, v / max)) : 0;
    const o = Math.round(t * 255) * 3;
    out[j * 3] = lut[o];
    out[j * 3 + 1] = lut[o + 1];
    out[j * 3 + 2] = lut[o + 2];
  }
}
