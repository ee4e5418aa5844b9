import { readdirSync, readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../build/csp.ts';
import { compressible } from '../../build/deploy/compress.ts';
import { contentType, pathHeaders } from '../../build/deploy/headers.ts';
import { BUILD_SERVER, NGINX, NGINX_BROTLI, PREVIEW_ORIGIN } from './servers.ts';

// The headers of deploy/nginx/kurils.conf (from build/deploy/headers.ts) as nginx sends them, read back over HTTP
// without a browser, which would decode the body and hide the encoding. Run once, in the desktop project.
test.skip(
  BUILD_SERVER !== 'nginx',
  `the build is served by vite preview (no nginx at ${NGINX}), whose headers are not the shipped config's`,
);

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function fetchRaw(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    get(`${PREVIEW_ORIGIN}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

const asset = (pattern: RegExp) => {
  const name = readdirSync('dist/assets').find((file) => pattern.test(file));
  if (!name) throw new Error(`no file in dist/assets/ is ${pattern}`);
  return `assets/${name}`;
};

/** What a reader's browser and a news site's page fetch: [what, address, file in dist/]. */
const FILES: [string, string, string][] = [
  ['the page', '/', 'index.html'],
  ['the page in embed mode', '/?embed', 'index.html'],
  ['the embed', '/embed.html', 'embed.html'],
  ...(
    [
      ['a hashed script', asset(/^main-[\w-]{8}\.js$/)],
      ['a hashed stylesheet', asset(/^main-[\w-]{8}\.css$/)],
      ["MapLibre's worker", asset(/^maplibre-gl-worker-[\w-]{8}\.js$/)],
      ['a GeoJSON layer', asset(/^kunashir-[\w-]{8}\.geojson$/)],
      ['a TopoJSON layer', asset(/^overview\.topo-[\w-]{8}\.json$/)],
      ['the offline worker', 'sw.js'],
      ['the loader', 'embed.js'],
      ['the loader as an ES module', 'embed.mjs'],
      ['a download', 'data/islands.geojson'],
      ['the downloads’ list', 'data/manifest.json'],
      ['a file under 1 KB, sent as it is', asset(/^register-[\w-]{8}\.js$/)],
      // The web app manifest, once the build has one.
      ...readdirSync('dist')
        .filter((file) => file.endsWith('.webmanifest'))
        .map((file) => ['the web manifest', file]),
    ] as [string, string][]
  ).map(([what, file]): [string, string, string] => [what, `/${file}`, file]),
];

for (const [what, path, file] of FILES) {
  test(`${what} (${path}): its type, caching, policy and encodings`, async () => {
    const bytes = readFileSync(`dist/${file}`);
    const plain = await fetchRaw(path);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe(contentType(file));
    const own = pathHeaders(file);
    expect(plain.headers['cache-control']).toBe(own['Cache-Control']);
    // The loader only, for news sites' pages to import: every other file is the site's own.
    expect(plain.headers['access-control-allow-origin']).toBe(own['Access-Control-Allow-Origin']);
    expect(plain.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    // Any site may frame the embed, and the page with ?embed: neither names frame-ancestors.
    expect(plain.headers['content-security-policy']).not.toContain('frame-ancestors');
    expect(plain.headers['x-frame-options']).toBeUndefined();
    expect(plain.headers['x-content-type-options']).toBe('nosniff');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(bytes)).toBe(true);

    const precompressed = compressible(file, bytes.length);
    const gzip = await fetchRaw(path, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe(precompressed ? 'gzip' : undefined);
    expect(gzip.headers.vary).toBe(precompressed ? 'Accept-Encoding' : undefined);
    if (precompressed) {
      expect(gzip.body.length).toBeLessThan(bytes.length);
      expect(gunzipSync(gzip.body).equals(bytes)).toBe(true);
    }
    // Brotli where nginx has ngx_brotli, else gzip.
    const either = await fetchRaw(path, { 'Accept-Encoding': 'gzip, br' });
    const served = precompressed ? (NGINX_BROTLI ? 'br' : 'gzip') : undefined;
    expect(either.headers['content-encoding']).toBe(served);
    if (served === 'br') expect(brotliDecompressSync(either.body).equals(bytes)).toBe(true);
  });
}

test('a page is revalidated, not downloaded again, while unchanged', async () => {
  const first = await fetchRaw('/embed.html');
  const again = await fetchRaw('/embed.html', { 'If-None-Match': first.headers.etag! });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
});

test('a hashed file that is missing is not kept: only what exists is immutable', async () => {
  const missing = await fetchRaw('/assets/main-00000000.js');
  expect(missing.status).toBe(404);
  expect(missing.headers['cache-control']).toBeUndefined();
  expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
});
