/**
 * The bench page's worker: the same backend start-up as the app's training worker
 * (workers/backend.ts) and the same Trainer step and profile as the Node bench
 * (../trainerCell.ts, ../profile.ts).
 */
import * as Comlink from 'comlink';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { RELU_RECURRENCE } from '../../src/core/kernels/recurrence';
import { relaxedSimdAvailable } from '../../src/core/wasm/kernels';
import { startBackend } from '../../workers/backend';
import { gemmPool } from '../../workers/gemmPool';
import { gpuDeviceName } from '../../workers/gpuDevice';
import { Trainer } from '../../src/core/training/trainer';
import { profileCell } from '../profile';
import { benchConfig, defaultSetup, timeTrainerSteps } from '../trainerCell';
import type { TimingOptions } from '../stats';
import type { BackendStart, BenchBackend, FirstStep } from './protocol';

/** What the backend really is: headless Chromium's GPU backends run on SwiftShader (CPU). */
async function describeDevice(backend: string): Promise<string> {
  const fused = tf.getKernel(RELU_RECURRENCE, backend) ? 'fused kernels' : 'no fused kernels';
  if (backend === 'wasm') {
    const simd = relaxedSimdAvailable ? 'relaxed SIMD' : 'no relaxed SIMD';
    const helpers = gemmPool()?.stats().helpers ?? 0;
    const threads = `XNNPACK ${getThreadsCount()} thread(s), our GEMM ${1 + helpers}`;
    return `${threads}, isolated: ${crossOriginIsolated}, ${fused}, ${simd}`;
  }
  if (backend !== 'webgl' && backend !== 'webgpu') return fused;
  return `${(await gpuDeviceName(backend)) || '?'}, ${fused}`;
}

const api = {
  async start(requested: BenchBackend): Promise<BackendStart> {
    const t0 = performance.now();
    const info = await startBackend(requested);
    const ms = performance.now() - t0;
    return {
      requested,
      running: info.name,
      fallbackReasons: info.fallbackReasons,
      device: await describeDevice(info.name),
      crossOriginIsolated,
      ms,
    };
  },

  async firstStep(hidden: number): Promise<FirstStep> {
    const t0 = performance.now();
    const trainer = new Trainer(benchConfig(defaultSetup(hidden)));
    const t1 = performance.now();
    await trainer.trainStep();
    const stepMs = performance.now() - t1;
    trainer.dispose();
    return { trainerMs: t1 - t0, stepMs };
  },

  cell: (hidden: number, options: TimingOptions) => timeTrainerSteps(defaultSetup(hidden), options),
  profile: (hidden: number, where: string) => profileCell(hidden, where),
};

export type BenchWorker = typeof api;
Comlink.expose(api);
