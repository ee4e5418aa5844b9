import { describe, expect, it } from 'vitest';
import { buildVersion, precacheList, type BuiltFile } from './precache.ts';

const file = (path: string, text = path): BuiltFile => ({ path, bytes: new TextEncoder().encode(text) });

const BUILD = [
  'index.html',
  'embed.html',
  'embed.js',
  'assets/main-BWXT88jK.js',
  'assets/main-BGozBZke.css',
  'assets/overview.topo-DOnAjZs4.json',
  'assets/panel-views-zAcWTiR-.js',
  'assets/maplibre-renderer-6SWe-uiB.js',
  'assets/maplibre-gl-worker-CZtFQQIV.js',
  'assets/search-view-BpezuMhD.js',
  'assets/context-far.topo-DTkofF9R.json',
  'assets/kunashir-4BwX9p2T.geojson',
  'assets/hokkaido-0-1-CA9K86iq.geojson',
  'assets/places-CxeS_2wv.geojson',
  'data/events.csv',
].map((path) => file(path));

describe('offline precache', () => {
  it('keeps the page, its shell, the first view, the panels and the search, and leaves the finer map to first use', () => {
    expect(precacheList(BUILD, ['kunashir', 'hokkaido-0-1'])).toEqual([
      'assets/main-BGozBZke.css',
      'assets/main-BWXT88jK.js',
      'assets/overview.topo-DOnAjZs4.json',
      'assets/panel-views-zAcWTiR-.js',
      'assets/places-CxeS_2wv.geojson',
      'assets/search-view-BpezuMhD.js',
      'index.html',
    ]);
  });

  it('tells a detail file from a first-view file that begins with the same name', () => {
    const list = precacheList(
      [file('assets/kunashir-4BwX9p2T.geojson'), file('assets/kunashir-labels-4BwX9p2T.json')],
      ['kunashir'],
    );
    expect(list).toEqual(['assets/kunashir-labels-4BwX9p2T.json']);
  });

  it('gives a new version for any change to any file, and the same one for the same files in any order', () => {
    const version = buildVersion(BUILD);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(buildVersion([...BUILD].reverse())).toBe(version);
    expect(buildVersion(BUILD.map((f) => (f.path === 'data/events.csv' ? file(f.path, 'changed') : f)))).not.toBe(
      version,
    );
    expect(buildVersion(BUILD.map((f) => (f.path === 'embed.js' ? file('embed2.js', 'embed.js') : f)))).not.toBe(
      version,
    );
  });
});
