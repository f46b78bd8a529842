/**
 * The bench's Node measurements: the training step on tfjs WASM, CPU and WebGPU (Dawn, labelled
 * with its adapter: on a machine without a GPU, Mesa's software lavapipe), and the two parts of
 * a step that are not BPTT: the moduli penalty (fixed C and a trained embedding) and the data
 * generation on the host (random walks and the start's place-cell code in plain JS), and where
 * the WASM step's time goes (./profile).
 */
import * as tf from '@tensorflow/tfjs-core';
import { adapterName } from '../src/core/backend/gpuAdapter';
import { initNodeBackend, type NodeBackend } from '../src/core/backend/node';
import type { NodeGpuAdapter } from '../src/core/backend/nodeWebGpu';
import { rngAt, rngFor } from '../src/core/random';
import { createTask } from '../src/core/tasks';
import { randomWalk } from '../src/core/tasks/navigation';
import { Regularization } from '../src/core/training/regularization';
import { profileCell } from './profile';
import { skippedRow, timedRow, type BenchRow } from './rows';
import { timeRepeated, type TimingOptions } from './stats';
import { benchConfig, defaultSetup, STEP_SHAPE, timeTrainerSteps } from './trainerCell';

export const backendLabel = (backend: NodeBackend) =>
  backend === 'webgpu' ? 'Node WebGPU' : `Node ${backend.toUpperCase()}`;

/** "Node WebGPU (llvmpipe, software)": the row says what the GPU was. */
const webGpuLabel = ({ description, architecture, software }: NodeGpuAdapter) =>
  `Node WebGPU (${description.split(':')[0] || architecture}${software ? ', software' : ''})`;

/** Starts `backend`; on WebGPU, the row label with its adapter and the adapter's full line. */
async function startForRows(backend: NodeBackend): Promise<{ where: string; adapter?: string }> {
  if (backend !== 'webgpu') {
    await initNodeBackend(backend);
    return { where: backendLabel(backend) };
  }
  const { startNodeWebGpu } = await import('../src/core/backend/nodeWebGpu');
  const adapter = await startNodeWebGpu();
  return { where: webGpuLabel(adapter), adapter: adapterName(adapter) };
}

/** Timing settings per hidden size: fewer runs where one step takes seconds. */
export type PlanFor = (hidden: number) => TimingOptions;

export async function nodeStepRows(
  backend: NodeBackend,
  sizes: number[],
  plan: PlanFor,
  info: Record<string, unknown> = {},
): Promise<BenchRow[]> {
  let where = backendLabel(backend);
  try {
    const started = await startForRows(backend);
    where = started.where;
    if (started.adapter) info.nodeWebGpu = started.adapter;
  } catch (e) {
    // No adapter (no Vulkan driver Dawn accepts): the row says why instead of a time.
    const base = { group: 'step' as const, where, what: 'training step', hidden: sizes[0] };
    return [skippedRow(base, `not started: ${(e as Error).message}`)];
  }
  const rows: BenchRow[] = [];
  let previous: { hidden: number; ms: number } | null = null;
  for (const hidden of sizes) {
    const base = {
      group: 'step' as const,
      where,
      what: 'training step',
      hidden,
    };
    const options = plan(hidden);
    // A step cannot be interrupted (CPU: tens of seconds at n = 1024), so a size is skipped when
    // the smaller one did not fit its cap or predicts this one will not: ×(n ratio)^1.5, between
    // the decoder's linear and the recurrent GEMMs' quadratic growth.
    const predictedMs = previous ? previous.ms * (hidden / previous.hidden) ** 1.5 : 0;
    if (rows.some((r) => !r.summary) || predictedMs > options.capMs) {
      const why = previous
        ? `≈ ${(predictedMs / 1000).toFixed(0)} s/step predicted from n = ${previous.hidden}`
        : 'a smaller n did not fit';
      rows.push(skippedRow(base, `skipped (over time cap): ${why}`));
      continue;
    }
    const timing = await timeTrainerSteps(defaultSetup(hidden), options);
    rows.push(timedRow(base, timing, options.reps));
    if (timing.summary) previous = { hidden, ms: timing.summary.medianMs };
  }
  return rows;
}

/** `Regularization.penaltyAndGrads` alone, as trainStep calls it, on Node WASM. */
export async function penaltyRows(sizes: number[], plan: PlanFor): Promise<BenchRow[]> {
  await initNodeBackend('wasm');
  const rows: BenchRow[] = [];
  for (const hidden of sizes) {
    for (const embedding of ['fixed', 'trained'] as const) {
      const config = benchConfig({ hidden, lambda: 0.1, embedding });
      const regularization = new Regularization(config, null, false);
      const rng = rngFor(1, 'init');
      const whh = tf.tensor2d(
        Float32Array.from({ length: hidden * hidden }, () => rng.range(-0.05, 0.05)),
        [hidden, hidden],
      );
      const options = plan(hidden);
      const timing = await timeRepeated(
        () => tf.tidy(() => regularization.penaltyAndGrads(whh).penalty.dataSync()),
        options,
      );
      const what = `penalty + grads (${embedding} embedding)`;
      rows.push(
        timedRow({ group: 'penalty', where: 'Node WASM', what, hidden }, timing, options.reps),
      );
      whh.dispose();
      regularization.dispose();
    }
  }
  return rows;
}

/**
 * One step's batch on the host (B = 64 walks of T = 50 steps and the start's place-cell code;
 * the T·B targets are made on the device inside BPTT, see the kernels rows), whole and its walks
 * alone. Plain JS, so the same on any tfjs backend; reported once per n so its share of each
 * step size can be read off.
 */
export async function dataRows(sizes: number[], options: TimingOptions): Promise<BenchRow[]> {
  const task = createTask(benchConfig(defaultSetup(sizes[0])));
  let index = 0;
  const whole = await timeRepeated(
    () => task.batch(rngAt(1, 'data', index++), STEP_SHAPE.batch),
    options,
  );
  const walks = await timeRepeated(
    () => randomWalk(rngAt(1, 'data', index++), STEP_SHAPE),
    options,
  );
  const rows: BenchRow[] = [];
  for (const hidden of sizes) {
    const base = { group: 'data' as const, where: 'Node JS', hidden };
    rows.push(timedRow({ ...base, what: 'batch: walks + start code' }, whole, options.reps));
    rows.push(timedRow({ ...base, what: 'random walks only' }, walks, options.reps));
  }
  return rows;
}

/** The WASM step in slices and its BPTT's kernel profile (./profile), on Node. */
export async function profileRows(sizes: number[]): Promise<BenchRow[]> {
  await initNodeBackend('wasm');
  const rows: BenchRow[] = [];
  for (const hidden of sizes) rows.push(...(await profileCell(hidden, backendLabel('wasm'))));
  return rows;
}
