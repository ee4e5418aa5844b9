import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { HOST_ORIGIN } from './servers.ts';
import { labelPoint, openMap } from './support.ts';
import { OFFLINE_IDLE_TIMEOUT } from '../../src/offline/start.ts';

// The offline worker (src/sw/sw.ts, built by build/build-sw.ts): what a reader keeps after a first visit, how a
// new version takes over, and that the embed never gets a worker.

/** Waits until the page's worker has installed its files and activated. */
async function offlineReady(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), {
      timeout: 30_000,
    })
    .toBe('activated');
}

const siteCaches = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('kurils-')));

test('after a first visit, the explainer loads and opens an island and its sources with the network cut', async ({
  page,
  context,
}) => {
  await openMap(page);
  await offlineReady(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('main[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  const point = await labelPoint(page, 'kunashir');
  await page.mouse.click(point.x, point.y);
  await expect(page.getByRole('heading', { level: 2, name: 'Kunashir' })).toBeVisible();
  const panel = page.locator('#island-panel');
  await expect(panel.locator('li.event').first()).toBeVisible();
  expect(await panel.locator('li.event').count()).toBeGreaterThanOrEqual(5);

  // An excerpt opens in the reader at its passage: the articles came with the content, the reader's chunk at install.
  await panel.getByRole('button', { name: 'Read in article' }).first().click();
  await expect(page.locator('mark.current').first()).toBeVisible();
  // And the search with its index, although the first visit never opened it: a quote is found on a train.
  await page.goto('/#q=Lavrov 2015');
  await expect(page.locator('#search-panel .passage.quote', { hasText: 'post-war historic realities' })).toBeVisible();
});

test('on a connection that asks to save data, the worker installs nothing ahead and keeps what the reader used', async ({
  page,
  context,
  browserName,
}) => {
  test.skip(browserName !== 'chromium', 'the data saver is Chromium’s (navigator.connection.saveData)');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  await openMap(page);
  expect(await page.evaluate(() => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData)).toBe(
    true,
  );
  await offlineReady(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL)).toMatch(
    /\/sw\.js\?save-data$/,
  );
  // Nothing fetched for the worker at install: a first visit's cache holds no chunk the reader has not asked for.
  const kept = () =>
    page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('kurils-'));
      return name ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : [];
    });
  expect((await kept()).filter((path) => /search-view|reader|panel-views/.test(path))).toEqual([]);
  // What the reader then uses is kept, the page with it: the island they opened works with the network cut.
  await page.reload();
  await expect(page.locator('main[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
  const point = await labelPoint(page, 'kunashir');
  await page.mouse.click(point.x, point.y);
  await expect(page.locator('#island-panel li.event').first()).toBeVisible();
  await expect.poll(async () => (await kept()).some((path) => /index\.html$/.test(path))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('main[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await expect(page).toHaveURL(/#island=kunashir$/);
  await expect(page.locator('#island-panel li.event').first()).toBeVisible();
});

test('a view whose chunk does not arrive says so, instead of loading for ever', async ({ page }) => {
  // Its script and its stylesheet both, as offline.
  await page.route(/\/assets\/search-view-[\w-]+\.(js|css)$/, (route) => route.abort('internetdisconnected'));
  await openMap(page, '#q=Lavrov');
  await expect(page.getByRole('status').filter({ hasText: 'The search could not be loaded' })).toBeVisible();
  await expect(page.getByText('Loading the search…')).toHaveCount(0);
  // The rest of the explainer still works.
  await page.getByRole('link', { name: 'Sources' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
});

test('a new version takes over on the next visit, says so once, and leaves no other version’s cache', async ({
  page,
  context,
}) => {
  // An earlier version's cache, as a reader who visited before this build would have it.
  await page.goto('/data/manifest.json');
  await page.evaluate(async () =>
    (await caches.open('kurils-0123456789abcdef')).put('earlier', new Response('an earlier version')),
  );

  await openMap(page);
  await offlineReady(page);
  const names = await siteCaches(page);
  expect(names).toHaveLength(1);
  expect(names[0]).not.toBe('kurils-0123456789abcdef');
  // The visit that installed the worker is the network's, not the worker's.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await expect(page.getByRole('status').filter({ hasText: 'updated since your last visit' })).toHaveCount(0);

  const next = await context.newPage();
  await page.close();
  await openMap(next);
  await expect(next.getByRole('status').filter({ hasText: 'updated since your last visit' })).toBeVisible();

  const after = await context.newPage();
  // The worker's answer to the page's question "was I updated?", as the page itself receives it.
  await after.addInitScript(() =>
    navigator.serviceWorker.addEventListener('message', (event) =>
      Object.assign(window, { __status: event.data as unknown }),
    ),
  );
  await next.close();
  await openMap(after);
  // Told once: the worker has answered this visit, and not with "updated".
  await expect.poll(() => after.evaluate(() => (window as unknown as { __status?: unknown }).__status)).toBeTruthy();
  await expect(after.getByRole('status').filter({ hasText: 'updated since your last visit' })).toHaveCount(0);
});

test('the embed never registers a worker, framed by a host or opened on its own', async ({ page, context }) => {
  // Past the longest the full explainer waits to register (src/offline/start.ts) once its map is drawn, on the
  // page's clock, run forward rather than waited for.
  await page.clock.install();
  const pastRegistration = () => page.clock.runFor(OFFLINE_IDLE_TIMEOUT + 1000);
  await page.goto(`${HOST_ORIGIN}/article.html`);
  const frame = (await (await page.locator('iframe[data-kurils-embed]').elementHandle())!.contentFrame())!;
  await expect(frame.locator('main[data-map-ready="true"]')).toBeAttached({ timeout: 45_000 });
  await pastRegistration();
  expect(context.serviceWorkers()).toHaveLength(0);

  await page.goto('/embed.html');
  await expect(page.locator('main[data-map-ready="true"]')).toBeAttached({ timeout: 45_000 });
  await pastRegistration();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(context.serviceWorkers()).toHaveLength(0);
});
