/**
 * The versioned record (content/CHANGELOG.yaml, checked by build/content/changelog.ts) and what the build
 * derives from it: data/changelog.json, data/manifest.json (versions, last-changed day, every data file with its
 * size, licence and attribution), and the `virtual:record` module the Sources view loads.
 *
 * events.json and articles.json stay plain arrays as before; the manifest beside them says which content
 * version they are.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Content } from '../../src/lib/content/types.ts';
import { validateChangelog } from './changelog.ts';
import type { Changelog, SiteRecord } from '../../src/lib/sources/record.ts';
import { CITATION_TITLE } from '../../src/lib/cite/citation.ts';
import { DOWNLOADS } from '../../src/lib/sources/downloads.ts';
import { buildExports, type ExportFile } from './exports.ts';
import { ContentError, parseYamlFile, type ContentIssue, type LoadOptions } from './load.ts';

const REPO = resolve(fileURLToPath(import.meta.url), '../../..');
export const CHANGELOG_FILE = 'CHANGELOG.yaml';
/** The full-detail geometry the build publishes, with the profiles' populations, as data/islands.geojson (exports.ts). */
export const ISLANDS_GEOJSON = join(REPO, 'geo/out/islands.geojson');

/** The geometry's text, for `buildExports`. */
export function readIslandsGeometry(): string {
  return readFileSync(ISLANDS_GEOJSON, 'utf8');
}

/** Reads and checks content/CHANGELOG.yaml against the content. Throws a `ContentError` naming file and line. */
export function loadChangelog(content: Content, options: LoadOptions = {}): { changelog: Changelog; file: string } {
  const root = resolve(options.root ?? process.cwd());
  const abs = join(resolve(root, options.contentDir ?? 'content'), CHANGELOG_FILE);
  const shown = relative(root, abs).split(sep).join('/');
  const issues: ContentIssue[] = [];
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    throw new ContentError([{ file: shown, line: 1, message: 'missing: the record of corrections and changes (content/README.md)' }], [abs]);
  }
  const file = parseYamlFile(shown, text.replace(/^\uFEFF/, ''), issues);
  const r = validateChangelog(file, { events: content.events.map((e) => e.id), articles: content.articles.map((a) => a.id) });
  issues.push(...r.issues);
  if (!r.changelog || issues.length) throw new ContentError(issues, [abs]);
  return { changelog: r.changelog, file: abs };
}

/** `data/changelog.json`. */
export function changelogJson(changelog: Changelog): string {
  return JSON.stringify(changelog, null, 2) + '\n';
}

/** The record: the changelog, the versions and every download with the size the build gives it. */
export function buildRecord(content: Content, changelog: Changelog, geometry: string, appVersion: string): SiteRecord {
  const sizes = new Map(buildExports(content, geometry).map((f) => [f.fileName, Buffer.byteLength(f.source, 'utf8')]));
  sizes.set('data/changelog.json', Buffer.byteLength(changelogJson(changelog), 'utf8'));
  const downloads = DOWNLOADS.map((d) => {
    const bytes = sizes.get(d.file);
    if (bytes === undefined) throw new Error(`${d.file} is listed as a download but the build does not write it`);
    return { ...d, bytes };
  });
  return { title: CITATION_TITLE, appVersion, ...changelog, downloads };
}

/** `data/manifest.json`: which content version the data files are, and each file's size, licence and attribution. */
export function manifestJson(record: SiteRecord): string {
  const { title, appVersion, contentVersion, lastChanged } = record;
  const files = record.downloads.map(({ file, title, format, mediaType, bytes, licence, attribution }) => ({
    path: file.replace(/^data\//, ''),
    title,
    format,
    mediaType,
    bytes,
    licence,
    attribution,
  }));
  return JSON.stringify({ title, appVersion, contentVersion, lastChanged, files }, null, 2) + '\n';
}

/** Everything in one step, for the build: the record and the two files it adds under data/. */
export function recordOutputs(content: Content, options: LoadOptions = {}): { record: SiteRecord; files: ExportFile[]; watch: string[] } {
  const { changelog, file } = loadChangelog(content, options);
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
  const record = buildRecord(content, changelog, readIslandsGeometry(), pkg.version);
  return {
    record,
    files: [
      { fileName: 'data/changelog.json', source: changelogJson(changelog) },
      { fileName: 'data/manifest.json', source: manifestJson(record) },
    ],
    watch: [file, ISLANDS_GEOJSON],
  };
}
