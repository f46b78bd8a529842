/**
 * Fused WebGPU kernels for the recurrence (see ./recurrence.ts). Registering them needs no
 * GPU: the kernels only run once the 'webgpu' backend is active, so the worker can call this
 * before or after starting its backend.
 */
import * as tf from '@tensorflow/tfjs-core';
import { webGpuRecurrenceKernels } from './recurrence';

/** Registers the kernels for backend 'webgpu' (again if unregistered); true when all are. */
export function registerWebGpuKernels(): boolean {
  for (const config of webGpuRecurrenceKernels) {
    if (!tf.getKernel(config.kernelName, config.backendName)) tf.registerKernel(config);
  }
  return webGpuRecurrenceKernels.every((c) => tf.getKernel(c.kernelName, c.backendName));
}
