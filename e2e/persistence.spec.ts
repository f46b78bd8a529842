import { expect, test } from '@playwright/test';
import { labUrl, openLab, stepCount, tinyNavigation } from './lab';

const longer = { ...tinyNavigation, training: { epochs: 40, stepsPerEpoch: 10, batch: 8 } };

test('a reload in the middle of a run offers to resume from its last autosave', async ({
  page,
}) => {
  await openLab(page, labUrl(longer));
  await page.getByRole('button', { name: 'Train' }).click();
  // Epoch ends autosave; wait for a few of them, then reload while it still trains.
  await expect.poll(() => stepCount(page)).toBeGreaterThan(60);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => stepCount(page)).toBeGreaterThanOrEqual(50);
  await expect(page.getByTestId('run-status')).toHaveText('idle');
});

test('a crashed worker is reported and restarts from the autosave', async ({ page }) => {
  await openLab(page, labUrl(longer));
  await page.getByRole('button', { name: '×10' }).click();
  await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page)).toBe(20);
  await page.getByRole('button', { name: 'Train' }).click();
  await page.getByRole('button', { name: 'Pause' }).click(); // pausing autosaves
  const saved = await stepCount(page);
  await page.waitForTimeout(500);
  await page.evaluate(() =>
    (
      window as unknown as { moduliLab: { simulateWorkerCrash(): void } }
    ).moduliLab.simulateWorkerCrash(),
  );
  await expect(page.getByTestId('notice')).toContainText('The training worker stopped');
  await page.getByRole('button', { name: 'Restart and resume' }).click();
  await expect(page.getByTestId('notice')).toContainText('resumed from the autosave');
  expect(await stepCount(page)).toBeGreaterThanOrEqual(Math.min(saved, 20));
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => stepCount(page)).toBeGreaterThan(20);
});
