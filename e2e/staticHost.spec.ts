/**
 * The built lab on a plain static host (e2e/staticServer.ts: no COOP/COEP headers), as a
 * lecturer would publish it: its service worker makes the page cross-origin isolated so WASM
 * trains on more than one thread; once visited, it trains with the host gone and the browser
 * offline; and a new build replaces the cached one on the next visit.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cacheName } from '../src/offline/cacheRules';
import { injectManifest, precacheManifest } from '../src/offline/precachePlugin';
import { labUrl, openLab, stepCount } from './lab';
import { distDir, networkAddress, serveStatic, type StaticSite } from './staticServer';

/** A copy of the build per test: each test's site has its own origin, worker and caches. */
let site: StaticSite;
let root: string;
test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'moduli-static-'));
  cpSync(distDir, root, { recursive: true });
  site = await serveStatic(root);
});
test.afterEach(async () => {
  await site.close();
  rmSync(root, { recursive: true, force: true });
});

async function threads(page: Page): Promise<number> {
  const text = (await page.getByTestId('backend-threads').textContent()) ?? '';
  return Number(/(\d+) thread/.exec(text)?.[1] ?? NaN);
}

/** Paths (under the site's root) of every request the lab's cache answers. */
function cachedFiles(page: Page, name: string): Promise<string[]> {
  return page.evaluate(async (cache) => {
    const requests = await (await caches.open(cache)).keys();
    return requests.map((r) => new URL(r.url).pathname.slice(1)).sort();
  }, name);
}

async function trainTen(page: Page): Promise<void> {
  const before = await stepCount(page);
  await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page)).toBe(before + 10);
}

test('on a static host without headers the lab is cross-origin isolated and trains on more than one thread', async ({
  page,
}) => {
  await openLab(page, `${site.origin}${labUrl()}`);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByTestId('backend-badge')).toHaveText('WASM');
  // This machine has 2 cores: the step's caller and one helper.
  expect(await threads(page)).toBeGreaterThan(1);
  await trainTen(page);
});

test('after one visit the lab loads and trains offline, with the host gone', async ({
  page,
  context,
}) => {
  const manifest = precacheManifest(root);
  await openLab(page, `${site.origin}${labUrl()}`);
  // Every file of the build is cached: the app, its workers, the WASM binaries, the corpus.
  expect(await cachedFiles(page, cacheName(manifest.version))).toEqual(manifest.files);
  expect(manifest.files).toEqual(
    expect.arrayContaining([
      'index.html',
      'corpus/pride-and-prejudice.txt',
      expect.stringMatching(/tfjs-backend-wasm-threaded-simd-.*\.wasm$/),
    ]),
  );

  await site.close();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('backend-badge')).toHaveText('WASM');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await threads(page)).toBeGreaterThan(1);
  await trainTen(page);
});

test('a new build replaces the cached one on the next visit', async ({ page }) => {
  const first = precacheManifest(root);
  await openLab(page, `${site.origin}${labUrl()}`);
  expect(await page.evaluate(() => caches.keys())).toEqual([cacheName(first.version)]);

  // A new build on the host: a changed page, and its worker with the new manifest.
  const index = join(root, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<title>New build · '));
  const second = precacheManifest(root);
  const sw = join(root, 'sw.js');
  const oldLiteral = JSON.stringify(JSON.stringify(first));
  writeFileSync(
    sw,
    injectManifest(readFileSync(sw, 'utf8').replace(oldLiteral, '"__PRECACHE_MANIFEST__"'), second),
  );

  // The next visit finds the new worker; it caches the new build and drops the old cache …
  await page.reload();
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([cacheName(second.version)]);
  await expect(page.getByText('A new version of the lab is installed')).toBeVisible();
  // … and the visit after runs the new build.
  await page.reload();
  await expect(page).toHaveTitle(/^New build · /);
  await expect(page.getByTestId('backend-badge')).toHaveText('WASM');
});

test('over plain http from a network address the badge says WASM trains on one thread, and why', async ({
  page,
}) => {
  // Not localhost and not https: no secure context, so no service worker and no isolation,
  // as on a university web server without TLS.
  await openLab(page, `http://${networkAddress()}:${site.port}${labUrl()}`);
  expect(await page.evaluate(() => [isSecureContext, crossOriginIsolated])).toEqual([false, false]);
  await expect(page.getByTestId('backend-threads')).toHaveText('1 thread');
  await expect(page.locator('.backend')).toHaveAttribute(
    'title',
    /One thread: the page is not cross-origin isolated, so threads cannot share memory \(the page is not cross-origin isolated: service workers need https \(or localhost\), and this page came over http\)/,
  );
  await trainTen(page);
});
