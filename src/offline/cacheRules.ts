/**
 * What the lab's service worker does to a response and to the caches, as plain functions (the
 * worker itself, ./serviceWorker.ts, only wires them to its events; these are unit-tested).
 *
 * Threads: tfjs-wasm's threaded build and our GEMM helpers share a WebAssembly.Memory, which a
 * browser allows only on a cross-origin isolated page, one served with COOP: same-origin and
 * COEP: require-corp. A plain static host (GitHub Pages, a university server) sends neither, so
 * the worker adds them to every response it hands the page, as coi-serviceworker does; the page
 * reloads once after the worker first takes control (./isolation.ts).
 *
 * Offline: every file of the build is cached at install, in a cache named after the build's
 * version, so a new build's worker fills its own cache and deletes the older ones.
 */

/** Every cache of the lab starts with this; the build's version follows. */
export const CACHE_PREFIX = 'moduli-lab-';

export const cacheName = (version: string): string => `${CACHE_PREFIX}${version}`;

/** What the build writes into the service worker: its version and every file to cache. */
export interface PrecacheManifest {
  version: string;
  /** Paths relative to the service worker's folder (the site's base), e.g. `assets/x.js`. */
  files: string[];
}

/** What the worker tells the open pages when it has replaced their build's cache. */
export interface NewBuildMessage {
  kind: 'new-build';
  version: string;
}

/**
 * A page's question to the worker: has a newer build replaced the old one since `since` (the
 * page's performance.timeOrigin, ms since the epoch)? Answered with a NewBuildMessage when so.
 * Asked once the page listens, so the answer cannot arrive before the listener does.
 */
export interface UpdateQuery {
  kind: 'updated-since';
  since: number;
}

/** Where the worker notes when it replaced an older build (a URL of its own cache). */
export const UPDATE_RECORD = '__moduli-lab-update__';

/** The lab's caches that an older build left (other sites' caches on the origin are kept). */
export const staleCaches = (names: readonly string[], current: string): string[] =>
  names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== current);

export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;

/**
 * The response with the isolation headers added. An opaque response (status 0, a no-cors
 * request to another origin) cannot be rebuilt and is passed on as it is.
 */
export function withIsolation(response: Response): Response {
  if (response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(isolationHeaders)) headers.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/**
 * The cached file a page load is answered with: the lab is one page, so a navigation to the
 * site's base or to its index.html (whatever its query: `?run=…`, `?lesson=…`) is index.html.
 * Other navigations (a file the user opens directly) go to the network.
 */
export function navigationTarget(url: string, scope: string): string | null {
  const { origin, pathname } = new URL(url);
  const base = new URL(scope);
  if (origin !== base.origin) return null;
  return pathname === base.pathname || pathname === `${base.pathname}index.html`
    ? new URL('index.html', base).href
    : null;
}
