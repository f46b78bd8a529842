/**
 * The training CLIs' --backend: tfjs WASM (the default), CPU, or WebGPU through Dawn
 * (src/core/backend/nodeWebGpu.ts). On WebGPU the CLI prints the adapter it got, and refuses a
 * software adapter (lavapipe/llvmpipe, SwiftShader: a GPU emulated on the CPU) for a long run
 * unless --allow-software-gpu is given: such an adapter computes the same numbers, but a step
 * takes many times as long as on WASM, so a long run there is almost always a mistake (a GPU
 * node whose driver is missing from the container, say).
 */
import { adapterName } from '../src/core/backend/gpuAdapter';
import { initNodeBackend, nodeBackends, type NodeBackend } from '../src/core/backend/node';
import type { NodeGpuAdapter } from '../src/core/backend/nodeWebGpu';
import { usageError, UsageError, type CliSpec, type OptionSpec } from './flags';

/** More training steps than this on a software adapter need --allow-software-gpu. */
export const SOFTWARE_GPU_STEPS = 200;

export const backendOptions: Record<string, OptionSpec> = {
  backend: {
    type: 'string',
    value: 'NAME',
    help: 'wasm (default), cpu, or webgpu (Dawn: a GPU through Vulkan; prints the adapter)',
  },
  'allow-software-gpu': {
    type: 'boolean',
    help: `webgpu: run more than ${SOFTWARE_GPU_STEPS} steps on a software adapter (lavapipe)`,
  },
};

/** The adapter line the CLIs print. */
export const adapterLine = (adapter: NodeGpuAdapter): string =>
  `backend: webgpu on ${adapterName(adapter)}` +
  (adapter.software ? ' (a software adapter: the GPU emulated on the CPU)' : '');

/** --backend's value (wasm when absent); a UsageError naming the flag otherwise. */
export function backendChoice(value: string | boolean | undefined): NodeBackend {
  const name = value ?? 'wasm';
  if (nodeBackends.includes(name as NodeBackend)) return name as NodeBackend;
  throw new UsageError(`--backend must be one of ${nodeBackends.join(', ')}, not '${name}'`);
}

/**
 * Starts the backend chosen by `options` for a job of `steps` training steps: null once it
 * runs, else the exit code after printing why (2: a usage error, 1: no WebGPU adapter).
 */
export async function startCliBackend(
  spec: CliSpec,
  options: Record<string, string | boolean | undefined>,
  steps: number,
): Promise<number | null> {
  let backend: NodeBackend;
  try {
    backend = backendChoice(options.backend);
  } catch (e) {
    return usageError(spec, (e as Error).message);
  }
  if (backend !== 'webgpu') {
    await initNodeBackend(backend, { threads: true });
    return null;
  }
  let adapter: NodeGpuAdapter;
  try {
    // Imported only here: it loads Dawn's native module.
    const { startNodeWebGpu } = await import('../src/core/backend/nodeWebGpu');
    adapter = await startNodeWebGpu();
  } catch (e) {
    console.error(`${spec.name}: --backend webgpu: ${(e as Error).message}`);
    return 1;
  }
  console.log(adapterLine(adapter));
  const refusal = softwareRefusal(adapter, steps, options['allow-software-gpu'] === true);
  return refusal ? usageError(spec, refusal) : null;
}

/** Why a job of `steps` steps may not run on `adapter`, or null when it may. */
export function softwareRefusal(
  adapter: NodeGpuAdapter,
  steps: number,
  allowSoftware: boolean,
): string | null {
  if (!adapter.software || steps <= SOFTWARE_GPU_STEPS || allowSoftware) return null;
  return (
    `--backend webgpu found only a software adapter (${adapter.description}), which emulates ` +
    `the GPU on the CPU: a step there takes many times as long as on WASM, so ${steps} steps ` +
    `are refused (more than ${SOFTWARE_GPU_STEPS}). Install the GPU's Vulkan driver (see the ` +
    'README), use --backend wasm, or pass --allow-software-gpu to run anyway'
  );
}
