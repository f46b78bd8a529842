import { expect, test } from '@playwright/test';
import { openLab } from './lab';

test('a 2 × 2 comparison fills its table, which survives a reload', async ({ page }) => {
  test.setTimeout(240_000);
  await openLab(page);
  const workbench = page.locator('section[aria-label="Workbench"]');
  await workbench.getByRole('tab', { name: 'Compare' }).click();
  await workbench.getByLabel('Experiment').selectOption('sphere');
  await workbench.getByLabel('Seeds').fill('1, 2');
  await workbench.getByLabel('Steps per run').fill('4');
  await workbench.getByLabel('Lottery tickets').check();
  await workbench.getByRole('button', { name: /^Run/ }).click();
  const table = workbench.locator('table');
  await expect(table).toContainText('Sparse', { timeout: 200_000 });
  await expect(table).toContainText('Lottery');
  await expect(table).toContainText('torus');
  await expect(table).toContainText('sphere');
  await expect(table.locator('td').first()).toContainText(/\d+\.\d+ \(\d+\.\d+\)/);
  const cells = await table.locator('td').allTextContents();

  await page.reload();
  await workbench.getByRole('tab', { name: 'Compare' }).click();
  await workbench.getByRole('button', { name: 'Open' }).first().click();
  await expect(table.locator('td')).toHaveText(cells);
});

test('a copied link opens the same run settings, seed included, in a new page', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLab(page);
  const hidden = page.locator('[data-field="model.hidden"] input');
  await hidden.fill('17');
  await hidden.press('Enter');
  await page.locator('[data-field="geometry.manifold"] select').selectOption('klein');
  await expect(page.locator('[data-field="geometry.manifold"] select')).toHaveValue('klein');
  await page.getByRole('button', { name: 'New seed' }).click();
  const seed = page.locator('[data-field="seed"] input');
  await expect(seed).not.toHaveValue('1');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const other = await context.newPage();
  await openLab(other, link);
  await expect(other.locator('[data-field="model.hidden"] input')).toHaveValue('17');
  await expect(other.locator('[data-field="geometry.manifold"] select')).toHaveValue('klein');
  await expect(other.locator('[data-field="seed"] input')).toHaveValue(await seed.inputValue());
});
