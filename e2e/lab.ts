/** Shared steps of the end-to-end tests: open the lab on a tiny run, read what it shows. */
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** Small enough that headless Chromium trains it in seconds on WASM. */
export const tinyNavigation = {
  task: { kind: 'navigation', placeCells: 32, seqLen: 5 },
  model: { hidden: 20 },
  training: { epochs: 4, stepsPerEpoch: 10, batch: 8 },
};

export function labUrl(run: object = tinyNavigation, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ backend: 'wasm', ...extra, run: JSON.stringify(run) });
  return `/?${params}`;
}

export async function openLab(page: Page, url = labUrl()): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('backend-badge')).not.toHaveText('…');
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
}

/**
 * Records every long task (a task of the page's main thread over 50 ms) from the next load on;
 * read them with `longTasks`, forget the load's with `clearLongTasks`.
 */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

export async function clearLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
}

/** Durations (ms) of the long tasks since the load or the last `clearLongTasks`. */
export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
}

export async function stepCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('step-counter').textContent()) ?? '';
  return Number(/step (\d+)/.exec(text)?.[1] ?? NaN);
}

/** Pixels of a canvas that differ from its first pixel (WebGL canvases keep their buffer). */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const source = document.querySelector(sel) as HTMLCanvasElement | null;
    if (!source || source.width === 0) return 0;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(source, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let differing = 0;
    for (let i = 4; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) differing++;
    }
    return differing;
  }, selector);
}

/**
 * Saves a picture of what a test checked into the test's own output and attaches it to the
 * report. Tests never write into docs/: `npm run screenshot` makes the README's pictures.
 */
export async function attachPicture(
  testInfo: TestInfo,
  name: string,
  what: Page | Locator,
): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await what.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
