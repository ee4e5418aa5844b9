/**
 * The offline worker, built to dist/sw.js by build/build-sw.ts, which fills in the build's version and the files
 * to keep from the start (build/offline/precache.ts: the page, its shell, the first view's geometry, and what the
 * panels, the reader, the Sources view and the search need). Everything else the explainer fetches (MapLibre, the
 * detail geometry, the far context land, downloads) is kept the first time it is fetched. What each request gets is
 * src/lib/offline/policy.ts.
 *
 * A new version installs beside the old one and waits: the old one goes on serving its own files to the pages it
 * loaded, and the new one takes over on the next visit, deleting the old one's cache.
 */
import {
  cacheable,
  cacheName,
  installList,
  route,
  staleCaches,
  STATUS_REQUEST,
  type OfflineStatus,
} from '../lib/offline/policy.ts';

declare const __VERSION__: string;
declare const __PRECACHE__: string[];

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(__VERSION__);
/** Left in the cache by an activation that replaced an earlier version, until a page has been told. */
const UPDATED = new URL('sw-updated', sw.registration.scope).href;
/** On a save-data connection nothing is installed ahead: the page, too, is kept when it is first loaded. */
const KEEP_PAGE = installList(location.href, __PRECACHE__).length === 0;

sw.addEventListener('install', (event) => {
  // Revalidated rather than taken from the HTTP cache: the files must be this version's, index.html above all.
  const requests = installList(location.href, __PRECACHE__).map((path) => new Request(path, { cache: 'no-cache' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = staleCaches(await caches.keys(), __VERSION__);
      await Promise.all(stale.map((name) => caches.delete(name)));
      if (stale.length) await (await caches.open(CACHE)).put(UPDATED, new Response(__VERSION__));
    })(),
  );
});

async function fromCache(request: Request, key: RequestInfo, keep: boolean): Promise<Response> {
  const cache = await caches.open(CACHE);
  // The build's files are the same for every asker, so a `Vary: Origin` (as many servers send) must not turn a
  // script's request, which carries an Origin, away from the copy installed without one.
  const hit = await cache.match(key, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (keep && cacheable(response)) await cache.put(key, response.clone());
  return response;
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const facts = {
    url: request.url,
    method: request.method,
    mode: request.mode,
    destination: request.destination,
    scope: sw.registration.scope,
  };
  if (request.mode === 'navigate') {
    // The page itself: any address of the explainer is its one index.html (the view is in the hash).
    if (route(facts) === 'page') event.respondWith(fromCache(request, 'index.html', KEEP_PAGE));
    return;
  }
  // Whose request it is decides, and that takes a look up: until then, only what can never be ours is let go.
  if (
    route({ ...facts, client: { url: sw.registration.scope, frameType: 'top-level' } }) === 'network' ||
    !event.clientId
  )
    return;
  event.respondWith(
    sw.clients
      .get(event.clientId)
      .then((client) => (route({ ...facts, client }) === 'file' ? fromCache(request, request, true) : fetch(request))),
  );
});

sw.addEventListener('message', (event) => {
  const source = event.source;
  if (event.data !== STATUS_REQUEST || !(source instanceof WindowClient)) return;
  event.waitUntil(
    (async () => {
      const updated = await (await caches.open(CACHE)).delete(UPDATED);
      source.postMessage({ type: STATUS_REQUEST, version: __VERSION__, updated } satisfies OfflineStatus);
    })(),
  );
});
