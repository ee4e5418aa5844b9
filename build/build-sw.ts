/**
 * Builds the offline worker (src/sw/sw.ts) into dist/sw.js with the build's version and the files it keeps from
 * its install (build/offline/precache.ts). Fails if those files pass the budget docs/offline.md states, so the
 * worker's first download never grows unnoticed. Run by `npm run build`, after Vite's build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildVersion, precacheList, type BuiltFile } from './offline/precache.ts';

const OUT = 'dist';
const WORKER = 'sw.js';
/** Gzipped bytes of what the worker fetches at install; docs/offline.md promises this budget. */
export const PRECACHE_BUDGET = 230 * 1024;

function builtFiles(dir: string): BuiltFile[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(dir, full).split(sep).join('/'), bytes: readFileSync(full) };
    })
    .filter((file) => file.path !== WORKER);
}

const files = builtFiles(OUT);
const detailStems = readdirSync('geo/out/detail')
  .filter((name) => name.endsWith('.geojson'))
  .map((name) => name.slice(0, -'.geojson'.length));
const precache = precacheList(files, detailStems);
const version = buildVersion(files);
const bytes = new Map(files.map((file) => [file.path, file.bytes]));
const size = precache.reduce((sum, path) => sum + gzipSync(bytes.get(path)!, { level: 9 }).length, 0);

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
