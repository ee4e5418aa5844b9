import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildLandMask, foreignLandShare } from './land-mask.ts';
import { toWorld } from './mercator.ts';

// A square island with a lagoon (a hole), and a smaller island to its east.
const collection: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'big' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [145, 43],
            [146, 43],
            [146, 44],
            [145, 44],
            [145, 43],
          ],
          [
            [145.4, 43.4],
            [145.6, 43.4],
            [145.6, 43.6],
            [145.4, 43.6],
            [145.4, 43.4],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { id: 'small' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [147, 43.2],
              [147.3, 43.2],
              [147.3, 43.5],
              [147, 43.5],
              [147, 43.2],
            ],
          ],
        ],
      },
    },
  ],
};
const mask = buildLandMask(collection, 400);
const at = (lon: number, lat: number) => mask.areaAt(...toWorld(lon, lat));

describe('buildLandMask', () => {
  it('finds each area under its own points', () => {
    expect(at(145.2, 43.8)).toBe('big');
    expect(at(145.9, 43.1)).toBe('big');
    expect(at(147.15, 43.35)).toBe('small');
  });

  it('leaves the sea, the lagoon and the world outside the raster empty', () => {
    expect(at(146.5, 43.5)).toBeNull();
    expect(at(145.5, 43.5)).toBeNull();
    expect(at(150, 43.5)).toBeNull();
    expect(at(140, 40)).toBeNull();
  });

  it('answers nothing for a collection without polygons', () => {
    expect(buildLandMask({ type: 'FeatureCollection', features: [] }).areaAt(1, 1)).toBeNull();
  });
});

describe('foreignLandShare', () => {
  // Screen pixels at zoom 6 around 145.5°E 43.5°N, north up, as a renderer's project() gives them.
  const scale = 2 ** 6;
  const [cx, cy] = toWorld(145.5, 43.5);
  const project = (lon: number, lat: number) => {
    const [x, y] = toWorld(lon, lat);
    return { x: 400 + (x - cx) * scale, y: 300 + (y - cy) * scale };
  };
  const share = foreignLandShare(mask, project);
  const box = (lon: number, lat: number, size = 10) => {
    const p = project(lon, lat);
    return { left: p.x - size / 2, top: p.y - size / 2, right: p.x + size / 2, bottom: p.y + size / 2 };
  };

  it('counts another area’s land, not the label’s own, nor the sea', () => {
    expect(share('small', box(145.2, 43.8))).toBe(1);
    expect(share('big', box(145.2, 43.8))).toBe(0);
    expect(share('small', box(146.5, 43.5))).toBe(0);
  });

  it('gives the part of a box that straddles a coast', () => {
    const p = project(146, 43.5);
    const half = share('small', { left: p.x - 30, top: p.y - 10, right: p.x + 30, bottom: p.y + 10 });
    expect(half).toBeGreaterThan(0.4);
    expect(half).toBeLessThan(0.6);
  });
});
