import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

// The page's icon is fetched and decoded again on each change of the address (render.ts says why it is a PNG).
const iconLink = (page: string) =>
  readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8').match(/<link rel="icon"[^>]*>/)?.[0] ?? '';

describe("the pages' icon", () => {
  const link = iconLink('index.html');

  it('is in embed.html too, the same (without one a browser asks the host for /favicon.ico)', () => {
    expect(iconLink('embed.html')).toBe(link);
  });

  it('is a 32×32 PNG in a data: URL, not an SVG', () => {
    const data = link.match(/href="data:image\/png;base64,([^"]+)"/)?.[1];
    expect(data, link).toBeDefined();
    const png = PNG.sync.read(Buffer.from(data!, 'base64'));
    expect([png.width, png.height]).toEqual([32, 32]);
  });
});
