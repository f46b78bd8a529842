/**
 * WebGPU in Node: Dawn (Chrome's WebGPU implementation, the npm package `webgpu`) provides
 * `navigator.gpu`, and then tfjs's WebGPU backend and the lab's own WGSL kernels run exactly as
 * in the browser's worker. `webgpu` is an optional dependency loaded only from here, so the
 * WASM and CPU paths never touch its native binary. On Linux, Dawn drives the GPU through
 * Vulkan: a GPU's Vulkan driver (NVIDIA's ICD) or Mesa's software one (lavapipe).
 */
import * as tf from '@tensorflow/tfjs-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerWebGpuKernels } from '../kernels/webgpu';
import { adapterName, isSoftwareAdapter, type AdapterFields } from './gpuAdapter';
import { backendComputes } from './selfTest';

/** The adapter Dawn handed out, as the CLI prints it. */
export interface NodeGpuAdapter {
  vendor: string;
  architecture: string;
  description: string;
  /** A CPU emulation (lavapipe/llvmpipe, SwiftShader): correct but far slower than WASM. */
  software: boolean;
}

/** The same adapter request tfjs's WebGPU backend makes when it starts. */
const ADAPTER_OPTIONS: GPURequestAdapterOptions = { powerPreference: 'high-performance' };

const HOW_TO_GET_ONE =
  'Dawn needs a Vulkan driver: on a GPU node its vendor ICD (NVIDIA: the driver with ' +
  'libvulkan1 and, in a container, NVIDIA_DRIVER_CAPABILITIES including graphics); without a ' +
  "GPU, Mesa's lavapipe (Debian 12: mesa-vulkan-drivers from bookworm-backports; the release's " +
  'own Mesa 22.3 lacks features Dawn requires)';

/** The adapter of the WebGPU backend started in this process, if any. */
let started: NodeGpuAdapter | null = null;

/**
 * Mesa's Vulkan drivers look for XDG_RUNTIME_DIR (batch jobs and containers often have none);
 * a private folder (mode 700, as the variable requires) stands in when it is unset.
 */
function ensureRuntimeDir(): void {
  if (!process.env.XDG_RUNTIME_DIR)
    process.env.XDG_RUNTIME_DIR = mkdtempSync(join(tmpdir(), 'moduli-xdg-'));
}

async function loadDawn(): Promise<typeof import('webgpu')> {
  try {
    return await import('webgpu');
  } catch (e) {
    throw new Error(
      `the optional dependency 'webgpu' (Dawn) could not be loaded (${(e as Error).message}); ` +
        'install it with `npm install webgpu` (or `npm ci` without --omit=optional)',
      { cause: e },
    );
  }
}

/**
 * Starts tfjs's 'webgpu' backend on Dawn's first adapter, once per process, with the lab's
 * fused WebGPU kernels registered, and proves it computes. Throws with the reason when Dawn
 * finds no adapter or the device fails.
 */
export async function startNodeWebGpu(): Promise<NodeGpuAdapter> {
  if (!started) {
    ensureRuntimeDir();
    const { create, globals } = await loadDawn();
    // GPUBufferUsage, GPUMapMode, … are globals in a browser; tfjs's backend reads them so.
    Object.assign(globalThis, globals);
    const gpu = create([]);
    const adapter = await gpu.requestAdapter(ADAPTER_OPTIONS);
    if (!adapter) throw new Error(`Dawn found no WebGPU adapter. ${HOW_TO_GET_ONE}.`);
    const info: AdapterFields = adapter.info;
    // Node 20 has no navigator; from Node 21 on it has one, without gpu.
    const host = globalThis as { navigator?: object };
    if (host.navigator) Object.defineProperty(host.navigator, 'gpu', { value: gpu });
    else host.navigator = { gpu };
    // tfjs registers its 'webgpu' backend at import time, only where navigator.gpu exists.
    await import('@tensorflow/tfjs-backend-webgpu');
    started = {
      vendor: info.vendor ?? '',
      architecture: info.architecture ?? '',
      description: info.description ?? '',
      software: isSoftwareAdapter(info),
    };
  }
  registerWebGpuKernels();
  if (!(await tf.setBackend('webgpu')))
    throw new Error(`tfjs's WebGPU backend failed to start on ${adapterName(started)}`);
  await tf.ready();
  if (!(await backendComputes()))
    throw new Error(`a test computation gave a wrong result on ${adapterName(started)}`);
  return started;
}
