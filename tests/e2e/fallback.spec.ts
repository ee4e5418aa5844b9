import { expect, test } from '@playwright/test';
import config from '../../playwright.config';

// A browser with no WebGL at all: the page must say so and stay usable.
const base = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...base, args: [...(base.args ?? []), '--disable-webgl', '--disable-3d-apis'] } });

test('without WebGL the islands are listed and their panels still open', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/#island=habomai');
  await expect(page.getByRole('alert')).toContainText('cannot draw the interactive map');
  await expect(page.getByRole('heading', { level: 2, name: 'Habomai' })).toBeVisible();
  await page.getByRole('button', { name: 'Close panel' }).click();
  await page.getByRole('button', { name: /^Iturup \(/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Iturup' })).toBeVisible();
  await expect(page.locator('li.event').first()).toBeVisible();
  expect(errors).toEqual([]);
});
