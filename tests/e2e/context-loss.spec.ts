import { expect, test } from './fixtures.ts';
import { distinctColours, openFullMap, untilIdle } from './support.ts';
import { LIGHT } from '../../src/lib/map/palette.ts';

type LoseContext = { loseContext(): void; restoreContext(): void };

/** Takes the WebGL context from MapLibre's canvas, as a GPU reset or a busy browser would. */
async function loseContext(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
    const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __lose: LoseContext }).__lose = ext;
    ext.loseContext();
  });
}

test('a lost WebGL context shows the SVG drawing at once, working, and MapLibre takes over again when it returns', async ({
  page,
}) => {
  await openFullMap(page, '#island=shikotan');
  const sketch = page.locator('svg.svg-map');
  await expect(sketch).toHaveCount(0);

  await loseContext(page);
  await expect(sketch).toBeVisible();
  await expect(page.getByText('graphics were interrupted')).toBeVisible();
  expect(distinctColours(await page.locator('main').screenshot())).toBeGreaterThan(20);
  // The drawing is the map meanwhile: the selection stays, and a label still opens its island.
  await expect(sketch.locator('path.focus[data-area="shikotan"]')).toHaveAttribute('stroke', LIGHT.selectedLine);
  await page.getByRole('button', { name: 'Close panel' }).click();
  await page.getByRole('button', { name: 'Show all islands' }).click();
  await page.getByRole('button', { name: /^Kunashir/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Kunashir/ })).toBeVisible();

  await page.evaluate(() => (window as unknown as { __lose: LoseContext }).__lose.restoreContext());
  await expect(sketch).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText('graphics were interrupted')).toHaveCount(0);
  await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
  expect(distinctColours(await page.locator('main').screenshot())).toBeGreaterThan(20);
});

test('if the context never returns, the SVG map stays and keeps working', async ({ page }) => {
  await openFullMap(page);
  await loseContext(page);
  const sketch = page.locator('svg.svg-map');
  await expect(sketch).toBeVisible();
  await untilIdle(page);
  await expect(sketch).toBeVisible();
  await page.getByRole('button', { name: /^Habomai/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Habomai/ })).toBeVisible();
});
