import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';
import {
  cacheControl,
  CONTENT_TYPES,
  contentType,
  EVERY_RESPONSE,
  headersFile,
  IMMUTABLE,
  nginxConf,
  nginxFiles,
  pathHeaders,
  REVALIDATE,
} from './headers.ts';

const BUILD = [
  'index.html',
  'embed.html',
  'embed.js',
  'embed.mjs',
  'sw.js',
  'assets/main-b4SLtLh1.js',
  'assets/main-D_qySvQ7.css',
  'assets/maplibre-gl-worker-CZtFQQIV.mjs',
  'assets/overview.topo-DOnAjZs4.json',
  'assets/kunashir-4BwX9p2T.geojson',
  'data/events.csv',
  'data/islands.geojson',
  'data/manifest.json',
  'site.webmanifest',
];

/** The headers a `_headers` file gives a path, as Netlify and Cloudflare Pages apply it: every matching rule's. */
function headersOf(file: string, path: string): [string, string][] {
  const blocks = file
    .split('\n')
    .filter((line) => !line.startsWith('#') && line !== '')
    .reduce<{ pattern: string; headers: [string, string][] }[]>((rules, line) => {
      if (line.startsWith('/')) rules.push({ pattern: line, headers: [] });
      else
        rules.at(-1)!.headers.push(
          line
            .trim()
            .split(/: (.*)/s)
            .slice(0, 2) as [string, string],
        );
      return rules;
    }, []);
  const matches = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
  return blocks.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers);
}

describe('deploy headers', () => {
  it('lets any site load the loader, as an ES module too, and nothing else', () => {
    expect(pathHeaders('embed.mjs')['Access-Control-Allow-Origin']).toBe('*');
    expect(pathHeaders('embed.js')['Access-Control-Allow-Origin']).toBe('*');
    for (const path of ['index.html', 'embed.html', 'data/events.json', 'assets/main-b4SLtLh1.js'])
      expect(pathHeaders(path)['Access-Control-Allow-Origin'], path).toBeUndefined();
  });

  it('keeps the hashed files a year and has everything else revalidated', () => {
    expect(cacheControl('assets/main-b4SLtLh1.js')).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    for (const path of ['index.html', 'embed.html', 'sw.js', 'embed.js', 'data/events.json'])
      expect(cacheControl(path), path).toBe(REVALIDATE);
    expect(REVALIDATE).toBe('no-cache');
  });

  it('names the types that servers get wrong or lack', () => {
    expect(contentType('assets/maplibre-gl-worker-CZtFQQIV.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentType('assets/main-b4SLtLh1.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('data/islands.geojson')).toBe('application/geo+json');
    expect(contentType('assets/overview.topo-DOnAjZs4.json')).toBe('application/json');
    expect(contentType('site.webmanifest')).toBe('application/manifest+json');
    expect(contentType('notes.xyz')).toBeUndefined();
  });

  it('sends the site’s policy with every response, and no frame-ancestors: any site may frame the embed', () => {
    expect(EVERY_RESPONSE['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('gives each path of the build every header once, in _headers', () => {
    const rules = headersFile(BUILD);
    // Cloudflare Pages serves the pages without `.html`.
    const paths: [string, string][] = [
      ...BUILD.map((file): [string, string] => [`/${file}`, file]),
      ['/', 'index.html'],
      ['/embed', 'embed.html'],
    ];
    for (const [path, file] of paths) {
      const headers = headersOf(rules, path);
      const names = headers.map(([name]) => name);
      expect(new Set(names).size, `${path}: ${names.join(', ')}`).toBe(names.length);
      const expected = { ...EVERY_RESPONSE, ...pathHeaders(file) };
      // An extensionless page has the host's own text/html.
      if (path.includes('.')) Object.assign(expected, { 'Content-Type': contentType(file) });
      expect(Object.fromEntries(headers), path).toEqual(expected);
    }
  });

  it('sets the same headers in nginx, each location repeating what it would otherwise drop', () => {
    const conf = nginxConf();
    const addHeaders = (text: string) =>
      Object.fromEntries(
        [...text.matchAll(/^\s*add_header (\S+) "([^"]*)"( always)?;$/gm)].map(([, name, value]) => [name, value]),
      );
    const locations = [...conf.matchAll(/^location ~ (\S+) \{\n([^}]*)^\}/gm)];
    expect(locations.map(([, pattern]) => pattern)).toEqual(['/assets/[^/]+$', '/(embed\\.js|embed\\.mjs)$']);
    expect(addHeaders(conf.slice(0, locations[0]!.index))).toEqual({ ...EVERY_RESPONSE, ...pathHeaders('index.html') });
    expect(addHeaders(locations[0]![2]!)).toEqual({ ...EVERY_RESPONSE, ...pathHeaders('assets/main-b4SLtLh1.js') });
    expect(addHeaders(locations[1]![2]!)).toEqual({ ...EVERY_RESPONSE, ...pathHeaders('embed.mjs') });
    for (const ext of Object.keys(CONTENT_TYPES))
      expect(conf).toMatch(new RegExp(`^ {4}\\S+ +(\\S+ )*${ext}[ ;]`, 'm'));
    expect(conf).toMatch(/^gzip_static on;$/m);
  });

  it('is what deploy/nginx/ ships (after a change here: npx tsx build/deploy/write-nginx.ts)', () => {
    for (const [path, text] of Object.entries(nginxFiles())) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });
});
