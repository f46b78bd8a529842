/**
 * Not checks: these drive the lab to make every picture the README and docs/ show
 * (`npm run screenshot`, which writes them into docs/). The tests never write into docs/; the
 * probe-path and classroom scenes are the same steps e2e/attractor.spec.ts and
 * e2e/classroom.spec.ts check (e2e/probePath.ts, e2e/classroomScene.ts).
 */
import { test } from '@playwright/test';
import { openClassroomScene, projectorSizes } from '../../e2e/classroomScene';
import { labUrl, openLab } from '../../e2e/lab';
import {
  probeReferenceAlongArc,
  probeTrainedAlongArc,
  trainGridTorusLesson,
} from '../../e2e/probePath';

/** Not a check: refreshes the README's picture of the lab mid-training (`npm run screenshot`). */
test('README screenshot of the lab mid-training', async ({ page }) => {
  test.setTimeout(300_000);
  const run = {
    task: { kind: 'navigation', placeCells: 64, placeCellWidthMeters: 0.3, seqLen: 5 },
    model: { hidden: 64 },
    training: { epochs: 4, stepsPerEpoch: 100, batch: 32, learningRate: 0.03 },
    pruning: { targetSparsity: 0.5 },
  };
  await openLab(page, labUrl(run));
  await page.getByRole('button', { name: 'Train' }).click();
  await page.waitForFunction(
    () =>
      /step (2[5-9]\d|3\d\d)\//.test(
        document.querySelector('[data-testid="step-counter"]')?.textContent ?? '',
      ),
    null,
    { timeout: 240_000 },
  );
  await page.getByRole('button', { name: 'Pause' }).click();
  await page
    .locator('section[aria-label="Hidden units on the manifold"] canvas')
    .click({ position: { x: 250, y: 160 } });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/screenshot.png' });
});

/** The README's picture of a lesson: the grid-module lesson after some training, probed. */
test('README screenshot of a lesson', async ({ page }) => {
  test.setTimeout(300_000);
  await openLab(page, '/?lesson=grid-torus&backend=wasm');
  await page.getByRole('button', { name: 'Train' }).click();
  await page.waitForFunction(
    () =>
      /step (1[5-9]\d|[2-9]\d\d)\//.test(
        document.querySelector('[data-testid="step-counter"]')?.textContent ?? '',
      ),
    null,
    { timeout: 240_000 },
  );
  await page.getByRole('button', { name: 'Pause' }).click();
  const workbench = page.locator('section[aria-label="Workbench"]');
  await workbench.getByRole('tab', { name: 'Probes' }).click();
  await workbench
    .getByRole('button', { name: /^free run$/i })
    .first()
    .click();
  await page.waitForTimeout(1500);
  await workbench.getByRole('tab', { name: 'Lessons' }).click();
  await page.setViewportSize({ width: 1440, height: 1300 });
  await page.screenshot({ path: 'docs/lesson.png', fullPage: false });
});

/** The README's pair: the trained grid-torus lesson and the hand-built reference on one arc. */
test('README screenshots of the grid-torus lesson probed along a drawn path', async ({ page }) => {
  test.setTimeout(600_000);
  const { panel } = await trainGridTorusLesson(page);
  await probeTrainedAlongArc(page, panel);
  await panel.screenshot({ path: 'docs/probe-path-trained.png' });
  await probeReferenceAlongArc(page, panel);
  await panel.screenshot({ path: 'docs/probe-path-reference.png' });
});

for (const [width, height] of projectorSizes) {
  test(`README screenshot of classroom mode at ${width} × ${height}`, async ({ page }) => {
    test.setTimeout(180_000);
    await openClassroomScene(page, width, height);
    await page.screenshot({ path: `docs/classroom-${width}x${height}.png` });
  });
}
