import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentPlugin } from './build/content/vite-plugin.ts';
import { recordPlugin } from './build/content/record-plugin.ts';
import { CONTENT_SECURITY_POLICY, cspMeta } from './build/csp.ts';
import { historyPlugin } from './build/history/vite-plugin.ts';
import { firstViewPreload } from './build/first-view/preload.ts';
import { posterPlugin } from './build/poster/plugin.ts';
import { searchIndexPlugin } from './build/search/vite-plugin.ts';

export default defineConfig({
  // Relative base: the build can be served from any path on any host or CDN.
  base: './',
  plugins: [
    svelte(),
    contentPlugin(),
    recordPlugin(),
    searchIndexPlugin(),
    historyPlugin(),
    cspMeta(),
    firstViewPreload(),
    posterPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the build targets but Safari before 17 preloads modules itself; there a preload is only skipped.
    modulePreload: { polyfill: false },
    // Every asset is a file of its own: the page fetch()es its geometry, and `connect-src 'self'` blocks data: URLs.
    assetsInlineLimit: 0,
    // MapLibre alone is a 1 MB chunk (loaded after the page shell, see docs/benchmark.md); warn only above that.
    chunkSizeWarningLimit: 1100,
    // Two pages over one app: the explainer, and its embed (the same root component in embed mode, see docs/embedding.md).
    rollupOptions: {
      input: { index: 'index.html', embed: 'embed.html' },
      output: {
        // The panels' code is fetched at idle, but V8 compiles a function only when first called: in the reader's first
        // tap. Chromium's explicit compile hint (from version 136) compiles the whole chunk as it loads instead.
        postBanner: (chunk) => (chunk.name === 'panel-views' ? '//# allFunctionsCalledOnLoad' : ''),
        // MapLibre's worker is a .mjs file; not every host types .mjs as JavaScript (older servers and some object
        // stores send application/octet-stream, and a worker will not start from that), but every host types .js.
        assetFileNames: (asset) =>
          asset.names.some((name) => name.endsWith('.mjs'))
            ? 'assets/[name]-[hash].js'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    // geo/'s tests need its own toolchain: `npm run test:geo`.
    include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
    // The tests are pure functions and build scripts with no module mocks or globals they change: one module
    // graph for all files (about 7 s on two cores instead of 19, most of it importing the same modules again).
    isolate: false,
  },
});
