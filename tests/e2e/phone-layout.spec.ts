import { expect, test } from './fixtures.ts';
import { openMap } from './support.ts';

type Box = { left: number; top: number; right: number; bottom: number; name: string };

const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** The boxes of every visible name on the map, and of the map's controls and credits, relative to the page. */
async function layout(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const box = (el: Element, name: string) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, name };
    };
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().width > 0;
    const labels = [
      ...[...document.querySelectorAll('button[data-island]')]
        .filter(visible)
        .map((el) => box(el, `label ${el.getAttribute('data-island')}`)),
      ...[...document.querySelectorAll('[data-boundary]')]
        .filter(visible)
        .map((el) => box(el, `line ${el.getAttribute('data-boundary')}`)),
    ];
    const chrome = [
      ...document.querySelectorAll(
        '.maplibregl-ctrl-group, .svg-map-zoom, .maplibregl-ctrl-scale, .credits p, .credits button, button.overview',
      ),
    ]
      .filter(visible)
      .map((el) => box(el, el.className || el.tagName));
    return { labels, chrome, map: box(document.querySelector('main')!, 'map') };
  });
}

for (const width of [320, 360, 390]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: Math.round(width * 1.78) }, hasTouch: true, isMobile: true });
    for (const hash of ['', '#year=1860', '#year=1950']) {
      test(`no name overlaps another, a control or the credits, and every name is inside the map (${hash || 'overview'})`, async ({
        page,
      }) => {
        await openMap(page, hash);
        // Labels are laid out again as their sizes are measured and the map settles: judge the settled layout.
        const problems = async () => {
          const { labels, chrome, map } = await layout(page);
          const found: string[] = [];
          if (labels.filter((l) => l.name.startsWith('label')).length < 4)
            found.push('fewer than four island labels shown');
          for (const [i, a] of labels.entries()) {
            if (a.left < map.left || a.right > map.right || a.top < map.top || a.bottom > map.bottom)
              found.push(`${a.name} leaves the map`);
            for (const b of labels.slice(i + 1)) if (overlaps(a, b)) found.push(`${a.name} overlaps ${b.name}`);
            for (const c of chrome) if (overlaps(a, c)) found.push(`${a.name} overlaps ${c.name}`);
          }
          return found;
        };
        await expect.poll(problems, { timeout: 5000 }).toEqual([]);
      });
    }
  });
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
