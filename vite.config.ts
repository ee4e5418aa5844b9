import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // Relative base: the build can be served from any path on any host or CDN.
  base: './',
  plugins: [svelte()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'geo/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
