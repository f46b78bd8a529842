import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { precacheServiceWorker } from './src/offline/precachePlugin';

/**
 * The Content-Security-Policy: only this origin, plus what the app really uses:
 * 'wasm-unsafe-eval' to compile tfjs's WASM, blob: workers for WASM threads, blob:/data:
 * images for PNG export, inline style attributes set by React. No 'unsafe-eval'.
 */
const csp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "img-src 'self' blob: data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Dev only: Vite's HMR client needs its inline preamble and a websocket. */
const devCsp = csp
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws:");

/** Cross-origin isolation lets the WASM backend use threads. */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** The same policy as a meta tag in the built page, for static hosting without headers. */
const cspMetaTag: Plugin = {
  name: 'csp-meta-tag',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: csp },
      injectTo: 'head-prepend',
    },
  ],
};

export default defineConfig({
  // The built lab's service worker: isolation headers on static hosts, and offline use.
  plugins: [react(), cspMetaTag, precacheServiceWorker('src/offline/serviceWorker.ts')],
  server: { headers: { ...isolation, 'Content-Security-Policy': devCsp } },
  preview: { headers: { ...isolation, 'Content-Security-Policy': csp } },
  worker: {
    format: 'es',
    // tfjs's threaded WASM starts its threads from the *source text* of a bundled function;
    // minified, that text refers to renamed outer variables ("ReferenceError: e is not
    // defined" in the thread). The worker bundle is therefore left unminified.
    rolldownOptions: { output: { minify: false } },
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
});
