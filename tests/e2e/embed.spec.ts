import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { HOST_ORIGIN, PREVIEW_ORIGIN } from './servers.ts';
import { DRAW_ZOOM } from '../../src/map/svg-elements.ts';

// The explainer embedded in a news site's page on another origin (tests/e2e/host-server.ts), with the snippet of
// the Share / Embed dialog and the loader, under the host's strict policy and the snippet's sandbox.

const EMBED = 'iframe[data-kurils-embed]';

interface Seen {
  data: unknown;
  fromEmbed: boolean;
}

/** Records, on the host page only, every message a frame posts to it. */
async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript((host) => {
    if (location.origin !== host) return;
    const seen: Seen[] = [];
    (window as unknown as { __seen: Seen[] }).__seen = seen;
    addEventListener('message', (e) => {
      const embed = document.querySelector<HTMLIFrameElement>('iframe[data-kurils-embed]');
      seen.push({ data: e.data, fromEmbed: !!embed && e.source === embed.contentWindow });
    });
  }, HOST_ORIGIN);
}

/** Errors from the host or the embed, and any request the embed made to a host but its own. */
function watch(page: Page): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const frame = r.frame();
    if (
      frame !== page.mainFrame() &&
      new URL(r.url()).origin !== PREVIEW_ORIGIN &&
      !r.url().startsWith('data:') &&
      !r.url().startsWith(HOST_ORIGIN)
    )
      foreign.push(r.url());
  });
  return { errors, foreign };
}

async function openHost(page: Page, query = ''): Promise<Frame> {
  await page.goto(`${HOST_ORIGIN}/article.html${query}`);
  const frame = await (await page.locator(EMBED).elementHandle())!.contentFrame();
  await expect(frame!.locator('main[data-map-ready="true"]')).toBeAttached({ timeout: 45_000 });
  return frame!;
}

const iframeHeight = (page: Page) => page.locator(EMBED).evaluate((e) => Math.round(e.getBoundingClientRect().height));
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.getElementById('app')!.getBoundingClientRect().height));

test('the iframe follows its content’s height: the loader applies the heights the embed sends, in all three forms', async ({
  page,
}) => {
  await recordMessages(page);
  const seen = watch(page);
  const frame = await openHost(page);
  await expect(page.locator(EMBED)).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups');
  const closed = await contentHeight(frame);
  await expect.poll(() => iframeHeight(page)).toBe(closed);

  await frame.locator('button[data-island="shikotan"]').click();
  await expect(frame.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
  await expect.poll(() => contentHeight(frame)).toBeGreaterThan(closed + 50);
  const open = await contentHeight(frame);
  await expect.poll(() => iframeHeight(page)).toBe(open);

  const messages = await page.evaluate(() =>
    (window as unknown as { __seen: Seen[] }).__seen.filter((s) => s.fromEmbed).map((s) => s.data),
  );
  expect(messages).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: open });
  expect(messages).toContainEqual(`pymxPYMxkurilsxPYMxheightxPYMx${open}`);
  expect(messages).toContainEqual({
    source: 'kurils-explainer',
    version: 1,
    type: 'height',
    height: open,
    view: expect.stringContaining('island=shikotan'),
  });
  for (const m of messages) {
    if (typeof m === 'string') expect(m).toMatch(/^pymxPYMxkurilsxPYMxheightxPYMx\d+$/);
    else if ((m as { sentinel?: string }).sentinel)
      expect(Object.keys(m as object).sort()).toEqual(['height', 'sentinel', 'type']);
    else expect(Object.keys(m as object).sort()).toEqual(['height', 'source', 'type', 'version', 'view']);
  }
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('a height forged by another frame of the host page is ignored', async ({ page }) => {
  await recordMessages(page);
  const frame = await openHost(page, '?forger=1');
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen.filter((s) => !s.fromEmbed).length),
    )
    .toBeGreaterThan(5);
  expect(await iframeHeight(page)).toBe(await contentHeight(frame));
  expect(await iframeHeight(page)).not.toBe(1234);
  await expect(frame.getByRole('heading', { level: 2 })).toHaveCount(0);
});

