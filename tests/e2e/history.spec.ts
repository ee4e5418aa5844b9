import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openMap } from './support.ts';
import { PLAY_STEP_MS } from '../../src/lib/history/slider.ts';

const thisYear = new Date().getFullYear();

/** The text summary of the map: who held each area in the year shown. */
async function holders(page: Page): Promise<Record<string, string>> {
  const items = page.locator('.holders li[data-area]');
  await expect(items.first()).toBeAttached();
  const pairs = await items.evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-area')!, e.getAttribute('data-holder')!]),
  );
  return Object.fromEntries(pairs);
}

const expected: [number, Record<string, string>][] = [
  [1860, { urup: 'russia', iturup: 'japan', shikotan: 'japan', 'sakhalin-south': 'shared' }],
  [1880, { urup: 'japan', iturup: 'japan', shikotan: 'japan', 'sakhalin-south': 'russia' }],
  [1910, { urup: 'japan', iturup: 'japan', shikotan: 'japan', 'sakhalin-south': 'japan' }],
  [1950, { urup: 'russia', iturup: 'russia', shikotan: 'russia', 'sakhalin-south': 'russia' }],
  [thisYear, { urup: 'russia', iturup: 'russia', shikotan: 'russia', 'sakhalin-south': 'russia' }],
];

for (const [year, holdersThen] of expected) {
  test(`year ${year}: the map says who held Urup, Iturup, Shikotan and southern Sakhalin`, async ({ page }) => {
    await openMap(page, `#year=${year}`);
    await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue(String(year));
    expect(await holders(page)).toMatchObject(holdersThen);
  });
}

test('moving the slider redraws the map and records the year in the URL', async ({ page }) => {
  await openMap(page);
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.fill('1880');
  await expect(page).toHaveURL(/year=1880/);
  expect((await holders(page)).urup).toBe('japan');
  await page.reload();
  await expect(page.locator('main[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await expect(slider).toHaveValue('1880');
});

test('arrow keys move between events and the new state is announced', async ({ page }) => {
  await openMap(page, '#year=1860');
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('1875');
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Treaty of Saint Petersburg' })).toHaveText(
    /1875: Treaty of Saint Petersburg.*Kurils/,
  );
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('1855');
});

test('the present-day map names whose view it shows', async ({ page }) => {
  await openMap(page, `#view=japan`);
  await expect(page.getByRole('radio', { name: 'As Japan sees it' })).toBeChecked();
  await expect(page.locator('.caption')).toContainText('As Japan sees it');
  await page.getByRole('radio', { name: 'As Russia sees it' }).check();
  await expect(page).toHaveURL(/view=russia/);
  await expect(page.locator('.caption')).toContainText('As Russia sees it');
  await expect(page.locator('[data-boundary="de-facto-line"]')).toContainText('as Russia sees it');
});

test('selecting an event in an island’s panel moves the slider to its date', async ({ page }) => {
  await openMap(page, '#island=shikotan');
  await page.locator('li[data-event="1875-saint-petersburg"] h4 button').click();
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1875');
  await expect(page).toHaveURL(/event=1875-saint-petersburg.*year=1875/);
});

test('Play steps through the events', async ({ page }) => {
  // The page's clock, to run it past Play's next step at once rather than wait for it.
  await page.clock.install();
  await openMap(page, '#year=1855');
  const slider = page.getByRole('slider', { name: 'Year' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(slider).toHaveValue('1875', { timeout: 5_000 });
  await expect(slider).toHaveValue('1905', { timeout: 5_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const stopped = await slider.inputValue();
  await page.clock.runFor(PLAY_STEP_MS * 2);
  await expect(slider).toHaveValue(stopped);
});

test('a link to an event moves the slider to its year; an event alone opens the island it is chiefly about', async ({
  page,
}) => {
  await openMap(page, '#island=habomai&event=1956-joint-declaration');
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1956');
  await expect(page).toHaveURL(/year=1956/);

  await page.goto('/#event=1956-joint-declaration');
  await expect(page.getByRole('heading', { level: 2, name: /^Shikotan/ })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1956');
  await expect(page.locator('li[data-event="1956-joint-declaration"]')).toBeInViewport();
});
