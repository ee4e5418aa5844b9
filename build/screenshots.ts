/**
 * Screenshots of the built app at a phone and a desktop size, for a person to look at.
 * Usage: npm run build && npx vite preview --port 4173 & then: npx tsx build/screenshots.ts [hash ...]
 * SIZES=320x568,1280x800 picks other viewports. Writes screenshots/<width>-<hash>.png. Warns when no font has Japanese.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import config from '../playwright.config.ts';

/** Why the Japanese text may show as empty boxes: no font has it (Debian's chromium package brings none). */
function japaneseFontWarning(): string | null {
  if (process.platform !== 'linux') return null; // macOS and Windows come with Japanese fonts
  const install = 'on Debian or Ubuntu: apt-get install fonts-noto-cjk';
  try {
    const fonts = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
    return fonts.trim()
      ? null
      : `No font for Japanese (fc-list :lang=ja lists none): its text will show as boxes; ${install}`;
  } catch {
    return `Could not list the fonts (fc-list, Debian's fontconfig): without a font for Japanese, its text shows as boxes; ${install}`;
  }
}

const fontWarning = japaneseFontWarning();
if (fontWarning) console.warn(fontWarning);

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
