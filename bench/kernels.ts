/**
 * The kernels of src/core/kernels against what they replace, on Node WASM and on the same
 * inputs: the hand-written SIMD GEMM against XNNPACK's matMul at the step's shapes, the fused
 * recurrence (forward + backward) against the per-step composite, the whole BPTT with and without
 * those kernels (and without the fused cross-entropy alone), the fused place-cell cross-entropy
 * against its composite, and the place-cell targets on the device against plain JS. The sides alternate
 * run by run, so a burst of load on this shared machine hits both alike.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { initNodeBackend } from '../src/core/backend/node';
import {
  RELU_RECURRENCE,
  RELU_RECURRENCE_BACKWARD,
  recurrence,
  recurrenceBackward,
} from '../src/core/kernels/recurrence';
import { PLACE_CELL_CROSS_ENTROPY } from '../src/core/kernels/crossEntropy';
import { placeCellCrossEntropy } from '../src/core/tasks/navigation/crossEntropy';
import {
  MODULI_MATMUL,
  registerWasmKernels,
  withoutWasmKernels,
  relaxedSimdAvailable,
} from '../src/core/wasm/kernels';
import { offsetOf, wasmGemm, type WasmGemm } from '../src/core/wasm/kernels/gemm';
import { lossAndGrads } from '../src/core/model/network';
import { rngAt, rngFor } from '../src/core/random';
import { createPlaceCells, placeCellTargets, randomWalk } from '../src/core/tasks/navigation';
import { placeCellTargetsTensor } from '../src/core/tasks/navigation/placeCellsOnDevice';
import { Trainer } from '../src/core/training/trainer';
import type { BenchRow } from './rows';
import { summarize, type TimingOptions } from './stats';
import { benchConfig, defaultSetup, STEP_SHAPE } from './trainerCell';

/** Long enough for V8 to tier a fresh WASM module up from its baseline compiler. */
const WARM_UP_MS = 300;

/** Samples of each function, run in turns after each has been warmed up. */
function alternate(fns: (() => unknown)[], { reps, capMs }: TimingOptions): number[][] {
  const samples = fns.map(() => [] as number[]);
  for (const f of fns) for (const t0 = performance.now(); performance.now() - t0 < WARM_UP_MS;) f();
  const start = performance.now();
  for (let r = 0; r < reps && performance.now() - start < capMs; r++) {
    fns.forEach((f, i) => {
      const t0 = performance.now();
      f();
      samples[i].push(performance.now() - t0);
    });
  }
  return samples;
}

/** Rows for the first (reference) function and the others, noting each one's speed-up. */
function rows(
  hidden: number | null,
  labels: string[],
  samples: number[][],
  note: (speedup: number, ms: number) => string,
): BenchRow[] {
  const summaries = samples.map(summarize);
  const reference = summaries[0]?.medianMs ?? 0;
  return labels.map((what, i) => {
    const ms = summaries[i]?.medianMs ?? 0;
    return {
      group: 'profile',
      where: 'Node WASM',
      what,
      hidden,
      summary: summaries[i],
      note: ms ? note(reference / ms, ms) : '',
    };
  });
}

const RECURRENCE_KERNELS = [RELU_RECURRENCE, RELU_RECURRENCE_BACKWARD];

const matrix = (rows: number, cols: number, rng = rngFor(7, 'init')) =>
  tf.tensor2d(
    Float32Array.from({ length: rows * cols }, () => rng.range(-1, 1)),
    [rows, cols],
  );

/** The products of a navigation step at n: [M, K, N]. */
function stepProducts(n: number): number[][] {
  const { batch: B, seqLen: T, placeCells: Np } = STEP_SHAPE;
  return [
    [B, n, n], // one recurrent step
    [T * B, n, Np], // logits
    [T * B, Np, n], // d loss / d states
    [n, T * B, n], // d W_hh (and Np × T·B × n: d decoder)
  ];
}

function gemmRows(n: number, options: TimingOptions): BenchRow[] {
  const backend = tf.backend() as BackendWasm;
  const kinds: [string, WasmGemm | null][] = [
    [`ours (${relaxedSimdAvailable ? 'relaxed madd' : 'mul + add'})`, wasmGemm(backend)],
  ];
  if (relaxedSimdAvailable) kinds.push(['ours (mul + add)', wasmGemm(backend, false)]);
  const out: BenchRow[] = [];
  for (const [m, k, cols] of stepProducts(n)) {
    const [a, b, c] = [matrix(m, k), matrix(k, cols), tf.zeros([m, cols])];
    const [aAt, bAt, cAt] = [a, b, c].map((t) => offsetOf(backend, t));
    // Each call packs B as ModuliMatMul does, so the rows time what the model pays.
    const ours = kinds.map(([, g]) => () => {
      const packed = g!.pack(bAt, k, cols);
      g!.run(m, cols, k, aAt, packed, cAt);
      g!.release(packed);
    });
    const samples = alternate([() => tf.matMul(a, b).dispose(), ...ours], options);
    const labels = ['XNNPACK', ...kinds.map(([name]) => name)].map(
      (name) => `GEMM [${m},${k}]·[${k},${cols}] ${name}`,
    );
    const gflops = (ms: number) => ((2 * m * k * cols) / ms / 1e6).toFixed(0);
    out.push(...rows(n, labels, samples, (s, ms) => `${gflops(ms)} GFLOP/s, ${s.toFixed(2)}×`));
    tf.dispose([a, b, c]);
  }
  return out;
}

