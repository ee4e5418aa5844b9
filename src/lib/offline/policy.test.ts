import { describe, expect, it } from 'vitest';
import {
  cacheable,
  cacheName,
  installList,
  readStatus,
  route,
  staleCaches,
  STATUS_REQUEST,
  workerUrl,
  type RequestFacts,
} from './policy.ts';

const SCOPE = 'https://news.example/kurils/';
const PAGE = { url: `${SCOPE}#island=kunashir`, frameType: 'top-level' as const };

function facts(url: string, extra: Partial<RequestFacts> = {}): RequestFacts {
  return { url, method: 'GET', mode: 'cors', destination: 'script', scope: SCOPE, client: PAGE, ...extra };
}

const navigation = (url: string, destination: RequestDestination = 'document') =>
  facts(url, { mode: 'navigate', destination, client: undefined });

describe('offline caches', () => {
  it('names one cache per version and deletes only this site’s other versions', () => {
    expect(cacheName('abc')).toBe('kurils-abc');
    expect(staleCaches(['kurils-old', 'kurils-abc', 'another-site', 'kurils-older'], 'abc')).toEqual([
      'kurils-old',
      'kurils-older',
    ]);
    expect(staleCaches(['kurils-abc'], 'abc')).toEqual([]);
  });

  it('keeps only complete same-origin answers', () => {
    expect(cacheable({ ok: true, status: 200, type: 'basic' })).toBe(true);
    expect(cacheable({ ok: true, status: 206, type: 'basic' })).toBe(false);
    expect(cacheable({ ok: false, status: 404, type: 'basic' })).toBe(false);
    expect(cacheable({ ok: false, status: 0, type: 'opaque' })).toBe(false);
    expect(cacheable({ ok: true, status: 200, type: 'cors' })).toBe(false);
  });
});

describe('offline routes', () => {
  it('serves the explainer’s page for its own addresses in a top-level window', () => {
    expect(route(navigation(SCOPE))).toBe('page');
    expect(route(navigation(`${SCOPE}index.html#event=1956-joint-declaration`))).toBe('page');
    expect(route(navigation(`${SCOPE}?utm_source=x`))).toBe('page');
  });

  it('leaves the embed, a framed page and other pages to the network', () => {
    expect(route(navigation(`${SCOPE}embed.html`))).toBe('network');
    expect(route(navigation(`${SCOPE}?embed`))).toBe('network');
    expect(route(navigation(SCOPE, 'iframe'))).toBe('network');
    expect(route(navigation(`${SCOPE}data/events.csv`))).toBe('network');
  });

  it('serves the build’s files to the explainer’s page only', () => {
    const file = `${SCOPE}assets/main-abc12345.js`;
    expect(route(facts(file))).toBe('file');
    expect(route(facts(file, { client: { url: `${SCOPE}embed.html`, frameType: 'top-level' } }))).toBe('network');
    expect(route(facts(file, { client: { url: `${SCOPE}?embed&theme=dark`, frameType: 'top-level' } }))).toBe(
      'network',
    );
    expect(route(facts(file, { client: { url: SCOPE, frameType: 'nested' } }))).toBe('network');
    expect(route(facts(file, { client: undefined }))).toBe('network');
  });

  it('never answers another host, another directory or anything but a GET', () => {
    expect(route(facts('https://tiles.example/kurils/assets/main.js'))).toBe('network');
    expect(route(facts('https://news.example/other/assets/main.js'))).toBe('network');
    expect(route(facts(`${SCOPE}assets/main.js`, { method: 'POST' }))).toBe('network');
    expect(route({ ...navigation(SCOPE), method: 'HEAD' })).toBe('network');
  });
});

describe('offline status message', () => {
  it('reads the worker’s answer and nothing else', () => {
    expect(readStatus({ type: STATUS_REQUEST, version: 'abc', updated: true })).toEqual({
      type: STATUS_REQUEST,
      version: 'abc',
      updated: true,
    });
    expect(readStatus({ type: STATUS_REQUEST, version: 'abc', updated: 'yes' })).toBeNull();
    expect(readStatus({ type: 'other', version: 'abc', updated: false })).toBeNull();
    expect(readStatus('kurils-offline-status')).toBeNull();
    expect(readStatus(null)).toBeNull();
  });
});

describe('a connection that asks to save data', () => {
  const precache = ['index.html', 'assets/main-abc.js'];

  it('registers the worker that installs nothing ahead', () => {
    expect(workerUrl(true)).toBe('./sw.js?save-data');
    expect(installList(new URL(workerUrl(true), SCOPE).href, precache)).toEqual([]);
  });

  it('otherwise installs the build’s list', () => {
    expect(workerUrl(false)).toBe('./sw.js');
    expect(installList(new URL(workerUrl(false), SCOPE).href, precache)).toEqual(precache);
  });
});
