/**
 * Where a WASM training step spends its time, on whichever backend is running (Node's, or the
 * bench page's worker in Chromium: the lab's). The step is Trainer.trainStep's body,
 * replayed slice by slice with a timer between slices (WASM kernels run synchronously, so wall
 * time between calls is the work done), plus tfjs's per-kernel profile of the BPTT slice,
 * grouped by kernel and input shapes. The profile reads every kernel's output back to time it,
 * so its kernel times add up to a little more than the unprofiled slice.
 */
import * as tf from '@tensorflow/tfjs-core';
import { lossAndGrads } from '../src/core/model/network';
import { Adam, clipByGlobalNorm } from '../src/core/optim/adam';
import { rngAt } from '../src/core/random';
import { Trainer } from '../src/core/training/trainer';
import type { BenchRow } from './rows';
import { summarize } from './stats';
import { benchConfig, defaultSetup, STEP_SHAPE } from './trainerCell';

const SLICES = [
  'data (walks + targets)',
  'BPTT (lossAndGrads)',
  'penalty + grads',
  'clip + Adam',
  'read-back + metric',
] as const;

/** One step in slices, same calls and order as Trainer.trainStep; returns ms per slice. */
function slicedStep(trainer: Trainer, adam: Adam, index: number): number[] {
  const times: number[] = [];
  let last = performance.now();
  const lap = () => {
    const now = performance.now();
    times.push(now - last);
    last = now;
  };
  const batch = trainer.task.batch(rngAt(1, 'data', index), STEP_SHAPE.batch);
  lap();
  const kept = tf.tidy(() => {
    const result = lossAndGrads(trainer.task.network, trainer.params, batch);
    lap();
    const reg = trainer.regularization.penaltyAndGrads(trainer.params.whh);
    lap();
    const whh = reg.gradWhh ? tf.add(result.grads.whh, reg.gradWhh) : result.grads.whh;
    const grads = clipByGlobalNorm({ ...result.grads, whh }, trainer.config.training.clipNorm);
    adam.apply(trainer.params, grads, trainer.masks.asTensors);
    lap();
    return [result.loss, reg.penalty, trainer.readout(result.output)];
  });
  trainer.task.metric(kept[2].dataSync() as Float32Array | Int32Array, batch);
  tf.dispose(kept);
  lap();
  return times;
}

/** Kernel time by kernel name and input shapes, largest first. */
async function kernelProfile(
  trainer: Trainer,
): Promise<{ key: string; ms: number; calls: number }[]> {
  const batch = trainer.task.batch(rngAt(1, 'data', 0), STEP_SHAPE.batch);
  const profile = await tf.profile(() => {
    tf.tidy(() => lossAndGrads(trainer.task.network, trainer.params, batch).loss.dataSync());
  });
  const byKey = new Map<string, { key: string; ms: number; calls: number }>();
  for (const k of profile.kernels) {
    const shapes = k.inputShapes.map((s) => `[${s?.join(',') ?? ''}]`);
    const key = `${k.name} ${shapes.length > 3 ? `${shapes.length} × ${shapes[0]}` : shapes.join('·')}`;
    const entry = byKey.get(key) ?? { key, ms: 0, calls: 0 };
    entry.ms += k.kernelTimeMs as number;
    entry.calls += 1;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.ms - a.ms);
}

/** The sliced step and the BPTT's kernel profile at one n, on the running backend. */
export async function profileCell(
  hidden: number,
  where: string,
  reps = 4,
  topKernels = 8,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const trainer = new Trainer(benchConfig(defaultSetup(hidden)));
  const adam = new Adam({ learningRate: 1e-3, weightDecay: 0 });
  const laps: number[][] = [];
  for (let r = 0; r <= reps; r++) {
    const times = slicedStep(trainer, adam, r);
    if (r > 0) laps.push(times); // the first is warm-up
  }
  const base = { group: 'profile' as const, where, hidden, note: '' };
  SLICES.forEach((what, i) =>
    rows.push({ ...base, what: `slice: ${what}`, summary: summarize(laps.map((l) => l[i])) }),
  );
  const kernels = await kernelProfile(trainer);
  const total = kernels.reduce((sum, k) => sum + k.ms, 0);
  for (const { key, ms, calls } of kernels.slice(0, topKernels)) {
    const summary = { medianMs: ms, q1Ms: ms, q3Ms: ms, minMs: ms, maxMs: ms, count: 1 };
    const note = `${calls} call(s), ${((100 * ms) / total).toFixed(0)}% of BPTT kernel time`;
    rows.push({ ...base, what: `op: ${key}`, summary, note });
  }
  adam.dispose();
  trainer.dispose();
  return rows;
}
