import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'cli/**/*.test.ts', 'workers/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Relaxed SIMD (fused multiply-add) is on in Chromium but behind a flag in Node 20: the
    // tests run the WASM kernels as the browser does (cli/launch.mjs sets it for the CLIs).
    execArgv: ['--experimental-wasm-relaxed-simd'],
    setupFiles: ['tests/setup.ts'],
  },
});
