import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      // node:sqlite and electron must stay external: they are provided by Electron's runtime.
      externalizeDeps: true,
      rollupOptions: {
        input: { main: resolve('electron/main.ts') },
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
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
