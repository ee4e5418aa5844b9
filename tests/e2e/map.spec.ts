import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import {
  ISLANDS,
  distinctColours,
  labelPoint,
  openFullMap,
  openMap,
  untilIdle,
  watchPage,
  zoomByHand,
} from './support.ts';

test('the map draws, with no foreign request and no console error', async ({ page }) => {
  const watch = watchPage(page);
  await openFullMap(page);
  const canvas = page.locator('canvas.maplibregl-canvas');
  expect(distinctColours(await canvas.screenshot())).toBeGreaterThan(3);
  for (const { name } of ISLANDS) {
    await expect(page.getByRole('button', { name: new RegExp(`^${name} \\(`) })).toBeVisible();
  }
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.errors).toEqual([]);
});

for (const { id, name } of ISLANDS) {
  test(`clicking ${name}'s land selects it`, async ({ page }) => {
    await openMap(page);
    const point = await labelPoint(page, id);
    await page.mouse.click(point.x, point.y);
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#island=${id}`));
  });
}

test('once MapLibre draws, a tap or a click on an island’s label opens its panel, and it stays open', async ({
  page,
  isMobile,
}) => {
  await openFullMap(page);
  const label = page.getByRole('button', { name: /^Kunashir \(/ });
  const box = (await label.boundingBox())!;
  if (isMobile) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  else await label.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kunashir' })).toBeVisible();
  await untilIdle(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Kunashir' })).toBeVisible();
  await expect(page).toHaveURL(/#island=kunashir$/);
});

test('the deep link #island=kunashir opens Kunashir', async ({ page }) => {
  await openMap(page, '#island=kunashir');
  await expect(page.getByRole('heading', { level: 2, name: 'Kunashir' })).toBeVisible();
  await expect(page.getByRole('complementary')).toContainText('km²');
  // The area's note follows the sentence before it as a sentence of its own.
  await expect(page.getByRole('complementary').locator('p.fine').first()).toContainText(/drawn on the map\. \S/);
});

test('a map= link shows that view', async ({ page }) => {
  await openMap(page, '#map=9/43.5/146.1');
  await expect(page).toHaveURL(/map=9\/43\.5\d*\/146\.1\d*/);
});

test('an unknown island shows the overview with a notice', async ({ page }) => {
  const watch = watchPage(page);
  await openMap(page, '#island=atlantis&map=oops');
  await expect(page.getByRole('status').filter({ hasText: 'atlantis' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});

test('clicking the sea closes the panel and returns focus to the label', async ({ page }) => {
  await openMap(page, '#island=shikotan');
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
  await page.mouse.click(40, 300);
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Shikotan \(/ })).toBeFocused();
});

test('a malformed part of a link is dropped with a notice, the rest still opens', async ({ page }) => {
  const watch = watchPage(page);
  await openMap(page, '#island=iturup&year=1700&view=martian');
  await expect(page.getByRole('heading', { level: 2, name: 'Iturup' })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'year in the link' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('point of view');
  expect(watch.errors).toEqual([]);
});

test('the panel heading carries the island’s English, Japanese and Russian names', async ({ page }) => {
  await openMap(page, '#island=shikotan');
  const heading = page.getByRole('heading', { level: 2, name: /^Shikotan/ });
  await expect(heading).toContainText('色丹島');
  await expect(heading).toContainText('Шикотан');
});

test('the overview names the seas and towns around the islands, each whole on screen', async ({ page }, testInfo) => {
  await openMap(page);
  // A phone frames the disputed islands and Hokkaido's eastern end, where Nemuro is; a desktop all of Hokkaido.
  const town = testInfo.project.name === 'phone' ? 'Nemuro' : 'Sapporo';
  for (const name of ['Sea of Okhotsk', 'Pacific Ocean', town]) {
    const label = page.locator('[data-place]', { hasText: name });
    await expect(label).toBeInViewport({ ratio: 1 });
  }
});

test('the HTML asks for the first view’s geometry and drawing code, and the page uses those very downloads', async ({
  page,
}) => {
  await openMap(page);
  const { entries, parsed } = await page.evaluate(() => ({
    entries: performance
      .getEntriesByType('resource')
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })),
    // Parsing ends before the page's module script runs: only the HTML can have asked for a file before then.
    parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
  }));
  for (const file of [/overview\.topo-/, /\/boundaries-/, /\/places-/, /\/svg-renderer-/, /\/_virtual_history-/]) {
    const fetched = entries.filter((e) => file.test(e.path));
    // One download each: a second would mean the page's own request did not use the preloaded one.
    expect(fetched, String(file)).toHaveLength(1);
    expect(fetched[0]!.start, String(file)).toBeLessThan(parsed);
  }
});

test('the first view is the SVG drawing: MapLibre is fetched only when the reader first pans or zooms, and takes over where it stands', async ({
  page,
}) => {
  const maplibre: string[] = [];
  page.on('request', (r) => /maplibre/.test(new URL(r.url()).pathname) && maplibre.push(r.url()));
  // Nor is the context land: the first view reads it from the HTML's poster. It comes at full detail with the first
  // pan or zoom, with the land no first view shows (Kamchatka, the northern Kurils).
  const far: string[] = [];
  page.on(
    'request',
    (r) => /\/context(-far)?\.topo-/.test(new URL(r.url()).pathname) && far.push(new URL(r.url()).pathname),
  );
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/maplibre-renderer-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openMap(page);
  await expect(page.locator('svg.svg-map')).toBeVisible();
  // A tap and the panel's content are not a reason to fetch MapLibre; the browser has been idle since.
  await page.getByRole('button', { name: /^Shikotan \(/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
  await untilIdle(page);
  expect(maplibre).toEqual([]);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
  expect(far).toEqual([]);

  const before = await page.evaluate(() => location.hash);
  await page.locator('svg.svg-map').focus();
  await page.keyboard.press('+');
  await expect.poll(() => maplibre.length).toBeGreaterThan(0);
  await expect.poll(() => far.length).toBe(2);
  expect(
    far.some((path) => /\/context\.topo-/.test(path)) && far.some((path) => /\/context-far\.topo-/.test(path)),
  ).toBe(true);
  // The zoom comes to rest in the drawing, and MapLibre takes over exactly there.
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);
  const view = await page.evaluate(() => location.hash);
  release();
  await expect(page.locator('main[data-renderer="maplibre"]')).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('svg.svg-map')).toHaveCount(0);
  await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
  expect(await page.evaluate(() => location.hash)).toBe(view);
});

test('keyboard: Enter on a label opens the panel, Escape closes it and returns focus', async ({ page }) => {
  await openMap(page);
  const label = page.getByRole('button', { name: /^Shikotan \(/ });
  await label.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(label).toBeFocused();
});

test('zooming into Habomai loads its full-detail coastline', async ({ page }) => {
  const detail = page.waitForRequest((r) => /habomai[^/]*\.geojson$/.test(new URL(r.url()).pathname));
  await openMap(page, '#map=11/43.45/146.0');
  await detail;
});

test('zoomed in, an island whose detail cannot load is still drawn and selectable', async ({ page }) => {
  await page.route(/shikotan[^/]*\.geojson$/, (route) => route.abort());
  await openMap(page, '#map=9.5/43.82/146.72');
  const point = await labelPoint(page, 'shikotan');
  await page.mouse.click(point.x, point.y);
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
});

test('the overview control returns to all five areas', async ({ page }) => {
  await openMap(page, '#map=11/43.45/146.0');
  await page.getByRole('button', { name: 'Show all islands' }).click();
  for (const { name } of ISLANDS) {
    await expect(page.getByRole('button', { name: new RegExp(`^${name} \\(`) })).toBeInViewport();
  }
});

test('a map file that cannot be fetched is named in the message, with what went wrong', async ({ page }) => {
  await page.route(/\/assets\/overview\.topo-[^/]+\.json$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    /The map could not be loaded: assets\/overview\.topo-[\w-]+\.json could not be loaded \(HTTP 404\)/,
  );
  await expect(alert).not.toContainText('connection');
});

for (const hash of ['', '#island=shikotan']) {
  test(`the map credits stay readable, on one or two lines clear of any panel (${hash || 'no panel'})`, async ({
    page,
  }) => {
    await openMap(page, hash);
    const credits = page.locator('#map-credits');
    await expect(credits).toBeVisible();
    const box = (await credits.boundingBox())!;
    const lineHeight = await credits.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
    expect(box.width).toBeGreaterThanOrEqual(200);
    expect(Math.round(box.height / lineHeight)).toBeLessThanOrEqual(2);
    const panel = hash ? await page.locator('#island-panel').boundingBox() : null;
    if (panel) {
      const overlaps =
        box.x < panel.x + panel.width &&
        panel.x < box.x + box.width &&
        box.y < panel.y + panel.height &&
        panel.y < box.y + box.height;
      expect(overlaps).toBe(false);
    }
  });
}

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the one-line credits open in full on a tap', async ({ page }) => {
    await openMap(page);
    const credits = page.locator('#map-credits');
    const lineHeight = await credits.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
    expect(Math.round((await credits.boundingBox())!.height / lineHeight)).toBe(1);
    await page.getByRole('button', { name: 'Show the map credits in full' }).click();
    expect((await credits.boundingBox())!.height / lineHeight).toBeGreaterThan(1.5);
    await expect(credits.getByRole('link', { name: 'OpenStreetMap contributors' })).toBeInViewport();
  });
});

