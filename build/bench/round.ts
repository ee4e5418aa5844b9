/**
 * One round: one page (the explainer or the floor) opened in a fresh phone context, throttled or not, and what it
 * took: the time to the islands drawn and to the map fully interactive, the files it requested before each and by
 * idle, and its JS heap then.
 */
import type { Browser, Page, Request } from '@playwright/test';
import { phoneContext, throttle } from './browser.ts';
import { isMapLibre, kindOf, KINDS, type Kind } from './kinds.ts';
import { PAGE_HOOKS } from './page-hooks.ts';
import type { BenchServer } from './server.ts';

export type PageName = 'explainer' | 'floor';

export interface RequestRecord {
  path: string;
  kind: Kind;
  /** ms from the page's time origin to the request's start. */
  start: number;
  raw: number;
  gzip: number;
  mapLibre: boolean;
}

export type ByKind = Record<Kind | 'total', number>;

export interface RoundResult {
  page: PageName;
  throttled: boolean;
  /** ms from navigation start to the end of the first frame painted after the islands-drawn mark. */
  islandsDrawn: number | null;
  /** ms to the end of the frame after the map-ready mark (MapLibre's first complete frame; the floor's first idle). */
  interactive: number | null;
  bytesBeforeIslands: ByKind;
  /** What was requested before the map was fully interactive: the first view's bytes in all. */
  bytesBeforeInteractive: ByKind;
  bytesByIdle: ByKind;
  /** Main thread's JS heap in use at idle, after a garbage collection, bytes. */
  heap: number | null;
  requests: RequestRecord[];
  /** MapLibre files requested before the islands were drawn. */
  mapLibreBeforeIslands: string[];
  problems: string[];
}

export const PAGES: Record<
  PageName,
  { path: string; islandsMarks: string[]; readyMark: string; readySelector: string }
> = {
  // The explainer's HTML draws the islands (its poster, marked 'islands-drawn' by ./page-hooks.ts); its script's SVG
  // drawing marks 'sketch-ready' (src/App.svelte), taken if there is no poster, and 'map-ready' after that.
  explainer: {
    path: '/',
    islandsMarks: ['islands-drawn', 'sketch-ready', 'map-ready'],
    readyMark: 'map-ready',
    readySelector: '[data-map-ready="true"]',
  },
  floor: {
    path: '/floor/',
    islandsMarks: ['islands-drawn', 'map-ready'],
    readyMark: 'map-ready',
    readySelector: '[data-map-ready="true"]',
  },
};

export function sumByKind(requests: readonly RequestRecord[]): ByKind {
  const out = Object.fromEntries([...KINDS, 'total'].map((k) => [k, 0])) as ByKind;
  for (const r of requests) {
    out[r.kind] += r.gzip;
    out.total += r.gzip;
  }
  return out;
}

/** Evaluates `expression` in the page every 50 ms until it is true (then true) or `timeout` ms have passed (false). */
export async function poll(page: Page, expression: string, timeout: number): Promise<boolean> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await page.evaluate(expression).catch(() => false)) return true;
    await page.waitForTimeout(50);
  }
  return false;
}

interface BenchState {
  marks: Record<string, number>;
  painted: Record<string, number>;
}

export async function runRound(
  browser: Browser,
  server: BenchServer,
  name: PageName,
  throttled: boolean,
  text: (path: string) => string | undefined,
): Promise<RoundResult> {
  const spec = PAGES[name];
  const context = await phoneContext(browser);
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    await page.addInitScript(PAGE_HOOKS);
    const cdp = await context.newCDPSession(page);
    if (throttled) await throttle(page, cdp);
    const seen: { path: string; wall: number; request: Request }[] = [];
    let lastRequest = Date.now();
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== server.origin) return;
      lastRequest = Date.now();
      seen.push({ path: url.pathname, wall: Date.now(), request });
    });
    page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
    const slow = throttled ? 4 : 1;
    await page.goto(server.origin + spec.path, { waitUntil: 'commit', timeout: 60_000 * slow });
    const timeOrigin = (await page.evaluate('performance.timeOrigin')) as number;
    const state = () => page.evaluate('window.__bench') as Promise<BenchState>;
    const firstOf = (record: Record<string, number>, names: string[]) => {
      for (const n of names) if (record[n] !== undefined) return record[n]!;
      return null;
    };
    // Polled with page.evaluate: waitForFunction's string form needs eval, which the site's policy refuses.
    const islandsPainted = `(${JSON.stringify(spec.islandsMarks)}).some((m) => !!window.__bench && m in window.__bench.painted)`;
    if (!(await poll(page, islandsPainted, 60_000 * slow))) problems.push('the islands were not drawn in time');
    const readyPainted = `!!document.querySelector(${JSON.stringify(spec.readySelector)}) && !!window.__bench && ${JSON.stringify(spec.readyMark)} in window.__bench.painted`;
    if (!(await poll(page, readyPainted, 90_000 * slow))) problems.push('the map was not fully interactive in time');
    // Idle: nothing requested for 2 s (4 s throttled), at most 30 s (120 s) after the map was ready.
    const quiet = 2000 * (throttled ? 2 : 1);
    const until = Date.now() + 30_000 * slow;
    while (Date.now() < until && Date.now() - lastRequest < quiet) await page.waitForTimeout(250);
    const s = await state();
    const islandsDrawn = firstOf(s.painted, spec.islandsMarks);
    const interactive = s.painted[spec.readyMark] ?? null;
    let heap: number | null = null;
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    } catch {
      problems.push('no heap figure');
    }
    const requests: RequestRecord[] = [];
    for (const { path, wall, request } of seen) {
      const timing = request.timing();
      const start = (timing.startTime > 0 ? timing.startTime : wall) - timeOrigin;
      const size = server.sizeOf(path) ?? { raw: 0, gzip: 0 };
      requests.push({
        path,
        kind: kindOf(path),
        start,
        raw: size.raw,
        gzip: size.gzip,
        mapLibre: isMapLibre(path, text(path)),
      });
    }
    requests.sort((a, b) => a.start - b.start);
    const before = islandsDrawn === null ? [] : requests.filter((r) => r.start < islandsDrawn);
    await context.close();
    return {
      page: name,
      throttled,
      islandsDrawn,
      interactive,
      bytesBeforeIslands: sumByKind(before),
      bytesBeforeInteractive: sumByKind(interactive === null ? [] : requests.filter((r) => r.start < interactive)),
      bytesByIdle: sumByKind(requests),
      heap,
      requests,
      mapLibreBeforeIslands: before.filter((r) => r.mapLibre).map((r) => r.path),
      problems,
    };
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}
