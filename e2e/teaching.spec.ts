import { expect, test } from '@playwright/test';
import { openLab, paintedPixels, stepCount } from './lab';

const manifoldCanvas = 'section[aria-label="Hidden units on the manifold"] canvas';

test('a lesson link loads its text and config, trains, and the probe animates on the manifold', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openLab(page, '/?lesson=grid-torus&backend=wasm');
  const workbench = page.locator('section[aria-label="Workbench"]');
  await expect(workbench.getByRole('heading', { level: 3 })).toContainText(/torus/i);
  await expect(page.locator('[data-field="geometry.manifold"] select')).toHaveValue('torus');
  await page.getByRole('button', { name: '×10' }).click();
  await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page)).toBe(20);

  await workbench.getByRole('tab', { name: 'Probes' }).click();
  // A kick at step 30 (1.5 s into the 20 frames/s playback) changes the pattern even where a
  // plain free run settles within a few frames.
  await workbench.getByRole('button', { name: 'Perturb' }).click();
  // The 3D view's legend switches to the activity scale once the probe plays.
  await expect(page.locator('section[aria-label="Hidden units on the manifold"]')).toContainText(
    'activity',
  );
  // Frames are compared by seeking, each on its own colour scale: a network 20 steps old often
  // falls silent before the kick, so on the run's common scale most frames are equally dark,
  // and 150 ms samples of the playback missed the few that are not about one run in four.
  await workbench.getByLabel('scale per frame').check();
  const scrubber = workbench.locator('.pr-scrubber input');
  const frames: string[] = [];
  for (const frame of ['0', '30', '31', '32', '40']) {
    await scrubber.fill(frame);
    await expect(workbench.locator('.pr-scrubber')).toContainText(`t = ${frame} `);
    await page.waitForTimeout(300); // the 3D view redraws on the next animation frame
    frames.push(
      await page.evaluate(
        (sel) => (document.querySelector(sel) as HTMLCanvasElement).toDataURL(),
        manifoldCanvas,
      ),
    );
  }
  expect(new Set(frames).size).toBeGreaterThan(1);
  expect(await paintedPixels(page, manifoldCanvas)).toBeGreaterThan(1000);
});

test('the walkthrough takes one real step and explains it stage by stage', async ({ page }) => {
  await openLab(page);
  const workbench = page.locator('section[aria-label="Workbench"]');
  await workbench.getByRole('tab', { name: 'Lessons' }).click();
  await workbench.getByRole('button', { name: 'Take one step' }).click();
  await expect.poll(() => stepCount(page)).toBe(1);
  await expect(workbench).toContainText(/forward/i);
  await expect(workbench).toContainText(/penalty/i);
  await expect(workbench).toContainText(/prun/i);
});

test('every control has an explanation on hover', async ({ page }) => {
  await openLab(page);
  const workbench = page.locator('section[aria-label="Workbench"]');
  const missing: string[] = [];
  for (const tab of ['Probes', 'Topology', 'Compare', 'Runs', 'Lessons']) {
    await workbench.getByRole('tab', { name: tab }).click();
    const unexplained = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input, [role="tab"]')]
        .filter((el) => !(el as HTMLElement).closest('[title]') && !(el as HTMLInputElement).hidden)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim()}"`,
        ),
    );
    missing.push(...unexplained.map((u) => `${tab}: ${u}`));
  }
  expect([...new Set(missing)]).toEqual([]);
});
