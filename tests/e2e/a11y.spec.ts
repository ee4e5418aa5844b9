import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { audit, openMap, startMapLibre } from './support.ts';

// WCAG 2.2 AA, as axe-core checks it, on every kind of view, in light and then dark, at the project's size.
const VIEWS: { name: string; hash: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'overview', hash: '', ready: async () => {} },
  ...['iturup', 'kunashir', 'shikotan', 'habomai', 'hokkaido'].map((id) => ({
    name: id,
    hash: `#island=${id}`,
    ready: async (page: Page) => void (await expect(page.locator('ol.timeline li').first()).toBeVisible()),
  })),
  {
    name: 'an event link',
    hash: '#island=shikotan&event=1956-joint-declaration',
    ready: async (page: Page) =>
      void (await expect(page.locator('[data-event="1956-joint-declaration"]')).toBeVisible()),
  },
  {
    name: 'the reader',
    hash: '#article=tass-2015-10-08-deputy-ministers&excerpt=1',
    ready: async (page: Page) => void (await expect(page.locator('#reader-panel mark').first()).toBeVisible()),
  },
  {
    name: 'search results',
    hash: '#q=lavrov%202015',
    ready: async (page: Page) => void (await expect(page.locator('#search-panel a.result').first()).toBeVisible()),
  },
  ...[1860, 1880, 1910, 1950].map((year) => ({ name: `${year}`, hash: `#year=${year}`, ready: async () => {} })),
  ...['japan', 'russia'].map((view) => ({
    name: `the ${view} point of view`,
    hash: `#view=${view}`,
    ready: async () => {},
  })),
];

// axe's colour-contrast rule walks every text node: an island's whole history (fifty events, their sources and the
// positions) takes it 10–40 s in software rendering on two cores, twice a view, so these tests get more than the default minute.
test.describe.configure({ timeout: 150_000 });

/** axe's findings in the light scheme and then the dark, on the same view (the page follows the system's scheme live). */
async function auditBothSchemes(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect
      .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
      .toBe(colorScheme === 'dark');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    found[colorScheme] = await audit(page);
  }
  return found;
}

for (const view of VIEWS) {
  test(`axe finds nothing on ${view.name}, light or dark`, async ({ page }) => {
    await openMap(page, view.hash);
    await view.ready(page);
    expect(await auditBothSchemes(page)).toEqual({ light: [], dark: [] });
  });
}

test('axe finds nothing once MapLibre draws the map, light or dark', async ({ page }) => {
  await openMap(page, '#island=kunashir');
  await startMapLibre(page);
  await expect(page.locator('ol.timeline li').first()).toBeVisible();
  expect(await auditBothSchemes(page)).toEqual({ light: [], dark: [] });
});
