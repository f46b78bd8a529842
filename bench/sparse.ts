/**
 * Dense vs sparse forward pass at n = 1024 (src/core/sparse), sparse as the plain-JS CSR loop and
 * as the WASM SIMD forward (whole steps in WASM). "Dense" is reported two ways,
 * because they answer different questions: the same plain-JS loop visiting every weight (what
 * CSR saves by skipping pruned ones), and tfjs's own forward (src/core/model/recurrent.ts on
 * WASM with our kernels: what a user's tab runs). Both it and the CSR engine run a batch on the
 * GEMM's helper threads, and are timed with them and on one thread, each compared with its
 * like. Weights are random with a uniform random
 * mask at the given sparsity, scaled so ReLU states neither die nor blow up over the run
 * (denormals or infinities would distort the timing); the row-gather kernel does not care where
 * the kept weights sit, so a trained mask costs the same. The probe rows time an attractor probe's
 * free run (src/core/probes freeRun: every state kept, 512 place cells decoded per step) on its
 * dense loop and on the sparse engine the Probes tab uses for a pruned W_hh.
 */
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../src/core/backend/node';
import { rowSplitter, setRowSplitter } from '../src/core/wasm/kernels/gemm';
import { forwardLayer } from '../src/core/model/recurrent';
import { freeRun, probeEngine, type ProbeWeights } from '../src/core/probes';
import { Rng } from '../src/core/random';
import {
  csrMap,
  denseMap,
  runForward,
  simdForward,
  simdSupported,
  toCsr,
  type LinearMap,
} from '../src/core/sparse';
import { createPlaceCells } from '../src/core/tasks/navigation/placeCells';
import { timedRow, type BenchRow } from './rows';
import { settle } from './settle';
import { timeRepeated, type Timing, type TimingOptions } from './stats';

/** timeRepeated after the last timing's garbage is collected (see ./settle). */
async function timeSettled(fn: () => unknown, options: TimingOptions): Promise<Timing> {
  await settle();
  return timeRepeated(fn, options);
}

export interface SparseCase {
  label: string;
  batch: number;
  seqLen: number;
}

interface Weights {
  whh: Float32Array;
  mask: Uint8Array;
}

function maskedWeights(n: number, sparsity: number, rng: Rng): Weights {
  const bound = Math.sqrt(3 / (n * (1 - sparsity)));
  const mask = Uint8Array.from({ length: n * n }, () => (rng.uniform() < sparsity ? 0 : 1));
  const whh = Float32Array.from(mask, (m) => m * rng.range(-bound, bound));
  return { whh, mask };
}

export async function sparseRows(
  n: number,
  sparsities: number[],
  cases: SparseCase[],
  options: TimingOptions,
): Promise<BenchRow[]> {
  await initNodeBackend('wasm');
  const rng = new Rng(2024);
  const wih = Float32Array.from({ length: n * 2 }, () => rng.range(-1, 1));
  const rows: BenchRow[] = [];
  for (const { label, batch, seqLen } of cases) {
    const h0 = Float32Array.from({ length: batch * n }, () => rng.uniform());
    const inputs = Float32Array.from({ length: seqLen * batch * 2 }, () => rng.range(-0.03, 0.03));
    const run = { seqLen, batch, readout: 'none' } as const;
    const common = { bias: null, activation: 'relu', decoder: null, decoderBias: null } as const;
    const jsForward = (whh: LinearMap) => () =>
      runForward({ ...common, whh, wih: denseMap(wih, n, 2) }, h0, inputs, run);
    const row = (what: string, timing: Timing, note = '') => {
      const base = {
        group: 'sparse' as const,
        where: 'Node',
        what: `${label}: ${what}`,
        hidden: n,
      };
      const r = timedRow(base, timing, options.reps);
      return { ...r, note: `${note} ${r.note}`.trim() };
    };
    const dense = maskedWeights(n, 0, rng);
    const js = await timeSettled(jsForward(denseMap(dense.whh, n, n)), options);
    const shape = { n, batch, seqLen };
    const tfjs = await timeTfjsForward(dense.whh, wih, h0, inputs, shape, options);
    const single = await oneThread(() =>
      timeTfjsForward(dense.whh, wih, h0, inputs, shape, options),
    );
    rows.push(
      row('dense JS', js),
      row('dense tfjs WASM', tfjs, 'helper threads as in training'),
      row('dense tfjs WASM, 1 thread', single),
    );
    const over = (base: Timing, t: Timing) => {
      const ms = t.summary?.medianMs;
      return ms && base.summary ? (base.summary.medianMs / ms).toFixed(1) : '?';
    };
    for (const sparsity of sparsities) {
      const { whh, mask } = maskedWeights(n, sparsity, rng);
      const csr = toCsr(whh, mask, n);
      const percent = `${Math.round(sparsity * 100)}% sparse`;
      const plain = await timeSettled(jsForward(csrMap(csr)), options);
      rows.push(row(`CSR JS, ${percent}`, plain, `${over(js, plain)}× dense JS`));
      if (!simdSupported) continue;
      const forward = simdForward({ ...common, whh: csr, wih: toCsr(wih, null, n, 2) });
      const engine = () => timeSettled(() => forward(h0, inputs, run), options);
      const [simd, simdSingle] = [await engine(), await oneThread(engine)];
      rows.push(
        row(`CSR WASM SIMD, ${percent}`, simd, `${over(tfjs, simd)}× tfjs dense`),
        row(
          `CSR WASM SIMD, ${percent}, 1 thread`,
          simdSingle,
          `${over(single, simdSingle)}× tfjs dense on 1 thread`,
        ),
      );
    }
  }
  return [...rows, ...(await probeRows(n, sparsities, options, rng))];
}