test('the zoom buttons zoom the first view, and MapLibre takes over with its own', async ({ page }) => {
  await openMap(page, '#map=7/44/146');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/map=8\/44(\.0+)?\/146(\.0+)?(&|$)/);
  await expect(page.locator('main[data-renderer="maplibre"]')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page).toHaveURL(/map=7\/44(\.0+)?\/146(\.0+)?(&|$)/);
});

/** The zoom the URL records for the reader's view (`#map=<zoom>/<lat>/<lon>`). */
const zoomInUrl = async (page: Page) =>
  Number(/map=([\d.]+)\//.exec(await page.evaluate(() => location.hash))?.[1] ?? NaN);

/** The middle of Kunashir's label. */
async function onKunashir(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.getByRole('button', { name: /^Kunashir \(/ }).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Holds MapLibre back until `release` is called, so the gestures before it are the SVG first view's. */
async function holdMapLibre(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/maplibre-renderer-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a wheel over an island’s label zooms the map there, the first view and MapLibre alike', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'a mouse wheel');
  const release = await holdMapLibre(page);
  await openMap(page, '#map=7/44/146');
  const wheel = async () => {
    const at = await onKunashir(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -300);
  };
  await wheel();
  await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(7.5);
  await expect(page.locator('svg.svg-map')).toBeVisible();

  release();
  await expect(page.locator('main[data-renderer="maplibre"]')).toBeVisible({ timeout: 45_000 });
  const before = await zoomInUrl(page);
  await wheel();
  await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(before + 0.1);
});

test('a pinch begun on an island’s label zooms the map, the first view and MapLibre alike', async ({
  page,
  isMobile,
}) => {
  test.skip(!isMobile, 'touch');
  const release = await holdMapLibre(page);
  await openMap(page, '#map=7/44/146');
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove', points: { x: number; y: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
  // One finger on the label, the second on the map beside it, moving away: the two spread to 2.5 times apart.
  const pinch = async () => {
    const label = await onKunashir(page);
    const away = label.x < page.viewportSize()!.width / 2 ? 1 : -1;
    const second = (d: number) => ({ x: label.x + away * d, y: label.y });
    const onMap = await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.map'), second(70));
    expect(onMap).toBe(true);
    await touch('touchStart', [label]);
    await touch('touchStart', [label, second(70)]);
    for (let d = 77; d <= 175; d += 7) await touch('touchMove', [label, second(d)]);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await pinch();
  await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(7.5);
  await expect(page.locator('svg.svg-map')).toBeVisible();

  release();
  await expect(page.locator('main[data-renderer="maplibre"]')).toBeVisible({ timeout: 45_000 });
  const before = await zoomInUrl(page);
  await pinch();
  await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(before + 0.5);
});

test('MapLibre’s worker is a .js file, and one that will not start leaves the SVG map working, with a notice', async ({
  page,
}) => {
  // A worker script request is not routed here (Playwright routes the page's, not a worker's): the renderer's chunk
  // is, and in it the worker's address is pointed at a file the server does not have, as a host that serves the
  // worker with a type no worker runs fails it.
  const workers: string[] = [];
  await page.route(/maplibre-renderer-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    // The built worker's own name (MapLibre's code also names its source files, maplibre-gl-worker.mjs and -dev.mjs).
    const body = (await response.text()).replace(/maplibre-gl-worker-[\w-]{8}\.m?js/g, (name) => {
      workers.push(name);
      return 'no-such-worker.js';
    });
    await route.fulfill({ response, body });
  });
  await openMap(page);
  await zoomByHand(page);
  await expect(page.getByText('The full map could not be loaded, so a simplified drawing is shown.')).toBeVisible({
    timeout: 45_000,
  });
  expect(workers.length).toBeGreaterThan(0);
  for (const name of workers) expect(name).toMatch(/maplibre-gl-worker-[\w-]+\.js$/);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
  await expect(page.locator('main')).toHaveAttribute('data-renderer', 'svg');
  await page.getByRole('button', { name: /^Shikotan \(/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/map=/);
});
