/**
 * What the service worker (src/sw/sw.ts) does with each request and with the caches it finds, as pure functions.
 *
 * One cache per build, named after the build's version: activating a version deletes every other version's cache,
 * so nothing is ever served across versions. The worker answers only the full explainer in a top-level window;
 * the embed (in a host's iframe, or `?embed` / `embed.html` anywhere) always goes to the network as if there were
 * no worker at all.
 */
import { isEmbedUrl } from '../embed/options.ts';

const CACHE_PREFIX = 'kurils-';

/** The Cache Storage name of a build's files. */
export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** This site's caches other than `version`'s: what activating `version` deletes. Other sites' caches stay. */
export function staleCaches(names: readonly string[], version: string): string[] {
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName(version));
}

/**
 * - `page`: the explainer's page (index.html), from the cache, else the network;
 * - `file`: one of the build's files for the explainer's page, from the cache, else the network (and then cached);
 * - `network`: not the worker's business (another host, a POST, the embed), as if there were no worker.
 */
export type Route = 'page' | 'file' | 'network';

/** A client's `frameType` (the WebWorker lib's FrameType, which the page's DOM lib lacks). */
export type ClientFrame = 'auxiliary' | 'nested' | 'none' | 'top-level';

export interface RequestFacts {
  url: string;
  method: string;
  mode: RequestMode;
  destination: RequestDestination;
  /** The worker's scope: the directory the build is served from. */
  scope: string;
  /** The window (or worker) the request comes from; absent for navigations. */
  client?: { url: string; frameType: ClientFrame };
}

/** The explainer's page, not the embed: the scope's directory itself or its index.html, without `?embed`. */
function isExplainerPage(url: URL, scope: URL): boolean {
  const path = url.pathname.slice(scope.pathname.length);
  return (path === '' || path === 'index.html') && !isEmbedUrl(url.pathname, url.search);
}

export function route(request: RequestFacts): Route {
  if (request.method !== 'GET') return 'network';
  const url = new URL(request.url);
  const scope = new URL(request.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return 'network';
  // `document` is a top-level navigation; an iframe's is `iframe`.
  if (request.mode === 'navigate')
    return request.destination === 'document' && isExplainerPage(url, scope) ? 'page' : 'network';
  const client = request.client;
  if (!client || client.frameType !== 'top-level') return 'network';
  return isExplainerPage(new URL(client.url), scope) ? 'file' : 'network';
}

/** Whether a response may be kept: a complete same-origin answer, not an error, a redirect or a partial range. */
export function cacheable(response: { ok: boolean; status: number; type: ResponseType }): boolean {
  return response.ok && response.status === 200 && response.type === 'basic';
}

/**
 * The worker's address: on a connection that asks to save data (`navigator.connection.saveData`, the browser's
 * data saver), with `?save-data`, and that worker installs nothing ahead and keeps only what the reader used.
 */
export function workerUrl(saveData: boolean): string {
  return saveData ? './sw.js?save-data' : './sw.js';
}

/** What a worker at `url` fetches at install: the build's list, or on a save-data connection nothing. */
export function installList(url: string, precache: readonly string[]): readonly string[] {
  return new URL(url).searchParams.has('save-data') ? [] : precache;
}

/** What a page asks its worker once it has loaded: which version serves it, and whether that is new since last time. */
export const STATUS_REQUEST = 'kurils-offline-status';

export interface OfflineStatus {
  type: typeof STATUS_REQUEST;
  version: string;
  /** True once, for the first page to ask after this version replaced an earlier one. */
  updated: boolean;
}

/** The worker's answer, or null for any other message. */
export function readStatus(data: unknown): OfflineStatus | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, version, updated } = data as Record<string, unknown>;
  return type === STATUS_REQUEST && typeof version === 'string' && typeof updated === 'boolean'
    ? { type, version, updated }
    : null;
}
