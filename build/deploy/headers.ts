/**
 * The response headers the built site is served with, in one place: the nginx config a newsroom includes
 * (deploy/nginx/, written from here by build/deploy/write-nginx.ts, and held to it by a unit test) and the `_headers`
 * file that Netlify and Cloudflare Pages read (written into dist/ by build/build-deploy.ts) both come from here.
 *
 * Neither page sets `frame-ancestors`: the embed is `embed.html` and also `index.html?embed` (docs/embedding.md), and
 * a host may frame the full page too (src/offline/start.ts keeps it from registering a worker there), so any site may
 * frame either. A path-based rule could not tell `?embed` apart anyway.
 */
import { CONTENT_SECURITY_POLICY } from '../csp.ts';

/** Sent with every response. */
export const EVERY_RESPONSE: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Every file has its exact type (below): the browser need not guess, and must not.
  'X-Content-Type-Options': 'nosniff',
};

/** The folder of Vite's content-hashed files: a new version of one has a new name. */
export const HASHED_DIR = 'assets';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but revalidated on each use: the pages, sw.js, the loader and data/ keep their names across versions. */
export const REVALIDATE = 'no-cache';

/** Cache-Control of a built file, by its path relative to dist/. */
export function cacheControl(path: string): string {
  return path.startsWith(`${HASHED_DIR}/`) ? IMMUTABLE : REVALIDATE;
}

/** The host pages' loader (build/build-loader.ts), which news sites load from their own origin. */
export const LOADER = ['embed.js', 'embed.mjs'];
/** A module script from another origin loads only with CORS: `import … from '…/embed.mjs'` on a news site's page. */
export const CROSS_ORIGIN = { 'Access-Control-Allow-Origin': '*' };

/** The headers of a built file that depend on its path (relative to dist/): all but EVERY_RESPONSE and the type. */
export const pathHeaders = (path: string): Record<string, string> => ({
  'Cache-Control': cacheControl(path),
  ...(LOADER.includes(path) ? CROSS_ORIGIN : {}),
});

const UTF8 = '; charset=utf-8';

/**
 * Content-Type of every extension the build may write. nginx's own types (Debian's mime.types) lack `.mjs`,
 * `.geojson` and `.webmanifest`, and give `.js` the obsolete `application/javascript`.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: `text/html${UTF8}`,
  js: `text/javascript${UTF8}`,
  mjs: `text/javascript${UTF8}`,
  css: `text/css${UTF8}`,
  csv: `text/csv${UTF8}`,
  txt: `text/plain${UTF8}`,
  // JSON is UTF-8 by definition (RFC 8259): no charset.
  json: 'application/json',
  geojson: 'application/geo+json',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
};

/** A path's extension, after its last dot (`.topo.json` is `json`). */
export const extension = (path: string): string => path.slice(path.lastIndexOf('.') + 1);

/** Content-Type of a built file, or undefined for an extension no host here is told of. */
export const contentType = (path: string): string | undefined => CONTENT_TYPES[extension(path)];

/** The suffixes of the precompressed copies, by the Content-Encoding they are sent with. */
export const ENCODINGS = { gzip: '.gz', br: '.br' } as const;

const mimeOf = (type: string) => type.split(';')[0]!;

const headerLines = (headers: Readonly<Record<string, string>>, always: boolean, indent: string) =>
  Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value}"${always ? ' always' : ''};`);

/**
 * The nginx directives for the site, for a `server {}` or `location {}` of its own whose root is dist/ (or, under a
 * path, the folder that holds the build under that path's name). Valid in either: the hashed files' location is a
 * regular expression, not a prefix.
 */
