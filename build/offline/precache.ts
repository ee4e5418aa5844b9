/**
 * Which built files the offline worker keeps from its install (src/sw/sw.ts), and the build's version.
 *
 * Kept from the start: the explainer's page, its shell and the first view's geometry, and the chunks that a panel,
 * the reader, the Sources view and the search with its index need, so that an island opens and a quote is found
 * offline even if the first visit did neither. Kept only once used: what is heavy and only makes the view finer
 * (MapLibre and its worker, the detail geometry, the far context land) and the downloads under data/. Never: the
 * embed's files, which the worker never serves.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ENCODINGS } from '../deploy/headers.ts';

export interface BuiltFile {
  /** Relative to dist/, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

/** The worker's own file, which it does not keep. */
export const WORKER = 'sw.js';

/** The build's files in dir but the worker and the .gz and .br copies (which build/build-deploy.ts writes later). */
export function builtFiles(dir: string): BuiltFile[] {
  const copies = Object.values(ENCODINGS);
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== WORKER && !copies.some((suffix) => path.endsWith(suffix)))
    .map((path) => ({ path, bytes: readFileSync(join(dir, path)) }));
}

/** The names of geo/out/detail/'s files without `.geojson`: the detail geometry, kept only once used. */
export function detailStems(): string[] {
  return readdirSync('geo/out/detail')
    .filter((name) => name.endsWith('.geojson'))
    .map((name) => name.slice(0, -'.geojson'.length));
}

/** What the worker fetches at install, in bytes gzipped at level 9: its first download. */
export function precacheBytes(files: readonly BuiltFile[], list: readonly string[]): number {
  const bytes = new Map(files.map((file) => [file.path, file.bytes]));
  return list.reduce((sum, path) => sum + gzipSync(bytes.get(path)!, { level: 9 }).length, 0);
}

const ON_DEMAND = [/^assets\/maplibre-/, /^assets\/context-far\.topo-/];

/** Built files kept at install, from dist/'s files and the names of geo/out/detail/'s files (without `.geojson`). */
export function precacheList(files: readonly BuiltFile[], detailStems: readonly string[]): string[] {
  const detail = detailStems.map(
    (stem) => new RegExp(`^assets/${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[\\w-]{8}\\.geojson$`),
  );
  return files
    .map((file) => file.path)
    .filter((path) => path === 'index.html' || path.startsWith('assets/'))
    .filter((path) => !ON_DEMAND.some((pattern) => pattern.test(path)) && !detail.some((pattern) => pattern.test(path)))
    .sort();
}

/** A build's version: a digest of every file it has, so that any change to any file is a new version. */
export function buildVersion(files: readonly BuiltFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1)))
    hash.update(file.path).update('\0').update(file.bytes).update('\0');
  return hash.digest('hex').slice(0, 16);
}
