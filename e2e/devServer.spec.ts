import { expect, test } from '@playwright/test';
import { DEV_PORT } from '../playwright.config';
import { openLab, stepCount } from './lab';

test('the dev server of `npm start` serves a lab that trains', async ({ page }) => {
  test.setTimeout(180_000);
  await openLab(page, `http://localhost:${DEV_PORT}/?backend=wasm`);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => stepCount(page), { timeout: 120_000 }).toBe(1);
});
