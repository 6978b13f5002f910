/**
 * Vite configuration of the renderer: `npm run build:renderer` (run from the project root) builds
 * `renderer/index.html` and its React sources into `dist/renderer/`, with relative asset paths so the page
 * loads from the app's `app://zarzadzenia/` scheme inside Electron and from a local static server in the end-to-end tests.
 * The paths are relative to the project root, where npm runs scripts (this file is type-checked with the
 * renderer's DOM-only configuration, so it does not import Node's path module).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
