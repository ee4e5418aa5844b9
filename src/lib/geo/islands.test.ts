import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { accessibleName, formatArea, formatDistance, isIslandId, readIslands } from './islands.ts';

describe('islands', () => {
  it('names an island English first, then Japanese romaji and Russian', () => {
    expect(accessibleName({ name_en: 'Shikotan', name_ja_romaji: 'Shikotan-tō', name_ru: 'Шикотан' })).toBe(
      'Shikotan (Shikotan-tō, Шикотан)',
    );
  });

  it('knows the five ids and nothing else', () => {
    expect(isIslandId('habomai')).toBe(true);
    expect(isIslandId('urup')).toBe(false);
    expect(isIslandId(undefined)).toBe(false);
  });

  it('refuses a layer that lacks an area', () => {
    const fc: FeatureCollection = { type: 'FeatureCollection', features: [] };
    expect(() => readIslands(fc)).toThrow(/iturup/);
  });

  it('formats areas and distances for reading', () => {
    expect(formatArea(3168.04)).toBe('3,168 km²');
    expect(formatArea(94.61)).toBe('94.6 km²');
    expect(formatDistance(16.08)).toBe('16.1 km');
    expect(formatDistance(144.4)).toBe('144 km');
  });
});
