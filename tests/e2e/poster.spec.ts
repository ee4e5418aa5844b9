import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ISLANDS, openMap } from './support.ts';

const poster = (page: Page) => page.locator('#poster');
const posterLink = (page: Page, name: string) => poster(page).getByRole('link', { name: new RegExp(`^${name} \\(`) });

/** A point well inside the link's land (its box's centre may be sea). */
async function pointOn(page: Page, name: string): Promise<{ x: number; y: number }> {
  const box = (await posterLink(page, name).boundingBox())!;
  const point = await page.evaluate(
    ({ box, name }) => {
      for (let i = 1; i < 20; i++)
        for (let j = 1; j < 20; j++) {
          const x = box.x + (box.width * i) / 20;
          const y = box.y + (box.height * j) / 20;
          const on = (dx: number, dy: number) =>
            document
              .elementFromPoint(x + dx, y + dy)
              ?.closest('a')
              ?.getAttribute('aria-label')
              ?.startsWith(`${name} (`);
          // Land all round it, not a coast's edge.
          if (on(0, 0) && on(-4, 0) && on(4, 0) && on(0, -4) && on(0, 4)) return { x, y };
        }
      return null;
    },
    { box, name },
  );
  expect(point, `a point on ${name}`).not.toBeNull();
  return point!;
}

/**
 * Opens the page with its own script held back until `release()` is called: what the reader sees before it has
 * arrived, once the stylesheet has (the browser paints nothing before it).
 */
async function openBeforeScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(poster(page)).toHaveCSS('position', 'fixed');
  return release;
}

test('the islands are on screen and can be tapped before the page’s script has arrived', async ({ page }) => {
  const release = await openBeforeScript(page);
  await expect(
    poster(page).getByRole('group', { name: 'Map of Hokkaido and the southern Kuril Islands' }),
  ).toBeVisible();
  for (const { name } of ISLANDS) await expect(posterLink(page, name)).toBeVisible();
  expect(await page.locator('main[data-map-ready]').count(), 'the app has not started').toBe(0);

  // A tap before the script is a link to the island: the panel opens when the script comes.
  const land = await pointOn(page, 'Kunashir');
  await page.mouse.click(land.x, land.y);
  await expect(page).toHaveURL(/#island=kunashir$/);
  release();
  await expect(page.getByRole('heading', { level: 2, name: /^Kunashir/ })).toBeVisible({ timeout: 45_000 });
  await expect(poster(page)).toHaveCount(0);
});

test('the script’s own map replaces the poster, at the same place on the page', async ({ page }) => {
  const release = await openBeforeScript(page);
  const before = await posterLink(page, 'Iturup').boundingBox();
  release();
  await openMap(page);
  await expect(poster(page)).toHaveCount(0);
  const label = await page.locator('button[data-island="iturup"]').boundingBox();
  expect(before && label).toBeTruthy();
  // The label sits on its island in the script's map; the poster's island was within a screen's quarter of it.
  const viewport = page.viewportSize()!;
  const centre = { x: before!.x + before!.width / 2, y: before!.y + before!.height / 2 };
  expect(Math.abs(centre.x - (label!.x + label!.width / 2))).toBeLessThan(viewport.width / 4);
  expect(Math.abs(centre.y - (label!.y + label!.height / 2))).toBeLessThan(viewport.height / 4);
});

test('a link to a year goes straight to that year’s map: the poster, today’s map, goes when the script starts', async ({
  page,
}) => {
  await openMap(page, '#year=1860');
  await expect(poster(page)).toHaveCount(0);
  await expect(page.locator('svg.svg-map')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map is there, every island a link named in its languages', async ({ page }) => {
    await page.goto('/');
    for (const { id, name } of ISLANDS) {
      const link = posterLink(page, name);
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', `#island=${id}`);
    }
  });
});
