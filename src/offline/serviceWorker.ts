/**
 * The lab's service worker, built to `sw.js` at the site's base (see ./precachePlugin.ts, which
 * also writes the build's manifest into it). It gives a static host's page the cross-origin
 * isolation that WASM threads need and keeps the whole lab for offline use; the reasons are in
 * ./cacheRules.ts.
 *
 * Files are served cache first: a build's files are content-hashed (or, for index.html, the
 * corpus and the icon, replaced only together with a new sw.js), so a cached file is never out
 * of date for the build that cached it. The browser checks sw.js on each visit; a changed one
 * installs beside the running one, caches the new build, takes over and deletes the old cache.
 */
import {
  cacheName,
  navigationTarget,
  staleCaches,
  withIsolation,
  UPDATE_RECORD,
  type NewBuildMessage,
  type PrecacheManifest,
  type UpdateQuery,
} from './cacheRules';

declare const self: ServiceWorkerGlobalScope;

// Replaced by the build with the manifest's JSON (precachePlugin.ts); a build that does not
// replace it fails.
const manifest = JSON.parse('__PRECACHE_MANIFEST__') as PrecacheManifest;
const current = cacheName(manifest.version);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(current);
      // `reload` skips the HTTP cache, so a stale copy of a file never enters the new cache.
      await cache.addAll(manifest.files.map((f) => new Request(f, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = staleCaches(await caches.keys(), current);
      await Promise.all(stale.map((n) => caches.delete(n)));
      // Pages loaded before this worker (the first visit) come under it now; that page
      // reloads itself to get the isolation headers.
      await self.clients.claim();
      if (stale.length === 0) return;
      // An update: the open pages run the build whose cache just went. A page still loading
      // may not be a client yet, so the time is noted too, for pages that ask (below).
      const cache = await caches.open(current);
      await cache.put(UPDATE_RECORD, new Response(String(Date.now())));
      const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const page of pages) page.postMessage(newBuild);
    })(),
  );
});

const newBuild: NewBuildMessage = { kind: 'new-build', version: manifest.version };

// A page that started loading before this worker replaced its build runs the old build.
self.addEventListener('message', (event) => {
  const query = event.data as UpdateQuery | undefined;
  if (query?.kind !== 'updated-since' || !event.source) return;
  const source = event.source;
  event.waitUntil(
    (async () => {
      const record = await (await caches.open(current)).match(UPDATE_RECORD);
      const replacedAt = record ? Number(await record.text()) : NaN;
      if (replacedAt > query.since) source.postMessage(newBuild);
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  // A DevTools quirk: `only-if-cached` is allowed only for same-origin requests.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  event.respondWith(answer(request));
});

async function answer(request: Request): Promise<Response> {
  const cache = await caches.open(current);
  const page =
    request.mode === 'navigate' ? navigationTarget(request.url, self.registration.scope) : null;
  const cached = await cache.match(page ?? request);
  return withIsolation(cached ?? (await fetch(request)));
}
