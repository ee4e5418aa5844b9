/**
 * Screenshots of the built app at a phone and a desktop size, for a person to look at.
 * Usage: npm run build && npx vite preview --port 4173 & then: npx tsx build/screenshots.ts [hash ...]
 * SIZES=320x568,1280x800 picks other viewports. Writes screenshots/<width>-<hash>.png.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import config from '../playwright.config.ts';

const sizes = (process.env.SIZES ?? '390x844,1280x800').split(',').map((size) => {
  const [width = 390, height = 844] = size.split('x').map(Number);
  return { name: String(width), width, height };
});
const hashes = process.argv.slice(2).length ? process.argv.slice(2) : [''];
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(config.use?.launchOptions);
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
  for (const hash of hashes) {
    await page.goto(`${base}${hash}`);
    await page.waitForSelector('main[data-map-ready="true"]', { timeout: 45_000 });
    await page.waitForTimeout(1500);
    const name = hash.replace(/[^a-z0-9=-]+/gi, '_') || 'overview';
    await page.screenshot({ path: `screenshots/${size.name}-${name}.png` });
  }
  await page.close();
}
await browser.close();
