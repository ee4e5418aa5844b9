import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentPlugin } from './scripts/content/vite-plugin.ts';
import { geoDataExport } from './geo/vite-plugin.ts';
import { historyPlugin } from './scripts/history-plugin.ts';

export default defineConfig({
  // Relative base: the build can be served from any path on any host or CDN.
  base: './',
  plugins: [svelte(), contentPlugin(), geoDataExport(), historyPlugin()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
