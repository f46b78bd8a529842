/**
 * The Vite plugin (run by the build, in Node) that makes the lab's service worker: it adds
 * ./serviceWorker.ts to the build as `sw.js` at the site's base, and once every file is written
 * (the app, the workers, the WASM binaries, the public corpus and icon), writes into sw.js the
 * list of files to cache and a version: a hash of every file's path and content, so any change
 * to the build gives a new cache name and an unchanged build keeps its cache.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import type { PrecacheManifest } from './cacheRules';
import { SERVICE_WORKER_FILE } from './serviceWorkerFile';

const ENTRY = 'sw';
const PLACEHOLDER = /([`"'])__PRECACHE_MANIFEST__\1/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The manifest of a built folder: every file but the service worker itself. */
export function precacheManifest(outDir: string): PrecacheManifest {
  const files = filesUnder(outDir).filter((f) => f !== SERVICE_WORKER_FILE);
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(`${f}\0`)
      .update(readFileSync(join(outDir, f)))
      .update('\0');
  return { version: hash.digest('hex').slice(0, 16), files };
}

/** Puts the manifest into the built worker's source in place of its placeholder string. */
export function injectManifest(workerSource: string, manifest: PrecacheManifest): string {
  if (!PLACEHOLDER.test(workerSource))
    throw new Error(`${SERVICE_WORKER_FILE}: the precache placeholder is missing`);
  // A JS string literal holding the JSON, which the worker parses.
  return workerSource.replace(PLACEHOLDER, () => JSON.stringify(JSON.stringify(manifest)));
}

/**
 * The plugin, for the lab's own build only: a build that names its own entries (the benchmark's
 * page) gets no worker.
 */
export function precacheServiceWorker(entry: string): Plugin {
  let outDir = 'dist';
  let active = false;
  return {
    name: 'precache-service-worker',
    apply: 'build',
    config: ({ build, root }) => {
      active = !build?.rolldownOptions?.input && !build?.rollupOptions?.input;
      return active ? ownEntries(resolve(root ?? '.'), entry) : undefined;
    },
    generateBundle(_options, bundle) {
      if (!active) return;
      const worker = bundle[SERVICE_WORKER_FILE];
      if (worker?.type !== 'chunk') throw new Error(`${SERVICE_WORKER_FILE} was not built`);
      // Registered as a classic script (module workers are recent in some browsers).
      if (worker.imports.length || worker.dynamicImports.length)
        throw new Error(
          `${SERVICE_WORKER_FILE} imports ${[...worker.imports, ...worker.dynamicImports].join(', ')}: ` +
            'the page and the worker share a module; the worker must import nothing the page does',
        );
    },
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      handler() {
        if (!active) return;
        const path = join(outDir, SERVICE_WORKER_FILE);
        const manifest = precacheManifest(outDir);
        writeFileSync(path, injectManifest(readFileSync(path, 'utf8'), manifest));
      },
    },
  };
}

/** The app's page and the worker, which goes to the base as sw.js, not into assets/. */
const ownEntries = (root: string, entry: string): UserConfig => ({
  build: {
    rolldownOptions: {
      input: { index: resolve(root, 'index.html'), [ENTRY]: resolve(root, entry) },
      output: {
        entryFileNames: (chunk: { name: string }) =>
          chunk.name === ENTRY ? SERVICE_WORKER_FILE : 'assets/[name]-[hash].js',
      },
    },
  },
});