export function nginxConf(): string {
  const byMime = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(CONTENT_TYPES))
    byMime.set(mimeOf(type), [...(byMime.get(mimeOf(type)) ?? []), ext]);
  // nginx adds the charset to text/html always, and warns when told to.
  const charsetTypes = [
    ...new Set(
      Object.values(CONTENT_TYPES)
        .filter((t) => t.endsWith(UTF8))
        .map(mimeOf)
        .filter((mime) => mime !== 'text/html'),
    ),
  ];
  const width = Math.max(...[...byMime.keys()].map((mime) => mime.length));
  // add_header in a location replaces every add_header of the level above, so the hashed files' repeats them.
  const always = (indent: string) => headerLines(EVERY_RESPONSE, true, indent);
  return [
    '# The explainer built (dist/): include this in the server {} or location {} that serves it, with `root` at dist/',
    '# (or, under a path, at the folder holding it by that name). Its add_header lines replace those of the levels',
    '# above (HSTS, say): repeat any you need in the same block.',
    '# Written by build/deploy/write-nginx.ts from build/deploy/headers.ts; a unit test fails if the two differ.',
    '',
    '# The types of every file the build writes, and no other (this replaces mime.types for this block).',
    'types {',
    ...[...byMime].map(([mime, exts]) => `    ${mime.padEnd(width)} ${exts.join(' ')};`),
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${charsetTypes.join(' ')};`,
    '',
    `# The build writes file${ENCODINGS.gzip} beside each file worth compressing: sent to browsers that accept gzip.`,
    '# For brotli (file.br), with the ngx_brotli module, also include kurils-brotli.conf.',
    'gzip_static on;',
    'gzip_vary on;',
    '',
    '# Pages, sw.js, data/ and the loader keep their names: revalidated on each use. Not on',
    '# errors (no `always`), so a 404 is never kept.',
    ...headerLines({ 'Cache-Control': REVALIDATE }, false, ''),
    ...always(''),
    '',
    `# Content-hashed: a new version has a new name, so a browser keeps each for a year without asking.`,
    `location ~ /${HASHED_DIR}/[^/]+$ {`,
    ...headerLines({ 'Cache-Control': IMMUTABLE }, false, '    '),
    ...always('    '),
    '}',
    '',
    '# The loader, for news sites to load from their own pages (as an ES module, only with CORS).',
    `location ~ /(${LOADER.map((name) => name.replaceAll('.', '\\.')).join('|')})$ {`,
    ...headerLines(pathHeaders(LOADER[0]!), false, '    '),
    ...always('    '),
    '}',
    '',
  ].join('\n');
}

/** The brotli counterpart of gzip_static, for nginx with ngx_brotli's static module loaded. */
export function nginxBrotliConf(): string {
  return [
    `# With ngx_brotli's static module loaded (Debian: libnginx-mod-http-brotli-static), include this after`,
    `# kurils.conf: it sends file${ENCODINGS.br}, which the build writes beside each file worth compressing, to browsers`,
    '# that accept brotli. Written by build/deploy/write-nginx.ts.',
    'brotli_static on;',
    '',
  ].join('\n');
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages) for a build with these files (relative to dist/). Both apply every
 * rule whose path matches and join two values of one header with a comma, so no two rules set one header for one
 * path: the rules of path headers name each top-level file and folder. Cloudflare Pages serves `name.html` at `/name`,
 * so a page's rules name both. Paths are from the site's root.
 */
export function headersFile(files: readonly string[]): string {
  const rules: [string, Record<string, string>][] = [['/*', { ...EVERY_RESPONSE }]];
  const tops = [...new Set(files.map((file) => file.split('/')[0]!))].sort();
  for (const top of tops) {
    const folder = files.some((file) => file.startsWith(`${top}/`));
    const cache = pathHeaders(folder ? `${top}/` : top);
    if (folder) rules.push([`/${top}/*`, cache]);
    else if (top === 'index.html') rules.push(['/', cache], ['/index.html', cache]);
    else if (extension(top) === 'html') rules.push([`/${top}`, cache], [`/${top.slice(0, -'.html'.length)}`, cache]);
    else rules.push([`/${top}`, cache]);
  }
  const extensions = [...new Set(files.map(extension))].sort();
  for (const ext of extensions) {
    const type = CONTENT_TYPES[ext];
    if (type) rules.push([`/*.${ext}`, { 'Content-Type': type }]);
  }
  const blocks = rules.map(([path, headers]) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Written by build/build-deploy.ts from build/deploy/headers.ts (as deploy/nginx/kurils.conf is).\n${blocks.join('\n')}\n`;
}

/** The nginx files the repository ships, by path, as these rules write them. */
export const nginxFiles = (): Record<string, string> => ({
  'deploy/nginx/kurils.conf': nginxConf(),
  'deploy/nginx/kurils-brotli.conf': nginxBrotliConf(),
});
