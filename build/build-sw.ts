/**
 * Builds the offline worker (src/sw/sw.ts) into dist/sw.js with the build's version and the files it keeps from
 * its install (build/offline/precache.ts). Fails if those files pass the budget docs/offline.md states, so the
 * worker's first download never grows unnoticed. Run by `npm run build`, after Vite's build.
 */
import { build } from 'vite';
import { buildVersion, builtFiles, detailStems, precacheBytes, precacheList, WORKER } from './offline/precache.ts';

const OUT = 'dist';
/** Gzipped bytes of what the worker fetches at install; docs/offline.md promises this budget. */
export const PRECACHE_BUDGET = 230 * 1024;

const files = builtFiles(OUT);
const precache = precacheList(files, detailStems());
const version = buildVersion(files);
const size = precacheBytes(files, precache);

await build({
  configFile: false,
  logLevel: 'warn',
  define: { __VERSION__: JSON.stringify(version), __PRECACHE__: JSON.stringify(precache) },
  build: {
    outDir: OUT,
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: 'src/sw/sw.ts', formats: ['iife'], name: 'kurilsOffline', fileName: () => WORKER },
  },
});

console.log(
  `dist/${WORKER}: version ${version}, keeps ${precache.length} files from install, ${(size / 1024).toFixed(1)} KB gzipped (budget ${PRECACHE_BUDGET / 1024} KB)`,
);
if (size > PRECACHE_BUDGET)
  throw new Error(`the offline worker's install fetches ${size} bytes gzipped, over its budget of ${PRECACHE_BUDGET}`);
