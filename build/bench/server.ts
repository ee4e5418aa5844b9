/**
 * The benchmark's static server, on loopback: the build (dist/) at /, under the site's Content Security Policy as
 * `npm run preview` sends it, and the bare-MapLibre floor page (bench/floor/) at /floor/, with MapLibre from
 * node_modules and the geometry from geo/out. Every text file is sent gzip -9, as a host would; each response's
 * raw and gzip size is kept, by path, for the byte tables.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';
import { CONTENT_TYPES } from '../deploy/headers.ts';

export interface FileSize {
  raw: number;
  gzip: number;
}

export interface BenchServer {
  origin: string;
  /** Raw and gzip size of what the server sent for a path (as the browser asked for it, query left out). */
  sizeOf(path: string): FileSize | undefined;
  /** The file a path is served from, or null. */
  fileFor(path: string): string | null;
  close(): Promise<void>;
}

const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);

/** Where the floor page's files come from: /floor/maplibre/* and /floor/geo/* before /floor/*. */
const MOUNTS: [prefix: string, dir: string][] = [
  ['/floor/maplibre/', 'node_modules/maplibre-gl/dist'],
  ['/floor/geo/', 'geo/out'],
  ['/floor/', 'bench/floor'],
  ['/', 'dist'],
];

export function resolveFile(root: string, pathname: string): string | null {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix) && pathname !== prefix.slice(0, -1)) continue;
    const base = resolve(root, dir);
    let file = normalize(join(base, decodeURIComponent(pathname.slice(prefix.length - 1))));
    if (!file.startsWith(base)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : null;
  }
  return null;
}

export function startServer(port: number, root = process.cwd()): Promise<BenchServer> {
  const sizes = new Map<string, FileSize>();
  const cache = new Map<string, { body: Buffer; gzip: Buffer | null }>();
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const file = resolveFile(root, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    let entry = cache.get(file);
    if (!entry) {
      const body = readFileSync(file);
      entry = { body, gzip: COMPRESSED.has(ext) ? gzipSync(body, { level: 9 }) : null };
      cache.set(file, entry);
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? entry.gzip : null;
    sizes.set(pathname, { raw: entry.body.length, gzip: (entry.gzip ?? entry.body).length });
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[ext.slice(1)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
    };
    if (!pathname.startsWith('/floor/')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : (gzip ?? entry.body));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is in use: pass --port with a free loopback port`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () =>
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        sizeOf: (path) => sizes.get(path),
        fileFor: (path) => resolveFile(root, path),
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}
