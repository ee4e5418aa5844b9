import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { decodePosterPath, formatPosterWorld, parsePosterWorld, posterLand } from './poster-land.ts';
import { posterMarkup } from '../../../build/poster/poster.ts';
import { coastlines } from './coastline.ts';
import type { HistoryMapState } from '../history/map-state.ts';

describe('decodePosterPath', () => {
  it('reads absolute and relative moves, lines and closes', () => {
    expect(decodePosterPath('M10 10l10 0 0 10-10 0zm2 2l0 2 2 0')).toEqual([
      [
        [10, 10],
        [20, 10],
        [20, 20],
        [10, 20],
      ],
      [
        [12, 12],
        [12, 14],
        [14, 14],
      ],
    ]);
  });
});

describe('parsePosterWorld', () => {
  it('reads what formatPosterWorld writes, and nothing malformed', () => {
    expect(parsePosterWorld(formatPosterWorld({ x: 455.5, y: 187.25, scale: 61.2 }))).toEqual({
      x: 455.5,
      y: 187.25,
      scale: 61.2,
    });
    for (const bad of [null, '', '1 2', '1 2 0', '1 x 3', '1 2 -4'])
      expect(parsePosterWorld(bad), String(bad)).toBeNull();
  });
});

describe('posterLand', () => {
  // Sakhalin's south as two shapes meeting at 50°N, drawn into a poster and read back from its markup.
  const north = [
    [142, 50],
    [143.5, 50],
    [143.2, 51.5],
    [142.1, 51.2],
    [142, 50],
  ];
  const south = [
    [142, 50],
    [142.3, 46.2],
    [143.4, 46.8],
    [143.5, 50],
    [142, 50],
  ];
  const context: FeatureCollection = {
    type: 'FeatureCollection',
    features: [north, south].map((ring, i) => ({
      type: 'Feature',
      properties: { area: i ? 'sakhalin-south' : 'mainland' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    })),
  };
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
  const markup = posterMarkup({
    overview: empty,
    context,
    boundaries: empty,
    state: { shading: {}, boundaries: [] } as unknown as HistoryMapState,
    frames: { narrow: [141, 45, 145, 52], wide: [140, 44, 146, 53] },
  });
  const world = parsePosterWorld(markup.match(/data-world="([^"]+)"/)![1])!;
  // Each shape is used by both frames: read it once, as the page does from the phone's.
  const used = new Map(
    [...markup.matchAll(/<use href="#(poster-\d+)" class="[^"]+" data-area="([^"]+)"\/>/g)].map(([, id, area]) => [
      id!,
      area!,
    ]),
  );
  const shapes = [...used].map(([id, area]) => ({
    d: markup.match(new RegExp(`<path id="${id}"[^>]* d="([^"]+)"`))![1]!,
    area,
  }));
  const land = posterLand(shapes, world);

  it('gives the shapes back where they were, within a poster unit, each with its area', () => {
    expect(land.features.map((f) => f.properties?.area)).toEqual(['mainland', 'sakhalin-south']);
    const unit = 1 / world.scale;
    const [got] = (land.features[1]!.geometry as MultiPolygon).coordinates[0]!;
    expect(got).toHaveLength(south.length);
    got!.forEach(([lon], i) => expect(Math.abs(lon! - south[i]![0]!)).toBeLessThan((unit * 360) / 512 + 1e-9));
  });
  it('is marked as the poster’s, so no coast is stroked from its thinned rings', () => {
    expect(land.features.every((f) => f.properties?.poster === true)).toBe(true);
    expect(coastlines(land).features).toEqual([]);
    expect(coastlines(context).features).toHaveLength(2);
  });
});
