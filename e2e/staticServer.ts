/**
 * A plain static file server for the e2e tests: the built `dist/` as GitHub Pages or a
 * university web server would serve it, with content types and nothing else (no COOP/COEP, no
 * CSP header, no caching headers), so the lab has to get its isolation from its service worker.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json',
};

export interface StaticSite {
  /** `http://localhost:PORT`, no trailing slash. */
  origin: string;
  port: number;
  /** Stops serving at once (open connections included), as a host that went away. */
  close(): Promise<void>;
}

/** Serves `root` on a free port; localhost is a secure context, as service workers need. */
export async function serveStatic(root: string): Promise<StaticSite> {
  const top = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolve(top, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== top && !file.startsWith(`${top}${sep}`)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = contentTypes[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'Content-Type': type }).end(body);
      },
      () => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'),
    );
  });
  // Every interface, so that a test can also load the site over plain http from this
  // machine's network address (not a secure context, unlike localhost).
  await new Promise<void>((done) => server.listen(0, done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    port,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The build that playwright.config.ts's web server made. */
export const distDir = fileURLToPath(new URL('../dist', import.meta.url));

/** This machine's first non-loopback IPv4 address: a page from there is not a secure context. */
export function networkAddress(): string {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  if (!address) throw new Error('this machine has no non-loopback IPv4 address to serve from');
  return address;
}
