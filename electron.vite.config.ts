// Builds main (+ headless entry), preload (CommonJS, for sandbox: true) and the renderer.
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

// Migrations are read from disk next to the bundle (see electron/core/db/migrate.ts).
const copyMigrations = {
  name: 'copy-migrations',
  closeBundle() {
    cpSync('electron/core/db/migrations', 'out/main/migrations', { recursive: true });
  },
};

export default defineConfig({
  main: {
    plugins: [copyMigrations],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          headless: resolve('electron/headless.ts'),
          // The process core runs in on the desktop (an Electron utilityProcess), forked as ./core-process.js.
          'core-process': resolve('electron/main/core-host/core-process.ts'),
          // Worker thread of big contact imports, loaded as ./normalize-worker.js beside the bundle.
          'normalize-worker': resolve('electron/core/broadcast/normalize-worker.ts'),
          // Worker thread that parses and prepares spreadsheet imports, loaded as ./sheet-worker.js.
          'sheet-worker': resolve('electron/core/broadcast/sheet-worker.ts'),
        },
        // Flat output so import.meta.url of every chunk sits beside out/main/migrations.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: { minify: true, rolldownOptions: { input: resolve('renderer/index.html') } },
  },
});
