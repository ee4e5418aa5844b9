/**
 * The figures of the build that the docs give (sizes that move with the content and the code), each found in its
 * file by a pattern and compared with what the build in dist/ measures, so that none goes stale unnoticed.
 * `npx tsx build/doc-figures.ts` checks them; `npm test` runs it after the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ENCODINGS } from './deploy/headers.ts';
import { builtFiles, detailStems, precacheBytes, precacheList } from './offline/precache.ts';
import { POSTER_ID } from '../src/poster/handover.ts';

export interface Figure {
  /** The file that states it, from the repository's root. */
  file: string;
  /** Finds it in the file, its lines joined with single spaces: the number is the first group. */
  pattern: RegExp;
  /** What the number counts: files, or kilobytes or megabytes of 1,024. */
  unit: 'files' | 'KB' | 'MB';
  /** What the build measures, in that unit. */
  measured: number;
}

const decimals = (written: string) => written.split('.')[1]?.length ?? 0;

/** How far a stated figure may be from the build: a count not at all; a size 1 %, or half its last digit. */
function tolerance(figure: Figure, written: string): number {
  return figure.unit === 'files' ? 0 : Math.max(figure.measured / 100, 0.5 / 10 ** decimals(written));
}

/** Why the figure as its file states it is wrong, or null when it is within tolerance of the build. */
export function staleFigure(text: string, figure: Figure): string | null {
  const match = figure.pattern.exec(text.replace(/\s+/g, ' '));
  if (!match) return `${figure.file}: no text matches ${figure.pattern}: change the pattern in build/doc-figures.ts`;
  const written = match[1]!;
  if (Math.abs(Number(written) - figure.measured) <= tolerance(figure, written)) return null;
  const now = figure.measured.toFixed(decimals(written));
  return `${figure.file}: "${match[0]}" is stale: the build now has ${now} ${figure.unit}, not ${written}`;
}

const KB = 1024;
const MB = KB * KB;
const gzipped = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** The figures, measured in the build in dir. */
export function measureFigures(dir: string): Figure[] {
  const files = builtFiles(dir);
  const precache = precacheList(files, detailStems());

  const search = files.filter((file) => /^assets\/search-view-[\w-]{8}\.js$/.test(file.path));
  if (search.length !== 1) throw new Error(`${dir}: ${search.length} search chunks (assets/search-view-*.js), not one`);

  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const poster = html.slice(html.indexOf(`<div id="${POSTER_ID}"`), html.indexOf('<div id="app"'));
  if (!poster) throw new Error(`${dir}/index.html: no poster before <div id="app">`);

  const copied = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith(ENCODINGS.gzip))
    .map((path) => path.slice(0, -ENCODINGS.gzip.length));
  const bytes = (suffix: string) => copied.reduce((sum, path) => sum + statSync(join(dir, path + suffix)).size, 0);

  return [
    { file: 'docs/offline.md', pattern: /(\d+) files, [\d.]+ KB gzipped/, unit: 'files', measured: precache.length },
    {
      file: 'docs/offline.md',
      pattern: /\d+ files, ([\d.]+) KB gzipped/,
      unit: 'KB',
      measured: precacheBytes(files, precache) / KB,
    },
    {
      file: 'docs/search.md',
      pattern: /one chunk \(([\d.]+) KB gzipped/,
      unit: 'KB',
      measured: gzipped(search[0]!.bytes) / KB,
    },
    {
      file: 'docs/benchmark.md',
      pattern: /the poster is ([\d.]+) KB gzipped/,
      unit: 'KB',
      measured: gzipped(Buffer.from(poster)) / KB,
    },
    { file: 'docs/deploying.md', pattern: /(\d+) files, [\d.]+ MB to/, unit: 'files', measured: copied.length },
    { file: 'docs/deploying.md', pattern: /files, ([\d.]+) MB to/, unit: 'MB', measured: bytes('') / MB },
    { file: 'docs/deploying.md', pattern: /MB to ([\d.]+) MB gzip/, unit: 'MB', measured: bytes(ENCODINGS.gzip) / MB },
    {
      file: 'docs/deploying.md',
      pattern: /MB gzip and ([\d.]+) MB brotli/,
      unit: 'MB',
      measured: bytes(ENCODINGS.br) / MB,
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = measureFigures('dist');
  const stale = figures.flatMap((figure) => staleFigure(readFileSync(figure.file, 'utf8'), figure) ?? []);
  for (const message of stale) console.error(message);
  if (stale.length > 0) process.exit(1);
  console.log(`docs: ${figures.length} figures of the build checked against dist/`);
}
