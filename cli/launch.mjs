// Runs a CLI entry through Vite's module runner, so Node resolves tfjs exactly as the tests
// and the browser do (tfjs-core's ESM build is not loadable by Node's own ESM resolver).
import { createServer, createServerModuleRunner } from 'vite';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import v8 from 'node:v8';

// Relaxed SIMD (fused multiply-add), on in Chromium, is behind a flag in Node 20: set before any
// module compiles, so the CLIs and the benchmark run the same WASM kernels as the lab.
v8.setFlagsFromString('--experimental-wasm-relaxed-simd');

// tfjs-core's Node platform calls require('util'); inlined ESM has no require of its own.
globalThis.require = createRequire(import.meta.url);

const [entry, ...args] = process.argv.slice(2);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  ssr: { noExternal: ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-cpu'] },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
process.argv = [process.argv[0], entry, ...args];
let code;
try {
  const mod = await runner.import(resolve(root, entry));
  code = (await mod.main?.(args)) ?? 0;
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  code = 1;
} finally {
  await runner.close();
  await server.close();
}
process.exit(code);
