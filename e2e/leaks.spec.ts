import { expect, test, type Page } from '@playwright/test';
import { labUrl, openLab, stepCount } from './lab';

type Memory = { numTensors: number; numBytes: number; numBytesInGPU: number | null };
const memory = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { moduliLab: { workerMemory(): Promise<Memory> } }
    ).moduliLab.workerMemory(),
  );

async function steps(page: Page, bursts: number) {
  const before = await stepCount(page);
  for (let i = 0; i < bursts; i++) await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page), { timeout: 120_000 }).toBe(before + 10 * bursts);
}

test('worker memory (tensors, bytes, GPU bytes) stays flat across training, pruning, validation and reset on WebGL', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const run = {
    task: { kind: 'navigation', placeCells: 16, seqLen: 3 },
    model: { hidden: 12 },
    training: { epochs: 4, stepsPerEpoch: 40, batch: 4 },
  };
  await openLab(page, labUrl(run, { backend: 'webgl' }));
  await expect(page.getByTestId('backend-badge')).toHaveText('WEBGL');
  await steps(page, 2);
  const start = await memory(page);
  await steps(page, 4); // crosses an epoch: pruning and validation
  expect(await memory(page)).toEqual(start);

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => stepCount(page)).toBe(0);
  await steps(page, 2);
  expect((await memory(page)).numTensors).toBe(start.numTensors);
});
