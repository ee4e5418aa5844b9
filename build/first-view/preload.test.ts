import { describe, expect, it } from 'vitest';
import { firstViewPreloads, type BundleItem } from './preload.ts';

const ROOT = '/repo';
const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []): BundleItem => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
});
const asset = (fileName: string, source: string): BundleItem => ({
  type: 'asset',
  fileName,
  originalFileNames: [source],
});

function bundle(...items: BundleItem[]): Record<string, BundleItem> {
  return Object.fromEntries(items.map((item) => [item.fileName, item]));
}

const BUILD = bundle(
  chunk('assets/main-1.js', `${ROOT}/index.html`, ['assets/shared-1.js']),
  chunk('assets/shared-1.js', null),
  chunk('assets/svg-renderer-1.js', `${ROOT}/src/map/svg-renderer.ts`, ['assets/coastline-1.js', 'assets/shared-1.js']),
  chunk('assets/coastline-1.js', `${ROOT}/src/lib/map/coastline.ts`),
  chunk('assets/_virtual_history-1.js', '\0virtual:history'),
  chunk('assets/maplibre-renderer-1.js', `${ROOT}/src/map/maplibre-renderer.ts`),
  asset('assets/overview.topo-1.json', 'geo/out/overview.topo.json'),
  asset('assets/context.topo-1.json', 'geo/out/context.topo.json'),
  asset('assets/context-far.topo-1.json', 'geo/out/context-far.topo.json'),
  asset('assets/boundaries-1.geojson', 'geo/out/boundaries.geojson'),
  asset('assets/places-1.geojson', 'geo/out/places.geojson'),
  asset('assets/kunashir-1.geojson', 'geo/out/detail/kunashir.geojson'),
);

describe('first-view preloads', () => {
  it('preloads the drawing code with its imports, not what the page script loads itself, then the first view’s geometry', () => {
    expect(firstViewPreloads(BUILD, 'assets/main-1.js', ROOT)).toEqual([
      { rel: 'modulepreload', href: './assets/svg-renderer-1.js' },
      { rel: 'modulepreload', href: './assets/coastline-1.js' },
      { rel: 'modulepreload', href: './assets/_virtual_history-1.js' },
      { rel: 'preload', href: './assets/overview.topo-1.json' },
      { rel: 'preload', href: './assets/boundaries-1.geojson' },
      { rel: 'preload', href: './assets/places-1.geojson' },
    ]);
  });

  it('fails the build, naming the file, when a first-view file is missing from the bundle', () => {
    const { ['assets/places-1.geojson']: _places, ...withoutPlaces } = BUILD;
    expect(() => firstViewPreloads(withoutPlaces, 'assets/main-1.js', ROOT)).toThrow('geo/out/places.geojson');
    const { ['assets/_virtual_history-1.js']: _history, ...withoutHistory } = BUILD;
    expect(() => firstViewPreloads(withoutHistory, 'assets/main-1.js', ROOT)).toThrow('virtual:history');
  });
});
