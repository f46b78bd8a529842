import { describe, expect, test } from 'vitest';
import type { NodeGpuAdapter } from '../src/core/backend/nodeWebGpu';
import { backendChoice, SOFTWARE_GPU_STEPS, softwareRefusal } from './backend';
import { runCli, TEST_TIMEOUT_MS } from './testing';

const lavapipe: NodeGpuAdapter = {
  vendor: 'mesa',
  architecture: 'software',
  description: 'llvmpipe: Mesa 25.0.7 (LLVM 15.0.6)',
  software: true,
};
const gpu: NodeGpuAdapter = {
  vendor: 'nvidia',
  architecture: 'hopper',
  description: 'NVIDIA H200',
  software: false,
};

describe('--backend', () => {
  test('takes wasm (the default), cpu or webgpu, and names the flag otherwise', () => {
    expect(backendChoice(undefined)).toBe('wasm');
    expect(backendChoice('webgpu')).toBe('webgpu');
    expect(() => backendChoice('gpu')).toThrow(
      "--backend must be one of wasm, cpu, webgpu, not 'gpu'",
    );
  });

  test('a software adapter is refused for a long job, with the reason, unless allowed', () => {
    const refusal = softwareRefusal(lavapipe, SOFTWARE_GPU_STEPS + 1, false);
    expect(refusal).toContain('software adapter (llvmpipe: Mesa 25.0.7 (LLVM 15.0.6))');
    expect(refusal).toContain(`${SOFTWARE_GPU_STEPS + 1} steps are refused`);
    expect(refusal).toContain('--allow-software-gpu');
    expect(softwareRefusal(lavapipe, SOFTWARE_GPU_STEPS, false)).toBeNull();
    expect(softwareRefusal(lavapipe, 30_000, true)).toBeNull();
    expect(softwareRefusal(gpu, 30_000, false)).toBeNull();
  });

  test(
    'webgpu: experiment prints the adapter and trains; a long job on a software one exits 2',
    () => {
      const tiny = [
        ...['--task', 'navigation', '--hidden', '8', '--place-cells', '16'],
        ...['--seq-len', '4', '--batch', '4'],
      ];
      const short = runCli(
        'experiment',
        '--backend',
        'webgpu',
        ...tiny,
        '--epochs',
        '1',
        '--steps',
        '3',
      );
      const adapter = /^backend: webgpu on (.+)$/m.exec(short.stdout)?.[1];
      expect(adapter, `no adapter line; stderr: ${short.stderr}`).toBeDefined();
      expect(short.code).toBe(0);
      expect(short.stdout).toContain('sparse: error');
      const steps = ['--epochs', '1', '--steps', String(SOFTWARE_GPU_STEPS + 1)];
      const long = runCli('experiment', '--backend', 'webgpu', ...tiny, ...steps, '--quiet');
      // Refused only where the adapter is a CPU emulation (lavapipe in CI).
      const software = adapter!.includes('(a software adapter');
      expect(long.code).toBe(software ? 2 : 0);
      if (software) expect(long.stderr).toContain('--allow-software-gpu');
    },
    2 * TEST_TIMEOUT_MS,
  );
});
