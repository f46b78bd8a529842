import { expect, test, type Page } from '@playwright/test';
import { openLab, paintedPixels, stepCount } from './lab';

/** Presses and drags an arc across the arena: the path a student draws. */
async function drawArc(page: Page) {
  const arena = page.locator('section[aria-label="Workbench"] .pr-arena canvas');
  // The mouse works in the viewport: the arena must be on screen, not below the fold.
  await arena.scrollIntoViewIfNeeded();
  const box = await arena.boundingBox();
  if (!box) throw new Error('no arena on screen');
  const at = (x: number, y: number) => [box.x + box.width * x, box.y + box.height * y] as const;
  await page.mouse.move(...at(0.25, 0.7));
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    const a = (Math.PI * i) / 20;
    await page.mouse.move(...at(0.5 - 0.25 * Math.cos(a), 0.7 - 0.4 * Math.sin(a)));
  }
  await page.mouse.up();
}

test('the grid-torus lesson: a trained network and the hand-built reference along a drawn path, measured', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await openLab(page, '/?lesson=grid-torus&backend=wasm');
  await page.getByRole('button', { name: 'Train' }).click();
  const started = Date.now();
  await expect.poll(() => stepCount(page), { timeout: 480_000 }).toBe(1200);
  test.info().annotations.push({
    type: 'lesson training (s)',
    description: ((Date.now() - started) / 1000).toFixed(1),
  });

  const workbench = page.locator('section[aria-label="Workbench"]');
  await workbench.getByRole('tab', { name: 'Probes' }).click();
  const panel = workbench.locator('section[aria-label="Attractor probes"]');

  // The trained network along the arc: its verdict comes from its error against standing still.
  await drawArc(page);
  await expect(panel.getByTestId('probe-verdict')).toHaveText(/path/);
  await expect(panel).toContainText('staying at the start would give');
  await page.waitForTimeout(5500); // 100 frames at 20 frames/s: the playback reaches its end
  await panel.screenshot({ path: 'docs/probe-path-trained.png' });

  // The same path on the hand-built reference: the bump slides and the decoded path follows.
  await panel.getByLabel('hand-built reference').check();
  await panel.getByRole('button', { name: 'Along path' }).click();
  await expect(panel.getByTestId('probe-verdict')).toHaveText('follows the path');
  await expect(panel.getByTestId('probe-locality')).toHaveText('a bump on the manifold');
  await expect(panel).toContainText('Hand-built reference');
  await page.waitForTimeout(5500);
  expect(await paintedPixels(page, '[data-testid="activity-map"] canvas')).toBeGreaterThan(100);
  await panel.screenshot({ path: 'docs/probe-path-reference.png' });

  // The measures, for the three networks side by side.
  await panel.getByRole('button', { name: 'Measure attractor' }).click();
  const report = panel.getByTestId('attractor-report');
  await expect(report).toBeVisible({ timeout: 300_000 });
  await expect(report.locator('thead th')).toHaveText([
    'measure',
    'trained',
    'untrained',
    'hand-built',
    'staying put',
  ]);
  await expect(report.locator('tbody tr')).toHaveCount(9);
});
