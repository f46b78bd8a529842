import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Cross-origin isolation lets the WASM backend use threads; the CSP allows only what the app uses. */
const securityHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react()],
  server: { headers: securityHeaders },
  preview: { headers: securityHeaders },
  worker: {
    format: 'es',
    // tfjs's threaded WASM starts its threads from the *source text* of a bundled function;
    // minified, that text refers to renamed outer variables ("ReferenceError: e is not
    // defined" in the thread). The worker bundle is therefore left unminified.
    rolldownOptions: { output: { minify: false } },
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  optimizeDeps: { exclude: ['@tensorflow/tfjs-backend-wasm'] },
});
