/**
 * Running a trained (or imported) RNN on its own, outside training: the attractor probes.
 * Plain loops on Float32Arrays, no tfjs, so the worker answers a probe without touching the
 * tensors it trains with, and Node tests can check it by hand. Same model as docs/science.md
 * §Model, §Tasks:
 *   h_0 = Encoder·pc(start)  (linear, no nonlinearity)   or a given state,
 *   h_t = s(W_hh h_{t−1} + W_ih x_t + b),   logits_t = D h_t + b_d,
 * with W[j,k] the weight from k to j (PyTorch layout, row-major). A pruned network runs on the
 * sparse engine (../sparse) instead when it is given one: the same trajectory at the cost of
 * the kept weights.
 */
import type { Activation } from '../model/recurrent';
import type { Rng } from '../random';
import type { Forward } from '../sparse';
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
  /**
   * The same network on the sparse engine (../sparse networkMaps(…).forward), or absent: the
   * dense loop here. `weights` still give h0 from a place code and the read-out of a kicked frame.
   */
  forward?: Forward;
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

interface Sizes {
  inputSize: number;
  out: number;
}

/** The sizes a run needs, after checking that the weights and inputs fit together. */
function checkSizes({ weights, n, steps, velocities }: FreeRunOptions): Sizes {
  const inputSize = weights.wih.length / n;
  const out = weights.decoder.length / n;
  if (weights.whh.length !== n * n) throw new Error(`freeRun: W_hh is not ${n} × ${n}`);
  if (!Number.isInteger(inputSize) || !Number.isInteger(out))
    throw new Error('freeRun: W_ih or decoder size is not a multiple of n');
  if (velocities && velocities.length !== steps * inputSize)
    throw new Error(`freeRun: expected ${steps * inputSize} inputs, got ${velocities.length}`);
  return { inputSize, out };
}

/** What a run fills: (steps·n) h_1 … h_T, and (steps·out) logits (empty when not wanted). */
interface Trajectory {
  states: Float32Array;
  logits: Float32Array;
}

/** logits_t = D h_t + b_d into the frame's `logits` (out values); `acc`: scratch of ≥ out. */
function readOut(weights: ProbeWeights, h: Float32Array, logits: Float32Array, acc: Float64Array) {
  matVec(weights.decoder, h, logits.length, acc);
  for (let i = 0; i < logits.length; i++)
    logits[i] = acc[i] + (weights.decoderBias ? weights.decoderBias[i] : 0);
}

/** The dense loop: one step at a time, float64 sums, the kick applied as its frame is made. */
function denseRun(
  opts: FreeRunOptions,
  { inputSize, out }: Sizes,
  h0: Float32Array,
  run: Trajectory,
) {
  const { weights, n, activation, steps, velocities, perturb } = opts;
  const acc = new Float64Array(Math.max(n, out));
  let h = h0;
  for (let t = 0; t < steps; t++) {
    matVec(weights.whh, h, n, acc);
    const next = run.states.subarray(t * n, (t + 1) * n);
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
    if (run.logits.length) readOut(weights, next, run.logits.subarray(t * out, (t + 1) * out), acc);
    h = next;
  }
}

/**
 * The sparse engine: steps 1 … atStep in one call, the kick on h_atStep (its read-out redone
 * densely, one frame), then steps atStep + 1 … T from the kicked state in a second call.
 */
function engineRun(
  forward: Forward,
  opts: FreeRunOptions,
  { inputSize, out }: Sizes,
  h0: Float32Array,
  run: Trajectory,
) {
  const { weights, n, activation, steps, perturb } = opts;
  const inputs = opts.velocities ?? new Float32Array(steps * inputSize);
  const readout = run.logits.length ? 'all' : 'none';
  const frame = (t: number) => run.states.subarray((t - 1) * n, t * n);
  const segment = (from: number, to: number, h: Float32Array) => {
    if (to === from) return;
    const x = inputs.subarray(from * inputSize, to * inputSize);
    const r = forward(h, x, { seqLen: to - from, batch: 1, readout, states: 'all' });
    run.states.set(r.states, from * n);
    if (r.outputs) run.logits.set(r.outputs, from * out);
  };
  const kick = perturb && perturb.atStep > 0 ? perturb.atStep : 0;
  segment(0, kick, h0);
  if (perturb && kick > 0) {
    perturbState(frame(kick), perturb.noise, perturb.rng, activation);
    const logits = run.logits.subarray((kick - 1) * out, kick * out);
    if (logits.length) readOut(weights, frame(kick), logits, new Float64Array(out));
  }
  segment(kick, steps, kick > 0 ? frame(kick) : h0);
}

/**
 * Free-runs the network for `steps` steps from `start`: O(steps·(n² + n·in + out·n)) in the dense
 * loop, with W_hh's kept weights in place of n² on the engine.
 */
export function freeRun(opts: FreeRunOptions): FreeRunResult {
  const { n, activation, steps, perturb, centres } = opts;
  const sizes = checkSizes(opts);
  const initial = initialState(opts);
  if (perturb?.atStep === 0) perturbState(initial, perturb.noise, perturb.rng, activation);
  const wantLogits = Boolean(opts.keepLogits || centres);
  const run = {
    states: new Float32Array(steps * n),
    logits: new Float32Array(wantLogits ? steps * sizes.out : 0),
  };
  if (opts.forward) engineRun(opts.forward, opts, sizes, initial, run);
  else denseRun(opts, sizes, initial, run);
  const { states, logits } = run;
  const decoded = centres && centres.length === sizes.out * 2 ? decodeTop3(logits, centres) : null;
  return { initial, states, decoded, logits: opts.keepLogits ? logits : null };
}
