import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentPlugin } from './scripts/content/vite-plugin.ts';
import { geoDataExport } from './geo/vite-plugin.ts';
import { historyPlugin } from './scripts/history-plugin.ts';

export default defineConfig({
  // Relative base: the build can be served from any path on any host or CDN.
  base: './',
  plugins: [svelte(), contentPlugin(), geoDataExport(), historyPlugin()],
  // MapLibre alone is a 1 MB chunk (loaded after the page shell, see README); warn only above that.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1100 },
  test: {
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
