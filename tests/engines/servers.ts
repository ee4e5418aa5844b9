/**
 * The two servers of the cross-engine checks, in the runner's own process: the build (dist/) under the site's
 * Content Security Policy with the MIME types a host should send, and a news site's page on a second origin that
 * embeds it with the Share dialog's snippet and the loader.
 *
 * What every page does wrong is seen here rather than through each browser's own protocol (WebKitWebDriver has no
 * console or network events): every answer of 400 or more is logged, and every HTML page gets a probe script that
 * reports its uncaught errors, its console.error calls and its CSP violations back to the server that sent it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../build/csp.ts';
import { iframeSnippet } from '../../src/lib/embed/snippet.ts';
import { parseHash } from '../../src/lib/url/hash-state.ts';
import { callSource } from './in-page.ts';
// The types a host is told to send (the nginx config and _headers are written from the same list).
import { CONTENT_TYPES } from '../../build/deploy/headers.ts';

export const SITE_PORT = Number(process.env.ENGINES_SITE_PORT ?? 4280);
export const HOST_PORT = Number(process.env.ENGINES_HOST_PORT ?? 4480);
export const SITE = `http://127.0.0.1:${SITE_PORT}`;
export const HOST = `http://127.0.0.1:${HOST_PORT}`;

const PROBE_PATH = '/__engines/probe.js';
const REPORT_PATH = '/__engines/report';

/** Runs first in every page, before the page's own scripts (a classic script at the top of the head). */
function probe(reportPath: string): void {
  const report = (kind: string, text: string) =>
    navigator.sendBeacon(reportPath, JSON.stringify({ kind, text, page: location.href }));
  addEventListener('error', (e) => {
    // Resources that fail to load fire plain Events here; the server's log has those.
    if (e instanceof ErrorEvent) report('page error', e.message || String(e.error));
  });
  addEventListener('unhandledrejection', (e) => report('page error', `unhandled rejection: ${String(e.reason)}`));
  document.addEventListener(
    'securitypolicyviolation',
    (e) => report('CSP violation', `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    true,
  );
  const error = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    report('console error', args.map(String).join(' '));
    error(...args);
  };
}
const PROBE = `${callSource(probe, [REPORT_PATH])};`;
const PROBE_TAG = `<script src="${PROBE_PATH}"></script>`;

/** One thing a page did wrong: a request answered 400 or more, or a report of the probe. */
export interface Problem {
  kind: string;
  text: string;
}

export interface Servers {
  /** What went wrong since the last call, and forget it. */
  takeProblems(): Problem[];
  /** Every path the site server was asked for since the last call, and forget them. */
  takeRequests(): string[];
  /** Whether the site server answers only the probe, as if the network were cut (it drops every other request). */
  offline: boolean;
  /** The paths dropped while offline since the last call, and forget them. */
  takeDropped(): string[];
  /** Whether `.mjs` files go out as application/octet-stream, as some hosts send them. */
  mjsAsOctetStream: boolean;
  close(): Promise<void>;
}

const HOST_POLICY = `default-src 'self'; script-src 'self' ${SITE}; frame-src 'self' ${SITE}; style-src 'self'; img-src 'self'`;
const HOST_TEXT = '<p>A paragraph of the host article, long enough that the page scrolls around the embed.</p>'.repeat(
  8,
);

/** A host article embedding the explainer at a view (`?view=<hash>`), with the snippet a reader copies. */
function article(view: string): string {
  const snippet = iframeSnippet({
    app: `${SITE}/`,
    view: parseHash(view).state,
    options: { theme: 'auto', timeControl: true, height: null },
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${PROBE_TAG}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A news article</title></head>
<body><h1>A news article about the Kurils</h1>${HOST_TEXT.slice(0, 200)}${snippet}${HOST_TEXT}</body></html>`;
}

export async function startServers(root: string): Promise<Servers> {
  const dist = resolve(root, 'dist');
  let problems: Problem[] = [];
  let requests: string[] = [];
  let dropped: string[] = [];
  const state = { offline: false, mjsAsOctetStream: false };

  const fail = (res: ServerResponse, origin: string, path: string, status: number) => {
    problems.push({ kind: `HTTP ${status}`, text: `${origin}${path}` });
    res.writeHead(status, { 'content-type': 'text/plain' }).end('not found');
  };
  /** The probe and its reports, on either server: true when the request was one of them. */
  const probeRoutes = (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    if (path === PROBE_PATH) {
      res.writeHead(200, { 'content-type': CONTENT_TYPES.js!, 'cache-control': 'no-store' }).end(PROBE);
      return true;
    }
    if (path !== REPORT_PATH) return false;
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { kind, text, page } = JSON.parse(body) as { kind: string; text: string; page: string };
      problems.push({ kind, text: `${text} (${page})` });
      res.writeHead(204).end();
    });
    return true;
  };

  const site = createServer((req, res) => {
    const path = new URL(req.url ?? '/', SITE).pathname;
    if (probeRoutes(req, res, path)) return;
    requests.push(path);
    if (state.offline) {
      dropped.push(path);
      return void req.socket.destroy();
    }
    let file = normalize(join(dist, decodeURIComponent(path)));
    if (!file.startsWith(dist)) return fail(res, SITE, path, 403);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return fail(res, SITE, path, 404);
    const ext = extname(file);
    let body: Buffer | string = readFileSync(file);
    if (ext === '.html') {
      const charset = '<meta charset="utf-8" />';
      body = body.toString().replace(charset, `${charset}${PROBE_TAG}`);
    }
    const type = ext === '.mjs' && state.mjsAsOctetStream ? 'application/octet-stream' : CONTENT_TYPES[ext.slice(1)];
    res.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      // Nothing kept between checks: the check of .mjs's type must not get the worker an earlier check fetched.
      'cache-control': 'no-store',
    });
    res.end(body);
  });

  const host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', HOST);
    if (probeRoutes(req, res, url.pathname)) return;
    // The host's own icon, which browsers ask for: not the embed's business.
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (url.pathname !== '/article.html') return fail(res, HOST, url.pathname, 404);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES.html!,
      'content-security-policy': HOST_POLICY,
      'cache-control': 'no-store',
    });
    res.end(article(url.searchParams.get('view') ?? ''));
  });

  const listen = (server: Server, port: number) =>
    new Promise<void>((done, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is in use (ENGINES_*_PORT to change it)`) : error),
      );
      server.listen(port, '127.0.0.1', done);
    });
  await listen(site, SITE_PORT);
  await listen(host, HOST_PORT);

  const close = (server: Server) =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  return {
    takeProblems: () => {
      const taken = problems;
      problems = [];
      return taken;
    },
    takeDropped: () => {
      const taken = dropped;
      dropped = [];
      return taken;
    },
    takeRequests: () => {
      const taken = requests;
      requests = [];
      return taken;
    },
    get offline() {
      return state.offline;
    },
    set offline(value) {
      state.offline = value;
    },
    get mjsAsOctetStream() {
      return state.mjsAsOctetStream;
    },
    set mjsAsOctetStream(value) {
      state.mjsAsOctetStream = value;
    },
    close: async () => {
      await close(site);
      await close(host);
    },
  };
}
