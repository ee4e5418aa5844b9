import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import {
  areaBoxes,
  cameraPadding,
  featureBbox,
  fitOf,
  intersects,
  overviewBbox,
  REGION,
  unionBbox,
  SIDE_PANEL_WIDTH,
} from './camera.ts';

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

describe('fitOf: what each camera target frames, for both renderers', () => {
  const area = (id: string, status: string, box: [number, number, number, number]): Feature => ({
    type: 'Feature',
    properties: { id, status },
    geometry: { type: 'Polygon', coordinates: ring(...box) },
  });
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      area('hokkaido', 'japan', [139.8, 41.4, 145.8, 45.5]),
      area('kunashir', 'disputed', [145.4, 43.6, 146.6, 44.5]),
      area('habomai', 'disputed', [145.8, 43.3, 146.2, 43.6]),
    ],
  };
  const areas = { boxes: areaBoxes(collection), collection };
  const wide = { width: 1280, height: 800 };

  it('frames an area by its own box, the Habomai islets one zoom level further in than the rest', () => {
    expect(fitOf('kunashir', areas, wide)).toEqual({ box: [145.4, 43.6, 146.6, 44.5], maxZoom: 9 });
    expect(fitOf('habomai', areas, wide)).toEqual({ box: [145.8, 43.3, 146.2, 43.6], maxZoom: 10 });
  });

  it('frames all areas as the overview does, and the region the treaties changed', () => {
    expect(fitOf('all', areas, wide)).toEqual({ box: overviewBbox(collection, wide), maxZoom: 9 });
    expect(fitOf('region', areas, wide)).toEqual({ box: REGION, maxZoom: 9 });
  });

  it('has nothing to fit for a camera named outright or an area it does not know', () => {
    expect(fitOf({ zoom: 8, lat: 44, lon: 146 }, areas, wide)).toBeNull();
    expect(fitOf('iturup', areas, wide)).toBeNull();
  });
});