test('opt-in mirror: the embed’s view goes into the host’s hash, and a reload of the host reopens it', async ({
  page,
}) => {
  const frame = await openHost(page, '?mirror=1&view=year%3D1956');
  await frame.locator('button[data-island="shikotan"]').click();
  await expect(page).toHaveURL(/#kurils=island=shikotan&year=1956$/);
  await page.reload();
  const again = (await (await page.locator(EMBED).elementHandle())!.contentFrame())!;
  await expect(again.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible({ timeout: 45_000 });
  expect(new URL(again.url()).hash).toMatch(/^#island=shikotan&year=1956(&|$)/);
  // The way out: the full explainer at the same view, in a new tab.
  await expect(again.getByRole('link', { name: 'Open the full explainer' })).toHaveAttribute(
    'href',
    `${PREVIEW_ORIGIN}/#island=shikotan&year=1956`,
  );
  await expect(again.getByRole('link', { name: 'Open the full explainer' })).toHaveAttribute('target', '_blank');
});

test('one finger over the embedded map scrolls the host page and leaves the map where it was', async ({
  page,
  isMobile,
}) => {
  test.skip(!isMobile, 'touch');
  const frame = await openHost(page);
  await expect(frame.locator('main[data-map-ready="true"]')).toBeAttached({ timeout: 45_000 });
  const camera = await frame.evaluate(() => location.hash);
  const box = (await page.locator(EMBED).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = Math.min(box.y + box.height / 2, 600);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 25 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
  // A drag of the map would have ended with the touch, and the URL recorded its camera in the frame after.
  await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await frame.evaluate(() => location.hash)).toBe(camera);
});

test('nothing scrolls sideways at 320, 360 and 390 px, host or embed, with a panel open', async ({
  page,
  isMobile,
}) => {
  test.skip(!isMobile, 'phone widths');
  test.slow();
  for (const width of [320, 360, 390]) {
    await page.setViewportSize({ width, height: 740 });
    const frame = await openHost(page, '?view=island%3Dshikotan');
    await expect(frame.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
    const overflow = (f: Frame | Page) =>
      f.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(page), `host at ${width}`).toBeLessThanOrEqual(0);
    expect(await overflow(frame), `embed at ${width}`).toBeLessThanOrEqual(0);
  }
});

test('the Share / Embed dialog writes the snippet for the view, and the snippet works on another origin', async ({
  page,
  context,
  isMobile,
}) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#island=shikotan&year=1956');
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByRole('textbox', { name: 'Embed code', exact: true });
  await expect(code).toHaveValue(/embed\.html#island=shikotan&amp;year=1956/);
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(code).toHaveValue(/embed\.html\?theme=dark#island=shikotan/);
  await dialog.getByRole('checkbox', { name: 'Time control' }).uncheck();
  await expect(code).toHaveValue(/\?theme=dark&amp;time=off#/);
  await dialog.getByRole('checkbox', { name: 'Time control' }).check();
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('auto');
  await dialog.getByRole('checkbox', { name: /Keep the view/ }).check();
  await expect(dialog.getByRole('textbox', { name: 'AMP embed code' })).toHaveValue(
    /<amp-iframe [^>]*resizable[\s\S]*overflow[\s\S]*<\/amp-iframe>/,
  );
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await code.inputValue());
  await expect(dialog.locator('iframe[title="Preview at phone width"]')).toHaveAttribute(
    'src',
    /embed\.html#island=shikotan&year=1956/,
  );

  // Pasted into a plain page on another origin.
  await page.goto(`${HOST_ORIGIN}/paste.html?html=${encodeURIComponent(snippet)}`);
  const frame = (await (await page.locator(EMBED).elementHandle())!.contentFrame())!;
  await expect(frame.locator('main[data-map-ready="true"]')).toBeAttached({ timeout: 45_000 });
  await expect(frame.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
  await expect.poll(() => iframeHeight(page)).toBe(await contentHeight(frame));
  await expect(page).toHaveURL(/#kurils=island=shikotan&year=1956/);
  const shots = process.env.EMBED_SCREENSHOTS;
  if (shots) {
    await page.locator(EMBED).scrollIntoViewIfNeeded();
    await expect.poll(() => iframeHeight(page)).toBe(await contentHeight(frame));
    await page.screenshot({ path: `${shots}/host-embed-${isMobile ? 390 : 1280}.png`, fullPage: true });
  }
});

test('over an island’s label in the embed, the plain wheel or one finger scrolls the host page, as over the map', async ({
  page,
  isMobile,
}) => {
  const frame = await openHost(page);
  await expect(frame.locator('main[data-map-ready="true"]')).toBeAttached({ timeout: 45_000 });
  const camera = await frame.evaluate(() => location.hash);
  const label = frame.getByRole('button', { name: /^Kunashir \(/ });
  await label.scrollIntoViewIfNeeded();
  const start = await page.evaluate(() => scrollY);
  const box = (await label.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  if (isMobile) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 25 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } else {
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, 300);
  }
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(start + 100);
  expect(await frame.evaluate(() => location.hash)).toBe(camera);
});

test('over an island’s label in the embed, Ctrl + wheel zooms the map', async ({ page, isMobile }) => {
  test.skip(isMobile, 'a mouse wheel');
  const frame = await openHost(page);
  await expect(frame.locator('main[data-map-ready="true"]')).toBeAttached({ timeout: 45_000 });
  // The camera is in the URL once the reader has moved it; the zoom it opened at is in the drawing's scale,
  // 2^(zoom − DRAW_ZOOM).
  const zoom = () => frame.evaluate(() => Number(/map=([\d.]+)\//.exec(location.hash)?.[1] ?? NaN));
  const scale = await frame.evaluate(() => document.querySelector('svg.svg-map > g')!.getAttribute('transform')!);
  const before = Math.log2(Number(/scale\(([\d.]+)\)/.exec(scale)![1])) + DRAW_ZOOM;
  const label = frame.getByRole('button', { name: /^Kunashir \(/ });
  await label.scrollIntoViewIfNeeded();
  const box = (await label.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(zoom).toBeGreaterThan(before + 0.5);
});
