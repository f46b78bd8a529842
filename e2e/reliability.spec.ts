import { expect, test } from '@playwright/test';
import { labUrl, openLab, stepCount } from './lab';

test('an absurd learning rate diverges: the run pauses, says what and when, and can roll back', async ({
  page,
}) => {
  // A ReLU network over 400 steps with learning rate 1 overflows float32 on its second step.
  const run = {
    task: { kind: 'adding', seqLen: 400 },
    model: { hidden: 16 },
    training: { learningRate: 1, clipNorm: 0, batch: 4, epochs: 1, stepsPerEpoch: 20 },
  };
  await openLab(page, labUrl(run));
  await page.getByRole('button', { name: '×10' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('diverged');
  await expect(page.getByTestId('run-message')).toContainText(
    /loss became (NaN|-?Infinity) at step \d/,
  );
  await expect(page.getByRole('button', { name: 'Train' })).toBeDisabled();
  await page.getByRole('button', { name: 'Roll back, learning rate ÷10' }).click();
  await expect(page.getByTestId('notice')).toContainText('Rolled back to step 0');
  await expect(page.getByTestId('run-status')).toHaveText('idle');
  await expect(page.locator('[data-field="training.learningRate"] input')).toHaveValue('0.1');
});

test('after load the lab talks only to its own origin, under a strict Content-Security-Policy', async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('blob:') && !url.startsWith('data:'))
      foreign.push(url);
  });
  const response = await page.goto(labUrl());
  const header = response!.headers()['content-security-policy'];
  expect(header).toContain("'wasm-unsafe-eval'");
  expect(header).not.toContain("'unsafe-eval'");
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).toBe(header);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await openLab(page, labUrl());
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 60_000 });
  expect(await stepCount(page)).toBe(40);
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});