function recurrenceRows(n: number, options: TimingOptions): BenchRow[] {
  const { batch, seqLen } = STEP_SHAPE;
  const w = tf.mul(matrix(n, n), 1.7 / Math.sqrt(n)) as tf.Tensor2D;
  const [whhT, h0] = [tf.transpose(w), tf.zeros<tf.Rank.R2>([batch, n])];
  const [drive, grads] = [matrix(seqLen * batch, n), matrix(seqLen * batch, n)];
  const both = () =>
    tf.tidy(() => {
      const states = recurrence({ h0, whhT, drive });
      recurrenceBackward({ whh: w, states, stateGrads: grads }, batch).deltas.dataSync();
    });
  const samples = alternate([() => withoutWasmKernels(RECURRENCE_KERNELS, both), both], options);
  const labels = ['recurrence fwd + bwd, per-step composite', 'recurrence fwd + bwd, fused'];
  tf.dispose([w, whhT, h0, drive, grads]);
  return rows(n, labels, samples, (s) => `${s.toFixed(2)}× faster`);
}

function bpttRows(n: number, options: TimingOptions): BenchRow[] {
  const trainer = new Trainer(benchConfig(defaultSetup(n)));
  const batch = trainer.task.batch(rngAt(1, 'data', 0), STEP_SHAPE.batch);
  const bptt = () =>
    tf.tidy(() => lossAndGrads(trainer.task.network, trainer.params, batch).loss.dataSync());
  const all = [...RECURRENCE_KERNELS, MODULI_MATMUL, PLACE_CELL_CROSS_ENTROPY];
  const samples = alternate(
    [
      () => withoutWasmKernels(all, bptt),
      () => withoutWasmKernels([PLACE_CELL_CROSS_ENTROPY], bptt),
      bptt,
    ],
    options,
  );
  trainer.dispose();
  const labels = [
    'BPTT, tfjs ops only',
    'BPTT, WASM kernels but composite cross-entropy',
    'BPTT, WASM kernels (now)',
  ];
  return rows(n, labels, samples, (s) => `${s.toFixed(2)}× faster, same grads`);
}

function crossEntropyRows(options: TimingOptions): BenchRow[] {
  const { batch, seqLen, placeCells } = STEP_SHAPE;
  const cells = createPlaceCells(rngFor(1, 'placeCells'), { count: placeCells });
  const { positions } = randomWalk(rngAt(1, 'data', 0), STEP_SHAPE);
  const logits = matrix(seqLen * batch, placeCells);
  const loss = () => tf.tidy(() => placeCellCrossEntropy(logits, cells, positions).loss.dataSync());
  const samples = alternate(
    [() => withoutWasmKernels([PLACE_CELL_CROSS_ENTROPY], loss), loss],
    options,
  );
  logits.dispose();
  const labels = ['place-cell cross-entropy, composite', 'place-cell cross-entropy, fused'];
  return rows(null, labels, samples, (s) => `${s.toFixed(2)}× faster, targets included`);
}

function targetRows(options: TimingOptions): BenchRow[] {
  const cells = createPlaceCells(rngFor(1, 'placeCells'), { count: STEP_SHAPE.placeCells });
  const { positions } = randomWalk(rngAt(1, 'data', 0), STEP_SHAPE);
  const samples = alternate(
    [
      () => placeCellTargets(cells, positions),
      () => {
        // Read back outside tidy: tidy walks a returned array element by element (~0.5 s here).
        const targets = placeCellTargetsTensor(cells, positions);
        targets.dataSync();
        targets.dispose();
      },
    ],
    options,
  );
  const labels = ['targets: plain JS', 'targets: tfjs ops (GPU backends; WASM fuses them)'];
  return rows(null, labels, samples, (s) => `${s.toFixed(2)}× faster (incl. read-back)`);
}

export async function kernelRows(sizes: number[], options: TimingOptions): Promise<BenchRow[]> {
  await initNodeBackend('wasm');
  if (!registerWasmKernels()) throw new Error('bench kernels: no WASM SIMD here');
  const out: BenchRow[] = [];
  for (const n of sizes)
    out.push(...gemmRows(n, options), ...recurrenceRows(n, options), ...bpttRows(n, options));
  return [...out, ...crossEntropyRows(options), ...targetRows(options)];
}
