// Vite build of the browser app: relative asset paths, no external resources, one small bundle.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // Keep everything as files under 'self' so the CSP needs no data: scripts.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
});
