import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { audit, openMap, startMapLibre } from './support.ts';

// WCAG 2.2 AA, as axe-core checks it, on every kind of view, in light and dark, at the project's size.
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
// positions) takes it 20–40 s in software rendering on two cores, so these tests get more than the default minute.
test.describe.configure({ timeout: 150_000 });

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const view of VIEWS) {
      test(`axe finds nothing on ${view.name}`, async ({ page }) => {
        await openMap(page, view.hash);
        await view.ready(page);
        expect(await audit(page)).toEqual([]);
      });
    }
    test('axe finds nothing once MapLibre draws the map', async ({ page }) => {
      await openMap(page, '#island=kunashir');
      await startMapLibre(page);
      await expect(page.locator('ol.timeline li').first()).toBeVisible();
      expect(await audit(page)).toEqual([]);
    });
  });
}
