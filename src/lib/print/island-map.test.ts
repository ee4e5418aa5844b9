import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { islandPrintMap } from './island-map.ts';

const square = (id: string, lon: number, lat: number, size = 0.2) => ({
  type: 'Feature' as const,
  properties: { id },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  },
});
const areas: FeatureCollection = {
  type: 'FeatureCollection',
  features: [square('shikotan', 146.6, 43.8), square('habomai', 146.0, 43.5), square('iturup', 148, 45)],
};

describe('the printed island map', () => {
  it('frames the island with its neighbours in reach, and leaves out areas beyond the frame', () => {
    const map = islandPrintMap(areas, 'shikotan', 3)!;
    expect(map.viewBox).toMatch(/^0 0 1000 \d+$/);
    expect(map.paths.map((p) => [p.id, p.focus])).toEqual([
      ['shikotan', true],
      ['habomai', false],
    ]);
    expect(map.paths[0]!.d).toMatch(/^M[\d.]+ [\d.]+L/);
  });
  it('draws nothing for an unknown island', () => {
    expect(islandPrintMap(areas, 'urup')).toBeNull();
  });
});
