import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openLab, stepCount } from './lab';

async function exportRun(page: Page, button = 'Export'): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('export downloads a valid run file that re-imports to identical weights', async ({ page }) => {
  await openLab(page);
  await page.getByRole('button', { name: '×10' }).click();
  await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page)).toBe(20);
  const first = await exportRun(page);
  expect(first.name).toMatch(/^navigation-torus-seed1-step20\.run\.json$/);
  const run = JSON.parse(first.text);
  expect(run).toMatchObject({ format: 'moduli-lab-run', version: 1, step: 20, lottery: false });
  expect(run.weights.whh).toHaveLength(20);
  expect(run.weights.whh[0]).toHaveLength(20);
  expect(run.masks.whh.flat().filter((b: number) => b === 0).length).toBe(Math.round(0.3 * 400));
  // The same W_hh in compressed sparse rows: the kept weights, row by row.
  const csr = await exportRun(page, 'CSR');
  expect(csr.name).toMatch(/^navigation-torus-seed1-step20\.csr\.json$/);
  const { whh } = JSON.parse(csr.text).matrices;
  expect(whh.shape).toEqual([20, 20]);
  expect(whh.indices).toEqual(
    run.masks.whh.flatMap((row: number[]) => row.flatMap((m, k) => (m ? [k] : []))),
  );

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => stepCount(page)).toBe(0);
  await page.getByTestId('import-input').setInputFiles({
    name: first.name,
    mimeType: 'application/json',
    buffer: Buffer.from(first.text),
  });
  await expect(page.getByTestId('notice')).toContainText('Run imported');
  await expect.poll(() => stepCount(page)).toBe(20);
  const again = JSON.parse((await exportRun(page)).text);
  expect(again.weights).toEqual(run.weights);
  expect(again.masks).toEqual(run.masks);
  expect(again.embedding).toEqual(run.embedding);
  expect(again.optimizer).toEqual(run.optimizer);
});

test('a malformed run file is refused with a message naming the field; the run is untouched', async ({
  page,
}) => {
  await openLab(page);
  await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page)).toBe(10);
  const run = JSON.parse((await exportRun(page)).text);
  run.weights.whh[3] = run.weights.whh[3].slice(1);
  await page.getByTestId('import-input').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(run)),
  });
  await expect(page.getByTestId('notice')).toContainText('weights.whh');
  expect(await stepCount(page)).toBe(10);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => stepCount(page)).toBe(11);
});
