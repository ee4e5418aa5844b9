import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ISLAND_IDS } from '../../src/lib/geo/islands.ts';
import { posterHtml, posterPlugin } from './plugin.ts';

describe('the poster written into the page', () => {
  const html = posterHtml('.', '2026-12-03');

  it('links each of the five areas to its panel, in both frames', () => {
    for (const id of ISLAND_IDS)
      expect(html.match(new RegExp(`<a href="#island=${id}" aria-label="[^"]+">`, 'g')), id).toHaveLength(2);
  });
  it('shows today’s map: the four disputed areas hatched, Hokkaido Japan’s, the line of control', () => {
    expect(html.match(/class="poster-disputed poster-area"/g)).toHaveLength(8);
    expect(html).toMatch(
      /<a href="#island=hokkaido"[^>]*><use href="#poster-\d+" class="poster-japan poster-area"\/><\/a>/,
    );
    expect(html.match(/class="poster-line/g)).toHaveLength(2);
  });
  it('stays small: under 8 KB gzipped, since every page view pays for it', () => {
    expect(gzipSync(html).length).toBeLessThan(8 * 1024);
  });
});

describe('posterPlugin', () => {
  const transform = posterPlugin().transformIndexHtml as (html: string, context: { filename: string }) => string;
  it('puts the poster just before the app’s element', () => {
    expect(transform('<body><div id="app"></div></body>', { filename: 'index.html' })).toMatch(
      /^<body><div id="poster" class="poster">.*<\/div>\s*<div id="app"><\/div><\/body>$/s,
    );
  });
  it('fails the build, naming the page, when there is no app element', () => {
    expect(() => transform('<body></body>', { filename: 'other.html' })).toThrow(
      /other\.html: no <div id="app"><\/div>/,
    );
  });
});
