import { expect, test, type Page } from '@playwright/test';
import { openLab, stepCount } from './lab';

async function setField(page: Page, path: string, value: string) {
  const input = page.locator(`[data-field="${path}"] input`);
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** The number after `label` in the charts' legends (e.g. "perplexity 42.1"). */
async function legendValue(page: Page, label: string): Promise<number> {
  const text = (await page.locator('section[aria-label="Training charts"]').textContent()) ?? '';
  return Number(new RegExp(`${label} ([\\d.]+)`).exec(text)?.[1] ?? NaN);
}

test('the text task trains on the shipped book: perplexity appears and falls; a binary file is refused', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openLab(page);
  await page.locator('[data-field="task.kind"] select').selectOption('text');
  await expect(page.getByTestId('text-file')).toHaveText('shipped book');
  await setField(page, 'model.hidden', '32');
  await setField(page, 'task.seqLen', '10');
  await setField(page, 'training.batch', '8');
  await setField(page, 'training.stepsPerEpoch', '40');
  await setField(page, 'training.epochs', '2');
  await setField(page, 'training.learningRate', '0.01');

  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => stepCount(page)).toBe(1);
  await expect.poll(() => legendValue(page, 'perplexity')).not.toBeNaN();
  const first = await legendValue(page, 'perplexity');
  expect(first).toBeGreaterThan(30); // about the vocabulary size (75 characters) at the start
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 150_000 });
  await expect.poll(() => legendValue(page, 'validation')).toBeLessThan(first * 0.6);

  await page.getByTestId('text-input').setInputFiles({
    name: 'image.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1]),
  });
  await expect(page.locator('[data-field="task.corpus"] [role="alert"]')).toContainText(
    'image.txt',
  );
  await expect(page.getByTestId('text-file')).toHaveText('shipped book');
  expect(await stepCount(page)).toBe(80);
});
