import { PNG } from 'pngjs';
import { expect, test } from './fixtures.ts';
import { openFullMap, openMap } from './support.ts';

/** The brightness (0–255) of the open sea in the map's lower left, as drawn. */
async function seaBrightness(page: import('@playwright/test').Page): Promise<number> {
  const box = (await page.locator('main').boundingBox())!;
  const png = PNG.sync.read(
    await page.screenshot({ clip: { x: box.x + 30, y: box.y + box.height - 140, width: 20, height: 20 } }),
  );
  let sum = 0;
  for (let i = 0; i < png.data.length; i += 4) sum += (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3;
  return sum / (png.data.length / 4);
}

for (const [renderer, open] of [
  ['the SVG drawing', openMap],
  ['MapLibre', openFullMap],
] as const) {
  test(`the map’s colours follow a change of the system’s colour scheme while the page is open (${renderer})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, '');
    expect(await seaBrightness(page)).toBeGreaterThan(170);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => seaBrightness(page)).toBeLessThan(90);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => seaBrightness(page)).toBeGreaterThan(170);
  });
}
