import { expect, test } from './fixtures.ts';
import { openMap, startMapLibre } from './support.ts';
import { LIGHT } from '../../src/lib/map/palette.ts';

type Box = { left: number; top: number; right: number; bottom: number; name: string };

const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/**
 * The boxes of every visible name on the map (island labels, treaty lines' labels, place names), of the map's
 * controls and credits, and of the part of the map in sight (the stage above an open panel), relative to the page.
 */
async function layout(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const box = (el: Element, name: string) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, name };
    };
    const visible = (el: Element) =>
      (el as HTMLElement).offsetParent !== null &&
      el.getBoundingClientRect().width > 0 &&
      getComputedStyle(el).visibility !== 'hidden';
    const labels = [
      ...[...document.querySelectorAll('button[data-island]')]
        .filter(visible)
        .map((el) => box(el, `label ${el.getAttribute('data-island')}`)),
      ...[...document.querySelectorAll('[data-boundary]')]
        .filter(visible)
        .map((el) => box(el, `line ${el.getAttribute('data-boundary')}`)),
      ...[...document.querySelectorAll('[data-place]')]
        .filter(visible)
        .map((el) => box(el, `place "${el.textContent}"`)),
    ];
    const chrome = [
      ...document.querySelectorAll(
        '.maplibregl-ctrl-group, .svg-map-zoom, .maplibregl-ctrl-scale, .credits p, .credits button, button.overview',
      ),
    ]
      .filter(visible)
      .map((el) => box(el, el.className || el.tagName));
    const map = box(document.querySelector('main')!, 'map');
    const panel = document.querySelector('#island-panel');
    if (panel && visible(panel)) map.bottom = Math.min(map.bottom, panel.getBoundingClientRect().top);
    return { labels, chrome, map };
  });
}

/** What is wrong with the names' layout: one over another, over a control or the credits, or out of sight. */
async function layoutProblems(page: import('@playwright/test').Page, minIslandLabels: number): Promise<string[]> {
  const { labels, chrome, map } = await layout(page);
  const found: string[] = [];
  if (labels.filter((l) => l.name.startsWith('label')).length < minIslandLabels)
    found.push(`fewer than ${minIslandLabels} island labels shown`);
  for (const [i, a] of labels.entries()) {
    if (a.left < map.left || a.right > map.right || a.top < map.top || a.bottom > map.bottom)
      found.push(`${a.name} leaves the map in sight`);
    for (const b of labels.slice(i + 1)) if (overlaps(a, b)) found.push(`${a.name} overlaps ${b.name}`);
    for (const c of chrome) if (overlaps(a, c)) found.push(`${a.name} overlaps ${c.name}`);
  }
  return found;
}

for (const width of [320, 360, 390, 430]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: Math.round(width * 1.78) }, hasTouch: true, isMobile: true });
    for (const hash of ['', '#year=1860', '#year=1950']) {
      test(`no name overlaps another, a control or the credits, and every name is inside the map (${hash || 'overview'})`, async ({
        page,
      }) => {
        await openMap(page, hash);
        // Labels are laid out again as their sizes are measured and the map settles: judge the settled layout.
        await expect.poll(() => layoutProblems(page, 4), { timeout: 5000 }).toEqual([]);
      });
    }
  });
}

// At an island's zoom, with its panel open, in both renderers: the place names (straits, towns, islets) keep the
// island labels' rules too, and the island's own label stays in sight above the panel.
for (const width of [320, 390, 430]) {
  for (const renderer of ['svg', 'maplibre'] as const) {
    test.describe(`at ${width} px wide, ${renderer}`, () => {
      test.use({ viewport: { width, height: Math.round(width * 1.78) }, hasTouch: true, isMobile: true });
      test('at each island’s zoom, no name overlaps another, a control or the credits, or hides under the panel', async ({
        page,
      }) => {
        await openMap(page);
        if (renderer === 'maplibre') await startMapLibre(page);
        for (const id of ['kunashir', 'habomai', 'shikotan', 'iturup']) {
          await page.evaluate((hash) => (location.hash = hash), `#island=${id}`);
          await expect(page.locator('#island-panel')).toBeVisible();
          await expect(page.locator('main')).toHaveAttribute('data-renderer', renderer);
          await expect
            .poll(async () => [...(await layoutProblems(page, 1)), ...(await ownLabelProblems(page, id))], {
              timeout: 8000,
              message: `#island=${id}`,
            })
            .toEqual([]);
        }
      });
    });
  }
}

/** The selected island's own label: shown, and wholly in the map above its panel. */
async function ownLabelProblems(page: import('@playwright/test').Page, id: string): Promise<string[]> {
  const { labels } = await layout(page);
  return labels.some((l) => l.name === `label ${id}`) ? [] : [`${id}’s own label is not in sight`];
}

