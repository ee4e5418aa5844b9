import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { PREVIEW_ORIGIN } from './servers.ts';

export const ISLANDS = [
  { id: 'iturup', name: 'Iturup' },
  { id: 'kunashir', name: 'Kunashir' },
  { id: 'shikotan', name: 'Shikotan' },
  { id: 'habomai', name: 'Habomai' },
  { id: 'hokkaido', name: 'Hokkaido' },
] as const;

/**
 * Every request the page makes to a host other than `origin`, every request that failed or was answered with an
 * error status, and every console error.
 */
export function watchPage(
  page: Page,
  origin = PREVIEW_ORIGIN,
): { foreignRequests: string[]; failedRequests: string[]; errors: string[] } {
  const foreignRequests: string[] = [];
  const failedRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.origin !== origin) foreignRequests.push(request.url());
  });
  page.on('requestfailed', (request) =>
    failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { foreignRequests, failedRequests, errors };
}

/** Opens the app at a hash and waits until the map is drawn and working (the SVG drawing of the first view). */
export async function openMap(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.locator('main[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
}

/** Zooms the SVG drawing in and back out by hand, with the keys (the same on a phone and a desktop). */
export async function zoomByHand(page: Page): Promise<void> {
  await page.locator('svg.svg-map').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('-');
}

/** Starts MapLibre as a reader does, with a first zoom by hand, and waits for it. */
export async function startMapLibre(page: Page): Promise<void> {
  await zoomByHand(page);
  await expect(page.locator('main[data-renderer="maplibre"]')).toBeVisible({ timeout: 45_000 });
}

/** Opens the app at a hash, then starts MapLibre (`startMapLibre`). */
export async function openFullMap(page: Page, hash = ''): Promise<void> {
  await openMap(page, hash);
  await startMapLibre(page);
}

/** Page coordinates of an island's label point, as the map projects it (the dot the label is anchored to). */
export async function labelPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`li:has(> button[data-island="${id}"])`).boundingBox();
  if (!box) throw new Error(`no label for ${id}`);
  return { x: box.x, y: box.y };
}

/** How many distinct colours a PNG holds (sampled), to tell a drawn map from a blank canvas. */
/**
 * Resolves once the browser has been idle twice in a row: the work a step scheduled (frames, timers, idle tasks such
 * as the panel's filling in and the after-first-view work) has run by then.
 */
export async function untilIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))));
}

export function distinctColours(png: Buffer): number {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4 * 37) {
    colours.add((image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!);
  }
  return colours.size;
}

/** axe's WCAG 2.2 A and AA rules: each violation as a line naming the rule and the elements. */
export async function audit(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    // Only violations are read: axe then lists one node per passed or inapplicable rule, not every node it
    // checked (on an island's whole history, thousands), which is most of its time on a large page.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
