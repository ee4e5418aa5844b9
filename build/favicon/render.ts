/**
 * `npx tsx build/favicon/render.ts`: draws icon.svg (beside this file) as a 32×32 PNG in Chromium and writes it,
 * as a data: URL, into the <link rel="icon"> of both pages (index.html and embed.html). A PNG, not the SVG itself: Chromium fetches and decodes the
 * page's icon again on every change of the address, which the panel makes on each tap, and an SVG icon is decoded
 * as a whole SVG document (2–6 ms of the tap's main thread here; a PNG's decode is a fraction of a millisecond).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launch } from '../bench/browser.ts';

const ICON_LINK = /<link rel="icon"[^>]*>/;
const SIZE = 32;

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${SIZE}px;height:${SIZE}px}</style>${svg}`,
  );
  const png = await page.screenshot({ omitBackground: true, type: 'png' });
  const link = `<link rel="icon" type="image/png" sizes="${SIZE}x${SIZE}" href="data:image/png;base64,${png.toString('base64')}" />`;
  for (const name of ['index.html', 'embed.html']) {
    const html = new URL(`../../${name}`, import.meta.url);
    const source = readFileSync(html, 'utf8');
    if (!ICON_LINK.test(source)) throw new Error(`${name} has no <link rel="icon">`);
    writeFileSync(html, source.replace(ICON_LINK, link));
    console.log(`${name}: icon ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
