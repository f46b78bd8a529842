import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { openLab, stepCount } from './lab';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** The run file as JSON (the JSON button), or the CSR file. */
async function exportRun(page: Page, button = 'JSON'): Promise<{ name: string; text: string }> {
  const { name, bytes } = await download(page, button);
  return { name, text: bytes.toString('utf8') };
}

/** The .npy member's float32 values (after its header). */
function npyFloats(bytes: Uint8Array): Float32Array {
  const headerLength = 10 + new DataView(bytes.buffer, bytes.byteOffset).getUint16(8, true);
  return new Float32Array(bytes.slice(headerLength).buffer);
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

test('Export writes the binary .npz by default; it re-imports to identical weights', async ({
  page,
}) => {
  await openLab(page);
  await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page)).toBe(10);
  const json = JSON.parse((await exportRun(page)).text);
  const npz = await download(page, 'Export');
  expect(npz.name).toBe('navigation-torus-seed1-step10.run.npz');
  const members = unzipSync(npz.bytes);
  expect(JSON.parse(strFromU8(members['run.json'])).step).toBe(10);
  expect(Array.from(npyFloats(members['rnn.weight_hh_l0.npy']))).toEqual(json.weights.whh.flat());

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => stepCount(page)).toBe(0);
  await page.getByTestId('import-input').setInputFiles({
    name: npz.name,
    mimeType: 'application/zip',
    buffer: npz.bytes,
  });
  await expect(page.getByTestId('notice')).toContainText('Run imported');
  await expect.poll(() => stepCount(page)).toBe(10);
  const again = JSON.parse((await exportRun(page)).text);
  expect(again.weights).toEqual(json.weights);
  expect(again.optimizer).toEqual(json.optimizer);

  // A NaN in W_hh is refused naming the file, the member, the row and the column.
  const whh = npyFloats(members['rnn.weight_hh_l0.npy']);
  whh[2 * 20 + 5] = NaN;
  const header = members['rnn.weight_hh_l0.npy'].slice(
    0,
    members['rnn.weight_hh_l0.npy'].length - whh.byteLength,
  );
  const bad = new Uint8Array(header.length + whh.byteLength);
  bad.set(header);
  bad.set(new Uint8Array(whh.buffer), header.length);
  await page.getByTestId('import-input').setInputFiles({
    name: 'bad.npz',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipSync({ ...members, 'rnn.weight_hh_l0.npy': bad })),
  });
  await expect(page.getByTestId('notice')).toContainText(
    'bad.npz: rnn.weight_hh_l0.npy: row 2, column 5: NaN',
  );
  expect(await stepCount(page)).toBe(10);
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
