/**
 * The checks, written once for every engine (./drivers.ts): the core paths of a reader, then four known bugs, each
 * in the engines that show it. A check throws to fail; what the pages did wrong meanwhile (./servers.ts's log, the
 * protocol's console) fails it too, unless the check leaves that problem to another check.
 */
import { PNG } from 'pngjs';
import type { Engine, Size, Tab } from './drivers.ts';
import type { InPage } from './in-page.ts';
import { HOST, SITE, type Problem, type Servers } from './servers.ts';

export interface Context {
  tab: Tab;
  servers: Servers;
  size: Size;
  /** Why a check passed with a caveat or was skipped, in a few words. */
  note(text: string): void;
}

export interface Check {
  name: string;
  /** The known bug it catches, for the report. */
  bug?: string;
  /** Where it runs: by default every engine at every size. */
  when?: (engine: Engine, size: Size) => boolean;
  /** Problems that are not this check's to judge (another check has them). */
  ignore?: (problem: Problem) => boolean;
  run(c: Context): Promise<void>;
}

const PHONE = 390;
const ISLANDS = ['Iturup', 'Kunashir', 'Shikotan', 'Habomai'] as const;
/** embed.html's request for /favicon.ico, judged once, by its own check. */
const FAVICON = (p: Problem) => p.kind === 'HTTP 404' && p.text === `${SITE}/favicon.ico`;

async function waitFor<A extends unknown[], T>(
  c: Context,
  what: string,
  fn: InPage<A, T>,
  args: A,
  timeout = 20_000,
  run: (fn: InPage<A, T>, ...args: A) => Promise<T> = (f, ...a) => c.tab.run(f, ...a),
): Promise<NonNullable<Awaited<T>>> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await run(fn, ...args).catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const exists = (selector: string) => document.querySelector(selector) !== null;
const click = (selector: string) => {
  const element = document.querySelector<HTMLElement>(selector);
  element?.click();
  return element !== null;
};

/** Loads a page of the site and waits until its map is drawn and working. */
async function openMap(c: Context, path: string): Promise<void> {
  await c.tab.goto(`${SITE}${path}`);
  await waitFor(c, 'the map (main[data-map-ready])', exists, ['main[data-map-ready="true"]'], 30_000);
}

/** Waits until the site has been asked for nothing for `quiet` ms: the detail geometry of a view has come. */
async function settle(c: Context, quiet = 600): Promise<void> {
  c.servers.takeRequests();
  for (let idle = 0; idle < quiet; idle += 100) {
    await new Promise((done) => setTimeout(done, 100));
    if (c.servers.takeRequests().length) idle = -100;
  }
}

async function selectIsland(c: Context, id: string, name: string): Promise<void> {
  if (!(await c.tab.run(click, `button[data-island="${id}"]`))) throw new Error(`no label for ${name}`);
  await waitFor(
    c,
    `the panel of ${name}`,
    // The heading carries the island's other names after its English one.
    (name) => document.getElementById('island-panel-title')?.textContent?.trim().startsWith(name),
    [name],
  );
}

const normalise = (s: string) =>
  s
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’′`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** Pixels of a screenshot, cropped to a rectangle in CSS pixels. */
function crop(png: Buffer, rect: { x: number; y: number; width: number; height: number }, scale: number) {
  const image = PNG.sync.read(png);
  const x0 = Math.max(0, Math.round(rect.x * scale));
  const y0 = Math.max(0, Math.round(rect.y * scale));
  const x1 = Math.min(image.width, Math.round((rect.x + rect.width) * scale));
  const y1 = Math.min(image.height, Math.round((rect.y + rect.height) * scale));
  const pixels: number[] = [];
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      pixels.push((image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!);
    }
  return pixels;
}

/**
 * The share of pixels over Shikotan's middle that its hatch changes: the map is shot with the hatch, then with the
 * hatch's paths unfilled. Labels are hidden for both, so that only the drawing is compared.
 */
async function hatchShare(c: Context, hash: string): Promise<number> {
  await openMap(c, `/embed.html${hash}`);
  await settle(c);
  const rect = await c.tab.run(() => {
    for (const element of document.querySelectorAll<HTMLElement>('.map-overlay, .svg-map-zoom'))
      element.style.visibility = 'hidden';
    const box = document
      .querySelector('svg.svg-map path[fill="url(#svg-map-hatch)"][data-area="shikotan"]')
      ?.getBoundingClientRect();
    const map = document.querySelector('svg.svg-map')!.getBoundingClientRect();
    if (!box) return null;
    // The middle of the island's box, within the map's: its edges are sea and coast.
    const left = Math.max(box.left + box.width * 0.3, map.left);
    const top = Math.max(box.top + box.height * 0.3, map.top);
    const right = Math.min(box.right - box.width * 0.3, map.right);
    const bottom = Math.min(box.bottom - box.height * 0.3, map.bottom);
    return { x: left, y: top, width: right - left, height: bottom - top, scale: devicePixelRatio };
  });
  if (!rect || rect.width < 10 || rect.height < 10) throw new Error(`Shikotan's hatch is not in view at ${hash}`);
  await new Promise((done) => setTimeout(done, 200));
  const hatched = crop(await c.tab.screenshot(), rect, rect.scale);
  await c.tab.run(() => {
    for (const path of document.querySelectorAll('svg.svg-map path[fill="url(#svg-map-hatch)"]'))
      path.setAttribute('fill', 'none');
  });
  await new Promise((done) => setTimeout(done, 200));
  const bare = crop(await c.tab.screenshot(), rect, rect.scale);
  return hatched.filter((p, i) => p !== bare[i]).length / hatched.length;
}

