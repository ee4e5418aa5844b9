import { expect, test } from './fixtures';
import config from '../../playwright.config';
import { labelPoint, openMap } from './support';

// A browser with no WebGL at all: the page must say so and stay usable, with the map drawn as SVG.
const base = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...base, args: [...(base.args ?? []), '--disable-webgl', '--disable-3d-apis'] } });

test('without WebGL the map is drawn as SVG: labels, selection, panels and the slider work', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openMap(page, '#island=habomai');
  await expect(page.getByRole('status').filter({ hasText: 'cannot draw the interactive map' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Map of Hokkaido.*simplified drawing/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Habomai' })).toBeVisible();
  await page.getByRole('button', { name: 'Close panel' }).click();
  await page.getByRole('button', { name: 'Show all islands' }).click();

  // The land itself is clickable, at the projected label point.
  const point = await labelPoint(page, 'iturup');
  await page.mouse.click(point.x, point.y);
  await expect(page.getByRole('heading', { level: 2, name: 'Iturup' })).toBeVisible();
  await expect(page.locator('li.event').first()).toBeVisible();

  // The slider recolours the drawing: Iturup is Japanese in 1880, hatched (disputed) today.
  const iturup = page.locator('svg.svg-map path.focus[data-area="iturup"]');
  const today = await iturup.getAttribute('fill');
  await page.goto('/#year=1880');
  await expect(iturup).not.toHaveAttribute('fill', today!);
  expect(errors).toEqual([]);
});
