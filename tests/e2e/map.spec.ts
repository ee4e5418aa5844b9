import { expect, test } from '@playwright/test';
import { ISLANDS, distinctColours, labelPoint, openMap, watchPage } from './support';

test('the map draws, with no foreign request and no console error', async ({ page }) => {
  const watch = watchPage(page);
  await openMap(page);
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

test('the deep link #island=kunashir opens Kunashir', async ({ page }) => {
  await openMap(page, '#island=kunashir');
  await expect(page.getByRole('heading', { level: 2, name: 'Kunashir' })).toBeVisible();
  await expect(page.getByRole('complementary')).toContainText('km²');
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

test('clicking the sea closes the panel', async ({ page }) => {
  await openMap(page, '#island=shikotan');
  await expect(page.getByRole('heading', { level: 2, name: 'Shikotan' })).toBeVisible();
  await page.mouse.click(40, 300);
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
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

test('the overview control returns to all five areas', async ({ page }) => {
  await openMap(page, '#map=11/43.45/146.0');
  await page.getByRole('button', { name: 'Show all islands' }).click();
  for (const { name } of ISLANDS) {
    await expect(page.getByRole('button', { name: new RegExp(`^${name} \\(`) })).toBeInViewport();
  }
});