/** The outer height of the embed's iframe on the host page, and the height of the embed's content. */
async function embedHeights(c: Context): Promise<{ frame: number; content: number }> {
  const frame = await c.tab.run(() =>
    Math.round(document.querySelector('iframe[data-kurils-embed]')!.getBoundingClientRect().height),
  );
  const content = await c.tab.runInFrame('iframe[data-kurils-embed]', () =>
    Math.ceil(document.getElementById('app')!.getBoundingClientRect().height),
  );
  return { frame, content };
}

const serviceWorkerState = async () =>
  navigator.serviceWorker
    ? ((await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none')
    : 'unsupported';

/**
 * Unregisters the offline worker an earlier check's visit installed, and deletes its caches: what it kept (the
 * MapLibre worker, fetched with its right type) would answer for the server.
 */
async function forgetSite(c: Context): Promise<void> {
  await c.tab.goto(`${SITE}/embed.html`);
  await c.tab.run(async () => {
    for (const registration of (await navigator.serviceWorker?.getRegistrations()) ?? [])
      await registration.unregister();
    for (const name of await caches.keys()) await caches.delete(name);
  });
}

export const CHECKS: Check[] = [
  {
    name: 'map draws with its island labels',
    async run(c) {
      await openMap(c, '/');
      const labels = await c.tab.run(() =>
        [...document.querySelectorAll('button[data-island]')]
          .filter((b) => b.getClientRects().length > 0)
          .map((b) => b.getAttribute('aria-label') ?? ''),
      );
      for (const name of ISLANDS)
        if (!labels.some((label) => label.startsWith(`${name} (`)))
          throw new Error(`no visible label "${name} (…)": ${labels.join('; ')}`);
      const paths = await c.tab.run(() => document.querySelectorAll('svg.svg-map path.focus').length);
      if (paths < 5) throw new Error(`the map has ${paths} areas drawn`);
    },
  },
  {
    name: 'island panel quotes its sources verbatim',
    async run(c) {
      await openMap(c, '/');
      await selectIsland(c, 'kunashir', 'Kunashir');
      await waitFor(
        c,
        'the whole history (the positions heading)',
        () =>
          [...document.querySelectorAll('#island-panel h3, #island-panel h4')].some((h) =>
            h.textContent?.includes('positions'),
          ),
        [],
      );
      const { quotes, articles } = await c.tab.run(async () => ({
        quotes: [...document.querySelectorAll<HTMLElement>('#island-panel li.event blockquote > p')].map(
          (p) => p.innerText,
        ),
        articles: ((await (await fetch('/data/articles.json')).json()) as { text: string }[]).map((a) => a.text),
      }));
      if (quotes.length === 0) throw new Error('no quoted excerpt in the panel');
      const texts = articles.map(normalise);
      for (const quote of quotes)
        if (!texts.some((t) => t.includes(normalise(quote)))) throw new Error(`excerpt not in any article: ${quote}`);
      c.note(`${quotes.length} excerpts`);
    },
  },
  {
    name: 'year slider changes the map',
    async run(c) {
      await openMap(c, '/#year=1956');
      const shikotan = 'svg.svg-map path.focus[data-area="shikotan"]';
      const fill = (path: string) => document.querySelector(path)?.getAttribute('fill');
      const at1956 = await c.tab.run(fill, shikotan);
      const value = await c.tab.run(() => document.querySelector<HTMLInputElement>('input[type="range"]')?.value);
      if (value !== '1956') throw new Error(`the slider reads ${value} at #year=1956`);
      // Moved as a reader's drag ends: a value and its input event.
      await c.tab.run(() => {
        const input = document.querySelector<HTMLInputElement>('input[type="range"]')!;
        input.value = '1900';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await waitFor(c, 'year=1900 in the address', () => location.hash.includes('year=1900'), []);
      await waitFor(
        c,
        `Shikotan to change colour from ${at1956}`,
        (path: string, before: string | null) => document.querySelector(path)?.getAttribute('fill') !== before,
        [shikotan, at1956 ?? null],
        5000,
      );
    },
  },
  {
    name: 'search finds a quote',
    async run(c) {
      await openMap(c, '/#q=Lavrov');
      const links = await waitFor(
        c,
        'results in #search-panel',
        () => {
          const links = [...document.querySelectorAll('#search-panel a.result')].map((a) => a.getAttribute('href'));
          return links.length ? links : null;
        },
        [],
      );
      if (!links.some((href) => href?.includes('event=2015-lavrov-kishida-moscow')))
        throw new Error(`no result for the 2015 Lavrov–Kishida talks among ${links.length}`);
    },
  },
  {
    name: 'Sources lists the articles',
    async run(c) {
      await openMap(c, '/#sources');
      await waitFor(
        c,
        'the five articles in #sources-view',
        () => document.querySelectorAll('#sources-view li[data-article]').length === 5,
        [],
      );
      const heading = await c.tab.run(() => document.querySelector('#sources-view h2, h2#sources-title')?.textContent);
      if (!heading?.includes('Sources')) throw new Error(`the Sources view's heading reads ${heading}`);
    },
  },
  {
    name: 'MapLibre takes over after a zoom',
    async run(c) {
      await openMap(c, '/');
      await c.tab.run(click, 'button[aria-label="Zoom in"]');
      await waitFor(c, 'main[data-renderer="maplibre"]', exists, ['main[data-renderer="maplibre"]'], 30_000);
      await settle(c);
      const rect = await c.tab.run(() => {
        const r = document.querySelector('canvas.maplibregl-canvas')?.getBoundingClientRect();
        return r && { x: r.x, y: r.y, width: r.width, height: r.height, scale: devicePixelRatio };
      });
      if (!rect) throw new Error('no canvas.maplibregl-canvas');
      const colours = new Set(crop(await c.tab.screenshot(), rect, rect.scale)).size;
      if (colours < 20) throw new Error(`MapLibre's canvas shows ${colours} colours: not drawn`);
    },
  },
  {
    name: 'embed sizes itself on a host page of another origin',
    async run(c) {
      await c.tab.goto(`${HOST}/article.html`);
      const inFrame = <A extends unknown[], T>(fn: InPage<A, T>, ...args: A) =>
        c.tab.runInFrame('iframe[data-kurils-embed]', fn, ...args);
      await waitFor(c, 'the embed’s map', exists, ['main[data-map-ready="true"]'], 30_000, inFrame);
      const follows = async (what: string) => {
        const end = Date.now() + 10_000;
        let heights = await embedHeights(c);
        while (Math.abs(heights.frame - heights.content) > 1) {
          if (Date.now() > end)
            throw new Error(`${what}: the iframe is ${heights.frame} px, its content ${heights.content} px`);
          await new Promise((done) => setTimeout(done, 100));
          heights = await embedHeights(c);
        }
        return heights.content;
      };
      const closed = await follows('closed');
      if (!(await inFrame(click, 'button[data-island="shikotan"]'))) throw new Error('no Shikotan label in the embed');
      await waitFor(
        c,
        'the panel to open',
        () => document.querySelector('#island-panel h2') !== null,
        [],
        20_000,
        inFrame,
      );
      await waitFor(
        c,
        'the content to grow',
        (closed) => document.getElementById('app')!.getBoundingClientRect().height > closed + 50,
        [closed],
        10_000,
        inFrame,
      );
      c.note(`${closed} px, then ${await follows('open')} px`);
    },
  },
  {
    name: 'hatch drawn on Shikotan at zoom 9 and 10',
    bug: 'WebKit drops the SVG hatch at zoom 9 and above',
    // The zoom decides, not the width: once, on the larger screen.
    when: (_engine, size) => size.width !== PHONE,
    ignore: FAVICON,
    async run(c) {
      const shares: string[] = [];
      let failed = '';
      for (const hash of ['#map=8.5/43.8/146.7', '#island=shikotan', '#map=10/43.8/146.7']) {
        const share = await hatchShare(c, hash);
        shares.push(`${hash} ${(share * 100).toFixed(0)} %`);
        // The stripes cover about a third of the island.
        if (share < 0.1) failed ||= hash;
      }
      if (failed) throw new Error(`no hatch at ${failed} (pixels the hatch changes: ${shares.join(', ')})`);
      c.note(shares.join(', '));
    },
  },
  {
    name: 'no ResizeObserver loop error over 16 loads of embed.html',
    bug: 'WebKit at 390 px: "ResizeObserver loop completed with undelivered notifications"',
    // About one load in six shows it: 16 loads miss it one run in twenty.
    when: (engine, size) => engine === 'webkit' && size.width === PHONE,
    ignore: FAVICON,
    async run(c) {
      for (let load = 1; load <= 16; load++) {
        await openMap(c, '/embed.html');
        await new Promise((done) => setTimeout(done, 300));
        const loop = [
          ...c.servers.takeProblems(),
          ...c.tab.takeErrors().map((text) => ({ kind: 'console error', text })),
        ]
          .map((p) => p.text)
          .filter((text) => /ResizeObserver/.test(text));
        if (loop.length) throw new Error(`load ${load}: ${loop[0]}`);
      }
    },
  },
  {
    name: 'embed.html makes no request answered 4xx',
    bug: 'embed.html has no icon link: the browser asks for /favicon.ico',
    async run(c) {
      await openMap(c, '/embed.html');
      // Browsers ask for the icon once the page has loaded.
      await settle(c, 1000);
    },
  },
  {
    name: 'works offline after a first visit',
    // The browsers' own messages about what the cut network did not answer (detail geometry the first visit
    // fetched before the worker was there to keep it); what the reader needs is checked below.
    ignore: (p) => /Failed to load resource: net::|NetworkError when attempting to fetch resource/.test(p.text),
    async run(c) {
      // A first visit: no worker or cache an earlier check's visits left (they may have registered it mid-check).
      await forgetSite(c);
      await openMap(c, '/');
      if ((await c.tab.run(serviceWorkerState)) === 'unsupported')
        return c.note('skipped: no service worker in this engine on http://127.0.0.1');
      const activated = async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated';
      await waitFor(c, 'the service worker to activate', activated, [], 30_000);
      c.servers.offline = true;
      try {
        await openMap(c, '/');
        await selectIsland(c, 'kunashir', 'Kunashir');
        await waitFor(c, 'the history', () => document.querySelectorAll('#island-panel li.event').length >= 5, []);
      } finally {
        c.servers.offline = false;
        const dropped = c.servers.takeDropped();
        const counts = new Map<string, number>();
        for (const path of dropped) counts.set(path, (counts.get(path) ?? 0) + 1);
        const asked = [...counts].map(([path, n]) => (n > 1 ? `${path} ×${n}` : path));
        if (asked.length) c.note(`asked the cut network for ${asked.join(', ')}`);
      }
    },
  },
  {
    name: 'a host sending .mjs as application/octet-stream: MapLibre starts or the page says it could not',
    bug: 'MapLibre’s .mjs worker fails with a non-JavaScript MIME type and the upgrade never settles',
    when: (_engine, size) => size.width !== PHONE,
    // Last: it clears the offline worker's store. MapLibre's failure is logged; what matters is what follows it.
    ignore: (p) => FAVICON(p) || p.kind === 'console error' || /worker/i.test(p.text),
    async run(c) {
      c.servers.mjsAsOctetStream = true;
      try {
        await forgetSite(c);
        await openMap(c, '/');
        await c.tab.run(click, 'button[aria-label="Zoom in"]');
        const outcome = await waitFor(
          c,
          'MapLibre or a notice that the full map could not start',
          () =>
            document.querySelector('main[data-renderer="maplibre"]')
              ? 'MapLibre'
              : [...document.querySelectorAll('[role="status"], [role="alert"]')]
                  .map((e) => e.textContent ?? '')
                  .find((t) => /full map could not|could not start/i.test(t)),
          [],
          15_000,
        );
        c.note(outcome === 'MapLibre' ? 'MapLibre took over' : `notice: ${outcome.trim()}`);
        await selectIsland(c, 'shikotan', 'Shikotan');
      } finally {
        c.servers.mjsAsOctetStream = false;
      }
    },
  },
];
