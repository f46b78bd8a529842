import { expect, test, type Page } from '@playwright/test';
import { DEV_PORT } from '../playwright.config';
import type { KernelsPage, Shape } from './pages/kernels';

/**
 * The fused WebGPU recurrence kernels (src/core/kernels/webgpu) on SwiftShader WebGPU, against
 * the per-step composite they replace: same results, one dispatch per time step. And the WASM
 * GEMM (src/core/wasm/kernels) with its helper threads (workers/gemmPool.ts), which only a
 * browser has: shared memory and workers. The test page is not part of the app's build, so the
 * dev server serves it (with the COOP/COEP headers shared memory needs).
 */
type KernelsWindow = { kernels: KernelsPage };

async function openKernels(page: Page) {
  // WebGPU validation errors only reach the console; print them next to the failure.
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`page: ${m.text()}`);
  });
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  await page.goto(`http://localhost:${DEV_PORT}/e2e/pages/kernels.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page.evaluate(() => (window as unknown as KernelsWindow).kernels.backend);
}

test('fused WebGPU recurrence kernels equal the composite, with one dispatch per step', async ({
  page,
}) => {
  expect(await openKernels(page)).toBe('webgpu');
  // n = 33 and B = 40 cross the 32 × 32 patch of a workgroup.
  const shapes: Shape[] = [
    { steps: 4, batch: 3, hidden: 20 },
    { steps: 4, batch: 3, hidden: 33 },
    { steps: 4, batch: 40, hidden: 33 },
  ];
  for (const shape of shapes) {
    const r = await page.evaluate(
      (s) => (window as unknown as KernelsWindow).kernels.check(s),
      shape,
    );
    console.log(`kernels: ${JSON.stringify(r)}`);
    expect(r.forwardError).toBeLessThanOrEqual(1e-4);
    expect(r.deltasError).toBeLessThanOrEqual(1e-4);
    expect(r.dh0Error).toBeLessThanOrEqual(1e-4);
    // T step dispatches forward; T steps and one for dh0 backward.
    expect(r.fusedDispatches).toEqual({ forward: 4, backward: 5 });
    expect(r.leakedTensors).toBe(0);
  }
});

test('the WASM GEMM splits big products across threads, with the bits of one thread', async ({
  page,
}) => {
  await openKernels(page);
  const r = await page.evaluate(() => (window as unknown as KernelsWindow).kernels.checkWasm());
  console.log(`wasm kernels: ${JSON.stringify(r)}`);
  expect(r.backend).toBe('wasm');
  expect(r.crossOriginIsolated).toBe(true);
  expect(r.registered).toBe(true);
  for (const error of r.matMulErrors) expect(error).toBeLessThanOrEqual(1e-5);
  expect(r.identical).toBe(true);
  // This machine has 2 cores: one helper beside the calling thread.
  expect(r.pool?.maxThreads).toBeGreaterThanOrEqual(2);
  expect(r.pool?.splitRuns).toBeGreaterThan(0);
});
