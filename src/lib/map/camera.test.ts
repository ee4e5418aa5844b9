import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { cameraPadding, featureBbox, intersects, overviewBbox, unionBbox, SIDE_PANEL_WIDTH } from './camera.ts';

const ring = (w: number, s: number, e: number, n: number) => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];

describe('camera', () => {
  it('finds the bounding box of a multipolygon', () => {
    const f: Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [ring(145, 43, 146, 44), ring(146.5, 43.2, 147, 43.9)] },
    };
    expect(featureBbox(f)).toEqual([145, 43, 147, 44]);
  });

  it('unions boxes', () => {
    expect(
      unionBbox([
        [1, 2, 3, 4],
        [0, 3, 2, 5],
      ]),
    ).toEqual([0, 2, 3, 5]);
  });

  it('tests box intersection, touching included', () => {
    expect(intersects([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(intersects([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
  });

  it('keeps a selected area clear of the side panel on a desktop', () => {
    const p = cameraPadding(1280, 800, true);
    expect(p.right).toBeGreaterThan(SIDE_PANEL_WIDTH);
    expect(p.bottom).toBeLessThan(400);
  });

  it('keeps the overview clear of the map buttons at the top of a phone', () => {
    expect(cameraPadding(390, 600, false).top).toBeGreaterThanOrEqual(100 - 10);
  });

  it('keeps a selected area above the bottom sheet on a phone', () => {
    const p = cameraPadding(390, 844, true);
    expect(p.bottom).toBeGreaterThanOrEqual(422);
    expect(p.right).toBeLessThan(100);
  });
});

describe('overviewBbox', () => {
  const square = (id: string, status: string, w: number, s: number, e: number, n: number) => ({
    type: 'Feature' as const,
    properties: { id, status },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  });
  const areas = {
    type: 'FeatureCollection' as const,
    features: [
      square('hokkaido', 'japan', 139.5, 41.4, 145.8, 45.5),
      square('iturup', 'disputed', 146.8, 44.4, 148.9, 45.6),
      square('habomai', 'disputed', 145.6, 43.2, 146.2, 43.6),
    ],
  };

  it('frames all five areas on a wide screen', () => {
    expect(overviewBbox(areas, { width: 1280, height: 800 })).toEqual([139.5, 41.4, 148.9, 45.6]);
  });

  it('frames the disputed areas and Hokkaido’s eastern end on a phone, in portrait and landscape', () => {
    for (const size of [
      { width: 390, height: 600 },
      { width: 844, height: 390 },
    ]) {
      const [west, south, east, north] = overviewBbox(areas, size);
      expect([south, east, north]).toEqual([43.2, 148.9, 45.6]);
      expect(west).toBeGreaterThan(144);
      expect(west).toBeLessThan(145.6);
    }
  });
});