test.describe('on a small phone', () => {
  test.use({ viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true });

  test('the overview shows each disputed area at least 44 px across or with a label to tap', async ({ page }) => {
    await openMap(page);
    for (const id of ['iturup', 'kunashir', 'shikotan', 'habomai']) {
      const label = page.locator(`button[data-island="${id}"]`);
      await expect(label).toBeInViewport({ ratio: 1 });
      const box = (await label.boundingBox())!;
      // Rounded: a 44 px label at a fractional offset measures 43.99998.
      expect(Math.round(Math.min(box.width, box.height))).toBeGreaterThanOrEqual(44);
    }
  });

  test('the time bar is one row until opened, and a half-open panel shows its heading and first event', async ({
    page,
  }) => {
    await openMap(page);
    const bar = page.locator('footer.timebar');
    expect((await bar.boundingBox())!.height).toBeLessThan(90);
    await expect(page.getByRole('radio', { name: /as Japan sees it/i })).toBeHidden();
    const toggle = page.getByRole('button', { name: /details/ });
    await toggle.click();
    await expect(page.getByRole('radio', { name: /as Japan sees it/i })).toBeVisible();
    await toggle.click();

    await page.getByRole('button', { name: /^Shikotan/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Shikotan/ })).toBeInViewport({ ratio: 1 });
    await expect(page.locator('ol.timeline > li.event').first().locator('h4')).toBeInViewport();
  });

  test('a drag on the map never scrolls the page', async ({ page }) => {
    await openMap(page);
    const scrollable = await page.evaluate(() => document.scrollingElement!.scrollHeight - innerHeight);
    expect(scrollable).toBeLessThanOrEqual(0);
    const box = (await page.locator('main').boundingBox())!;
    const client = await page.context().newCDPSession(page);
    await client.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: box.x + 160, y: box.y + box.height - 60 }],
    });
    for (let i = 1; i <= 8; i++) {
      await client.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: box.x + 160, y: box.y + box.height - 60 - i * 25 }],
      });
    }
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // A scroll the drag caused would have been painted in the frames since it ended.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => [scrollX, scrollY, document.scrollingElement!.scrollTop])).toEqual([0, 0, 0]);
  });
});

test.describe('on a small phone with a view open', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('the masthead folds to one row, the time bar steps aside under a full panel, and the island stays in sight above its panel', async ({
    page,
  }) => {
    await openMap(page);
    const masthead = page.locator('header.masthead');
    const bar = page.locator('footer.timebar');
    const unfolded = (await masthead.boundingBox())!.height;
    await page.getByRole('button', { name: /^Habomai/ }).click();
    const sheet = page.locator('#island-panel');
    await expect(sheet).toHaveAttribute('data-snap', 'half');
    // One row of 44 px controls; its heading and Share keep their whole names.
    await expect.poll(async () => (await masthead.boundingBox())!.height).toBeLessThanOrEqual(56);
    expect(unfolded).toBeGreaterThan(100);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The southern Kurils / Northern Territories');
    await expect(masthead.getByRole('link', { name: 'Search' })).toBeInViewport({ ratio: 1 });
    await expect(masthead.getByRole('link', { name: 'Sources' })).toBeInViewport({ ratio: 1 });
    await expect(masthead.getByRole('button', { name: 'Share / Embed' })).toBeInViewport({ ratio: 1 });
    // At half height the panel's events move the slider: the time bar keeps its bare row.
    expect((await bar.boundingBox())!.height).toBeLessThan(90);
    // The map above the half-open panel: at least a third of the screen, with Habomai's own label in it.
    const map = (await page.locator('main').boundingBox())!;
    const top = (await sheet.boundingBox())!.y;
    expect(top - map.y).toBeGreaterThanOrEqual(640 / 3);
    const label = (await page.locator('button[data-island="habomai"]').boundingBox())!;
    expect(label.y).toBeGreaterThanOrEqual(map.y);
    expect(label.y + label.height).toBeLessThanOrEqual(top);

    // Pulled up to its full height, the panel is read: the time bar steps aside.
    await page.getByRole('button', { name: 'Expand panel' }).click();
    await expect(sheet).toHaveAttribute('data-snap', 'full');
    await expect(bar).toHaveCount(0);
    // Pulled down to its peek, the map is in view: the bar comes back. The drag starts once the sheet has grown to
    // its full height (8 px below the stage's top) in the room the time bar left.
    const shrink = page.getByRole('button', { name: 'Shrink panel' });
    await expect
      .poll(async () => (await sheet.boundingBox())!.y - (await page.locator('main').boundingBox())!.y)
      .toBeLessThanOrEqual(9);
    const grip = (await shrink.boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + 10);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, 600, { steps: 10 });
    await page.mouse.up();
    await expect(sheet).toHaveAttribute('data-snap', 'peek');
    await expect(bar).toBeVisible();

    // Closed: the masthead unfolds.
    await page.getByRole('button', { name: 'Close panel' }).click();
    await expect.poll(async () => (await masthead.boundingBox())!.height).toBe(unfolded);
  });

  test('the selected outline is thinner on the small Habomai islets than on a large island', async ({ page }) => {
    const width = async (hash: string, id: string) => {
      await openMap(page, hash);
      const path = page.locator(`svg.svg-map path.focus[data-area="${id}"]`);
      await expect(path).toHaveAttribute('stroke', LIGHT.selectedLine);
      return Number(await path.getAttribute('stroke-width'));
    };
    // Framed on a small phone, the islets' outline stays fine.
    expect(await width('#island=habomai', 'habomai')).toBeLessThanOrEqual(2);
    // At the same zoom, a large island's outline is bolder.
    const habomai = await width('#island=habomai&map=9/43.55/146.0', 'habomai');
    const kunashir = await width('#island=kunashir&map=9/44.2/146.0', 'kunashir');
    expect(kunashir).toBe(3);
    expect(habomai).toBeLessThan(kunashir);
  });

  test('search shows three results above the fold', async ({ page }) => {
    await openMap(page, '#q=lavrov');
    const results = page.locator('.results a.result');
    await expect(results.first()).toBeVisible();
    const inView = await results.evaluateAll(
      (links) =>
        links.filter((a) => {
          const r = a.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }).length,
    );
    expect(inView).toBeGreaterThanOrEqual(3);
    await expect(page.locator('footer.timebar')).toHaveCount(0);
  });
});
