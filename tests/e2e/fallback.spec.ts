import { expect, test } from './fixtures.ts';
import config from '../../playwright.config.ts';
import { audit, labelPoint, openMap, zoomByHand } from './support.ts';

// A browser with no WebGL at all: the page must say so and stay usable, with the map drawn as SVG.
const base = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...base, args: [...(base.args ?? []), '--disable-webgl', '--disable-3d-apis'] } });

test('without WebGL the map is drawn as SVG: labels, selection, panels and the slider work', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openMap(page, '#island=habomai');
  const map = page.getByRole('region', { name: /^Map of Hokkaido/ });
  await expect(map).toBeVisible();
  // The first zoom by hand asks for MapLibre, which cannot start: the page says so and the drawing stays.
  await zoomByHand(page);
  await expect(page.getByRole('status').filter({ hasText: 'cannot draw the full map' })).toBeVisible();
  await expect(map).toBeVisible();
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

test('without WebGL the SVG map pans by drag and keys, zooms by wheel and keys, and opens Shikotan’s panel', async ({
  page,
}) => {
  await openMap(page);
  const map = page.getByRole('region', { name: /^Map of Hokkaido/ });
  const before = await labelPoint(page, 'shikotan');

  // A drag moves the land with the pointer.
  const box = (await map.boundingBox())!;
  const from = { x: box.x + box.width * 0.5, y: box.y + box.height * 0.75 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 60, from.y - 40, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await labelPoint(page, 'shikotan')).x).toBeLessThan(before.x - 40);
  const dragged = await labelPoint(page, 'shikotan');

  // The wheel zooms about the pointer: points spread apart.
  const spread = async () => {
    const [a, b] = [await labelPoint(page, 'shikotan'), await labelPoint(page, 'kunashir')];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };
  const apart = await spread();
  await page.mouse.move(dragged.x, dragged.y);
  await page.mouse.wheel(0, -400);
  await expect.poll(spread).toBeGreaterThan(apart * 1.3);

  // Keys: minus zooms out, an arrow pans.
  await map.focus();
  const zoomedIn = await spread();
  await page.keyboard.press('-');
  await expect.poll(spread).toBeLessThan(zoomedIn * 0.9);
  const beforeKey = await labelPoint(page, 'shikotan');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await labelPoint(page, 'shikotan')).x).toBeGreaterThan(beforeKey.x + 20);

  await page.getByRole('button', { name: /^Shikotan/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Shikotan/ })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the SVG map, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openMap(page, '#island=habomai');
    await expect(page.locator('ol.timeline li').first()).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });
}
