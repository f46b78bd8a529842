/**
 * Running a trained (or imported) RNN on its own, outside training: the attractor probes.
 * Plain loops on Float32Arrays, no tfjs, so the worker answers a probe without touching the
 * tensors it trains with, and Node tests can check it by hand. Same model as SPEC §1/§8:
 *   h_0 = Encoder·pc(start)  (linear, no nonlinearity)   or a given state,
 *   h_t = s(W_hh h_{t−1} + W_ih x_t + b),   logits_t = D h_t + b_d,
 * with W[j,k] the weight from k to j (PyTorch layout, row-major).
 */
import type { Activation } from '../model/recurrent';
import type { Rng } from '../random';
import { decodeTop3 } from '../tasks/navigation/decode';

/** The network's parameters as the trainer exports them (`Trainer.weightValues()`). */
export interface ProbeWeights {
  /** [n, Np]: place-cell code → h0 (navigation only). */
  encoder?: Float32Array;
  /** [n, in]. */
  wih: Float32Array;
  /** [n, n]. */
  whh: Float32Array;
  /** [out, n]. */
  decoder: Float32Array;
  /** [n], recurrent bias (adding task; navigation has none). */
  bias?: Float32Array;
  /** [out], read-out bias. */
  decoderBias?: Float32Array;
}

export type FreeRunStart = { state: Float32Array } | { placeCode: Float32Array };

export interface Perturbation {
  /** Frame whose state is perturbed: 0 = h0, t = h_t (before it feeds step t+1). */
  atStep: number;
  /** Noise std relative to the state's RMS (0.5: half as large as the activity itself). */
  noise: number;
  rng: Rng;
}

export interface FreeRunOptions {
  weights: ProbeWeights;
  n: number;
  activation: Activation;
  start: FreeRunStart;
  /** (steps·in) input per step (navigation: velocity, metres per step); null: all zeros. */
  velocities: Float32Array | null;
  steps: number;
  perturb?: Perturbation;
  /** Place-cell centres (Np·2): decode every step as the mean centre of the top-3 logits. */
  centres?: Float32Array;
  /** Also return the logits (steps·out); off by default (Np·steps floats). */
  keepLogits?: boolean;
}

export interface FreeRunResult {
  /** h_0 (n), after any perturbation at step 0. */
  initial: Float32Array;
  /** (steps·n): h_1 … h_T. */
  states: Float32Array;
  /** (steps·2) decoded positions, or null without centres. */
  decoded: Float32Array | null;
  logits: Float32Array | null;
}

/**
 * y = A x for row-major A (rows × cols). The nonzero entries of x are gathered first: ReLU
 * states are sparse (a bump is a few active units), so a row costs only its active columns.
 */
function matVec(a: Float32Array, x: Float32Array, rows: number, out: Float64Array): void {
  const cols = x.length;
  const idx = new Int32Array(cols);
  const val = new Float64Array(cols);
  let m = 0;
  for (let k = 0; k < cols; k++) {
    if (x[k] !== 0) {
      idx[m] = k;
      val[m++] = x[k];
    }
  }
  for (let j = 0; j < rows; j++) {
    const base = j * cols;
    let s = 0;
    if (m === cols) for (let k = 0; k < cols; k++) s += a[base + k] * x[k];
    else for (let i = 0; i < m; i++) s += a[base + idx[i]] * val[i];
    out[j] = s;
  }
}

function initialState(opts: FreeRunOptions): Float32Array {
  const { n, weights, start } = opts;
  if ('state' in start) {
    if (start.state.length !== n)
      throw new Error(`freeRun: start state has ${start.state.length} values, expected ${n}`);
    return Float32Array.from(start.state);
  }
  const encoder = weights.encoder;
  if (!encoder) throw new Error('freeRun: a place-code start needs the encoder (navigation)');
  const np = start.placeCode.length;
  if (encoder.length !== n * np) throw new Error(`freeRun: encoder is not [${n}, ${np}]`);
  const acc = new Float64Array(n);
  matVec(encoder, start.placeCode, n, acc);
  return Float32Array.from(acc);
}

/** Adds noise·rms(h)·N(0,1) to every unit (clamped at 0 under ReLU, where states are ≥ 0). */
export function perturbState(
  h: Float32Array,
  noise: number,
  rng: Rng,
  activation: Activation,
): void {
  let sq = 0;
  for (let j = 0; j < h.length; j++) sq += h[j] * h[j];
  const scale = noise * (Math.sqrt(sq / h.length) || 1);
  for (let j = 0; j < h.length; j++) {
    const v = h[j] + scale * rng.normal();
    h[j] = activation === 'relu' ? Math.max(0, v) : v;
  }
}

/** Free-runs the network for `steps` steps from `start`; O(steps·(n² + n·in + out·n)). */
export function freeRun(opts: FreeRunOptions): FreeRunResult {
  const { weights, n, activation, steps, velocities, perturb, centres } = opts;
  const inputSize = weights.wih.length / n;
  const out = weights.decoder.length / n;
  if (weights.whh.length !== n * n) throw new Error(`freeRun: W_hh is not ${n} × ${n}`);
  if (!Number.isInteger(inputSize) || !Number.isInteger(out))
    throw new Error('freeRun: W_ih or decoder size is not a multiple of n');
  if (velocities && velocities.length !== steps * inputSize)
    throw new Error(`freeRun: expected ${steps * inputSize} inputs, got ${velocities.length}`);
  const initial = initialState(opts);
  if (perturb?.atStep === 0) perturbState(initial, perturb.noise, perturb.rng, activation);
  const states = new Float32Array(steps * n);
  const wantLogits = Boolean(opts.keepLogits || centres);
  const logits = new Float32Array(wantLogits ? steps * out : 0);
  const acc = new Float64Array(Math.max(n, out));
  let h = initial;
  for (let t = 0; t < steps; t++) {
    matVec(weights.whh, h, n, acc);
    const next = states.subarray(t * n, (t + 1) * n);
    for (let j = 0; j < n; j++) {
      let z = acc[j] + (weights.bias ? weights.bias[j] : 0);
      if (velocities) {
        for (let i = 0; i < inputSize; i++)
          z += weights.wih[j * inputSize + i] * velocities[t * inputSize + i];
      }
      next[j] = activation === 'relu' ? Math.max(0, z) : Math.tanh(z);
    }
    if (perturb && perturb.atStep === t + 1)
      perturbState(next, perturb.noise, perturb.rng, activation);
    if (wantLogits) {
      matVec(weights.decoder, next, out, acc);
      for (let i = 0; i < out; i++)
        logits[t * out + i] = acc[i] + (weights.decoderBias ? weights.decoderBias[i] : 0);
    }
    h = next;
  }
  const decoded = centres && centres.length === out * 2 ? decodeTop3(logits, centres) : null;
  return { initial, states, decoded, logits: opts.keepLogits ? logits : null };
}
