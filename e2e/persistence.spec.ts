import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
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

/** The lab's saved runs as IndexedDB holds them: each description, and what its file record holds. */
async function storedRuns(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('moduli-lab');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const runs = (await all('runs')) as { id: string; step: number; fileBytes?: number }[];
    const files = (await all('runFiles')) as { id: string; file?: Blob; text?: string }[];
    db.close();
    return Promise.all(
      runs.map(async (run) => {
        const record = files.find((f) => f.id === run.id);
        const file = record?.file;
        return {
          ...run,
          isBlob: file instanceof Blob,
          size: file?.size ?? null,
          head: file ? [...new Uint8Array(await file.slice(0, 4).arrayBuffer())] : null,
          hasText: record?.text !== undefined,
        };
      }),
    );
  });
}

const savedRunsPanel = (page: Page) => page.getByRole('region', { name: 'Saved runs' });

async function openRunsTab(page: Page): Promise<void> {
  const workbench = page.locator('section[aria-label="Workbench"]');
  await workbench.getByRole('tab', { name: 'Runs' }).click();
  await expect(savedRunsPanel(page)).toBeVisible();
}

test('autosave keeps the run as an .npz Blob, which the Runs list opens after a reload', async ({
  page,
}) => {
  await openLab(page);
  await page.getByRole('button', { name: '×10' }).click();
  await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page)).toBe(20);
  // Stepping pauses at each press and ends epochs, and both autosave.
  await expect.poll(async () => (await storedRuns(page)).map((r) => r.step)).toEqual([20]);
  const [saved] = await storedRuns(page);
  expect(saved).toMatchObject({ isBlob: true, hasText: false, head: [0x50, 0x4b, 3, 4] });
  expect(saved.fileBytes).toBe(saved.size);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  expect(await stepCount(page)).toBe(0);
  await openRunsTab(page);
  await savedRunsPanel(page).getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('notice')).toContainText('Run imported');
  await expect.poll(() => stepCount(page)).toBe(20);
});

test('a run an earlier version autosaved as JSON text still opens and charts', async ({ page }) => {
  await openLab(page);
  await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page)).toBe(10);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  // The entry as earlier versions wrote it: the description, and the file as { id, text }.
  await page.evaluate(async (text) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('moduli-lab');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['runs', 'runFiles'], 'readwrite');
    tx.objectStore('runs').put({
      ...{ id: 'legacy-1', name: 'saved as JSON', savedAt: Date.now(), status: 'paused' },
      ...{ task: 'navigation', manifold: 'torus', step: 10, totalSteps: 40 },
      ...{ finalMetric: null, metricLabel: 'error (cm)' },
    });
    tx.objectStore('runFiles').put({ id: 'legacy-1', text });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, text);
  // The current run trains on and autosaves past the legacy entry.
  await page.getByRole('button', { name: '×10' }).click();
  await expect
    .poll(async () => (await storedRuns(page)).map((r) => r.step).sort())
    .toEqual([10, 20]);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  await openRunsTab(page);
  const panel = savedRunsPanel(page);
  const legacyRow = panel
    .getByRole('row')
    .filter({ has: page.getByLabel('Compare saved as JSON') });
  await legacyRow.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('notice')).toContainText('Run imported');
  await expect.poll(() => stepCount(page)).toBe(10);

  // Both kinds of entry chart their history: the JSON text whole, the .npz by its run.json.
  for (const box of await panel.getByRole('checkbox').all()) await box.check();
  await expect(panel.locator('figure.mv-chart')).toBeVisible();
  await expect(panel).not.toContainText('Cannot chart');
  await expect(panel.locator('figure.mv-chart li')).toHaveCount(4);
});