/** freeRun as the Probes tab runs it, T = 500 with velocities and decoding: dense loop vs engine. */
async function probeRows(
  n: number,
  sparsities: number[],
  options: TimingOptions,
  rng: Rng,
): Promise<BenchRow[]> {
  const [steps, cells] = [500, createPlaceCells(rng, { count: 512 })];
  const rand = (size: number, scale: number) =>
    Float32Array.from({ length: size }, () => rng.range(-scale, scale));
  const rows: BenchRow[] = [];
  for (const sparsity of sparsities) {
    const { whh, mask } = maskedWeights(n, sparsity, rng);
    const weights: ProbeWeights = {
      wih: rand(n * 2, 1),
      whh,
      decoder: rand(cells.count * n, 0.05),
    };
    const network = { weights, n, activation: 'relu' as const, masks: { whh: mask } };
    const run = {
      ...network,
      start: { state: Float32Array.from({ length: n }, () => rng.uniform()) },
      velocities: rand(steps * 2, 0.03),
      steps,
      centres: cells.centres,
    };
    const forward = probeEngine(network) ?? undefined;
    const dense = await timeSettled(() => freeRun(run), options);
    const sparse = await timeSettled(() => freeRun({ ...run, forward }), options);
    const what = `probe free run T=${steps}, ${Math.round(sparsity * 100)}% sparse`;
    const base = { group: 'sparse' as const, where: 'Node', hidden: n };
    const ratio =
      dense.summary && sparse.summary ? dense.summary.medianMs / sparse.summary.medianMs : 0;
    const engine = timedRow({ ...base, what: `${what}: sparse engine` }, sparse, options.reps);
    rows.push(timedRow({ ...base, what: `${what}: dense loop` }, dense, options.reps), {
      ...engine,
      note: `${ratio.toFixed(1)}× the dense loop ${engine.note}`.trim(),
    });
  }
  return rows;
}

/** f with the GEMM's helper threads set aside. */
async function oneThread<T>(f: () => Promise<T>): Promise<T> {
  const helpers = rowSplitter();
  setRowSplitter(null);
  try {
    return await f();
  } finally {
    setRowSplitter(helpers);
  }
}

/** forwardLayer, the engine's forward on the current backend, states read back at the end. */
async function timeTfjsForward(
  whhValues: Float32Array,
  wihValues: Float32Array,
  h0Values: Float32Array,
  inputValues: Float32Array,
  { n, batch, seqLen }: { n: number; batch: number; seqLen: number },
  options: TimingOptions,
): Promise<Timing> {
  const whh = tf.tensor2d(whhValues, [n, n]);
  const wih = tf.tensor2d(wihValues, [n, 2]);
  const h0 = tf.tensor2d(h0Values, [batch, n]);
  const inputs = tf.tensor2d(inputValues, [seqLen * batch, 2]);
  try {
    return await timeSettled(() => {
      const states = tf.tidy(
        () => forwardLayer({ whh, wih, bias: null }, h0, inputs, 'relu').states,
      );
      states.dataSync();
      states.dispose();
    }, options);
  } finally {
    tf.dispose([whh, wih, h0, inputs]);
  }
}
