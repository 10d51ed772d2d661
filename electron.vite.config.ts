import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * Hot reload in `npm run dev` needs an inline preamble script and a websocket; the built app never
 * does. Only the dev server's copy of the page gets the looser policy.
 */
const devServerCsp: Plugin = {
  name: 'mesochart-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
};

export default defineConfig({
  main: {
    build: {
      // node:sqlite and electron must stay external: they are provided by Electron's runtime.
      externalizeDeps: true,
      rollupOptions: {
        // The PDF export runs in a worker thread: its own entry, out/main/pdfWorker.js (electron/pdf/exportPdf.ts).
        input: { main: resolve('electron/main.ts'), pdfWorker: resolve('electron/pdf/exportWorker.ts') },
        external: ['electron', /^node:/],
      },
    },
  },
  preload: {
    build: {
      // A sandboxed renderer can only load a CommonJS preload.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react(), devServerCsp],
    build: {
      // Minified: the first screen waits on the browser reading this code (bench ui.first_screen_ms).
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
