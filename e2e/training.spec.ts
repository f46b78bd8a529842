import { expect, test } from '@playwright/test';
import {
  clearLongTasks,
  labUrl,
  longTasks,
  observeLongTasks,
  openLab,
  paintedPixels,
  stepCount,
} from './lab';

// Long-task durations are wall-clock: on a loaded 2-core machine the OS can deschedule the UI
// thread in the middle of a frame. A real regression (work moved onto the UI thread) fails
// both attempts; one retry absorbs a preemption.
test.describe.configure({ retries: 1 });

test('a tiny navigation run trains live: charts fill, heatmap and 3D draw, sparsity follows the schedule, no long tasks; its pruned W_hh probes on the sparse engine', async ({
  page,
}) => {
  await observeLongTasks(page);
  await openLab(page);
  await expect(page.getByTestId('backend-badge')).toHaveText('WASM');
  // Loading (bundle, WebGL shaders, first paints) may take long tasks; training must not.
  await expect
    .poll(() => paintedPixels(page, 'section[aria-label="Hidden units on the manifold"] canvas'))
    .toBeGreaterThan(1000);
  await page.waitForTimeout(1000);
  await clearLongTasks(page);

  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 60_000 });
  expect(await stepCount(page)).toBe(40);

  // Loss points: the loss legend shows a value once steps have arrived.
  await expect(page.locator('section[aria-label="Training charts"]')).toContainText('task loss');
  expect(await paintedPixels(page, 'section[aria-label="Training charts"] canvas')).toBeGreaterThan(
    200,
  );
  expect(await paintedPixels(page, 'section[aria-label="W_hh heatmap"] canvas')).toBeGreaterThan(
    100,
  );
  expect(
    await paintedPixels(page, 'section[aria-label="Hidden units on the manifold"] canvas'),
  ).toBeGreaterThan(1000);
  // 4 epochs to 90%: the last epoch runs with 360 of W_hh's 400 weights pruned.
  await expect(page.locator('section[aria-label="Training charts"]')).toContainText('W_hh 90%');

  expect((await longTasks(page)).filter((d) => d > 50)).toEqual([]);

  // 90% of W_hh pruned: a probe runs from its CSR on the sparse engine, in the worker.
  const workbench = page.locator('section[aria-label="Workbench"]');
  await workbench.getByRole('tab', { name: 'Probes' }).click();
  await workbench.getByRole('button', { name: 'Free run' }).click();
  await expect(workbench).toContainText('Ran on the sparse (CSR) engine.');
});

test('WebGPU (SwiftShader in headless Chromium): the badge says WebGPU and the worker trains on it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openLab(page, labUrl(undefined, { backend: 'webgpu' }));
  await expect(page.getByTestId('backend-badge')).toHaveText('WEBGPU');
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => stepCount(page), { timeout: 150_000 }).toBeGreaterThanOrEqual(1);
});

test('without a GPU the automatic choice skips the software renderers and says why', async ({
  page,
}) => {
  await openLab(page, labUrl(undefined, { backend: 'auto' }));
  await expect(page.getByTestId('backend-badge')).toHaveText('WASM');
  await expect(page.locator('span.backend')).toHaveAttribute('title', /webgl: software renderer/);
});

test('a refused setting names its field and leaves the run as it was', async ({ page }) => {
  await openLab(page);
  await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page)).toBe(10);
  const hidden = page.locator('[data-field="model.hidden"] input');
  await hidden.fill('0');
  await hidden.press('Enter');
  await expect(page.locator('[data-field="model.hidden"] [role="alert"]')).toContainText(
    'model.hidden',
  );
  expect(await stepCount(page)).toBe(10);
  await expect(page.getByTestId('run-status')).toHaveText('paused');
});
