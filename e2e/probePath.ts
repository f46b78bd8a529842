/**
 * The grid-torus lesson trained to its end and probed along a drawn arc, first on the trained
 * network, then on the hand-built reference: shared by e2e/attractor.spec.ts (which measures
 * it) and docs/scripts/screenshot.spec.ts (which pictures it for the README).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { openLab, paintedPixels, stepCount } from './lab';

/** Steps the grid-torus lesson trains: 6 epochs of 200 (src/core/experiments/lessons.ts). */
const lessonSteps = 1200;

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

/**
 * Waits for the path's playback to end, so the picture shows its last frame: the Play button is
 * back and the time slider stands at the probe's last step (100, the panel's default). A fixed
 * wait for 100 frames at 20 frames/s fell short on a busy machine.
 */
async function playedToEnd(panel: Locator) {
  await expect(panel.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(panel.locator('.pr-scrubber')).toContainText('t = 100 ');
}

/**
 * Opens the grid-torus lesson, trains it to its last step and opens the Probes tab. Returns
 * the probe panel and the training's wall time in seconds (for an annotation, never a check).
 */
export async function trainGridTorusLesson(
  page: Page,
): Promise<{ panel: Locator; trainingSeconds: number }> {
  await openLab(page, '/?lesson=grid-torus&backend=wasm');
  await page.getByRole('button', { name: 'Train' }).click();
  const started = Date.now();
  await expect.poll(() => stepCount(page), { timeout: 480_000 }).toBe(lessonSteps);
  const trainingSeconds = (Date.now() - started) / 1000;
  const workbench = page.locator('section[aria-label="Workbench"]');
  await workbench.getByRole('tab', { name: 'Probes' }).click();
  return { panel: workbench.locator('section[aria-label="Attractor probes"]'), trainingSeconds };
}

/**
 * The trained network along the drawn arc, played to its end: its verdict comes from its error
 * against standing still.
 */
export async function probeTrainedAlongArc(page: Page, panel: Locator): Promise<void> {
  await drawArc(page);
  await expect(panel.getByTestId('probe-verdict')).toHaveText(/path/);
  await expect(panel).toContainText('staying at the start would give');
  await playedToEnd(panel);
}

/**
 * The same arc on the hand-built reference, played to its end: the bump slides and the decoded
 * path follows.
 */
export async function probeReferenceAlongArc(page: Page, panel: Locator): Promise<void> {
  await panel.getByLabel('hand-built reference').check();
  await panel.getByRole('button', { name: 'Along path' }).click();
  await expect(panel.getByTestId('probe-verdict')).toHaveText('follows the path');
  await expect(panel.getByTestId('probe-locality')).toHaveText('a bump on the manifold');
  await expect(panel).toContainText('Hand-built reference');
  await playedToEnd(panel);
  expect(await paintedPixels(page, '[data-testid="activity-map"] canvas')).toBeGreaterThan(100);
}
