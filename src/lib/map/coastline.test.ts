import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { coastlines } from './coastline.ts';
import { readFileSync } from 'node:fs';

const square = (id: string, area: string, ring: Position[]): Feature<Polygon> => ({
  type: 'Feature',
  properties: { id, area },
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const segments = (fc: FeatureCollection) =>
  fc.features.flatMap((f) =>
    f.geometry.type === 'MultiLineString'
      ? f.geometry.coordinates.flatMap((l) => l.slice(1).map((b, i) => [l[i]!, b]))
      : [],
  );

describe('coastlines', () => {
  it('drops the edge two polygons share and keeps every other edge', () => {
    // two halves of one island, cut at y = 1 (the cut runs west→east in one ring and east→west in the other)
    const south = square('s', 'south', [
      [0, 0],
      [2, 0],
      [2, 1],
      [0, 1],
      [0, 0],
    ]);
    const north = square('n', 'north', [
      [0, 1],
      [2, 1],
      [2, 2],
      [0, 2],
      [0, 1],
    ]);
    const coast = coastlines({ type: 'FeatureCollection', features: [south, north] });
    const segs = segments(coast);
    expect(segs).toHaveLength(6);
    expect(segs.some(([a, b]) => a![1] === 1 && b![1] === 1)).toBe(false);
    expect(coast.features.map((f) => f.properties)).toEqual([
      { id: 's', area: 'south' },
      { id: 'n', area: 'north' },
    ]);
  });
  it('draws a ring whose shared edge is its first as one unbroken line', () => {
    const a = square('a', 'a', [
      [0, 1],
      [0, 0],
      [2, 0],
      [2, 1],
      [0, 1],
    ]);
    const b = square('b', 'b', [
      [0, 1],
      [2, 1],
      [2, 2],
      [0, 2],
      [0, 1],
    ]);
    const [fa] = coastlines({ type: 'FeatureCollection', features: [a, b] }).features;
    expect(fa!.geometry.coordinates).toEqual([
      [
        [0, 1],
        [0, 0],
        [2, 0],
        [2, 1],
      ],
    ]);
  });
  it('keeps the whole outline of a polygon that shares nothing', () => {
    const a = square('a', 'a', [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
    expect(coastlines({ type: 'FeatureCollection', features: [a] }).features[0]!.geometry.coordinates).toEqual([
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ]);
  });
  it('the drawn context coast never runs along Sakhalin’s 50°N cut', () => {
    const land = JSON.parse(readFileSync('geo/out/context.geojson', 'utf8')) as FeatureCollection;
    const sakhalin = land.features.filter((f) => /^osm-\d+-(south|north)$/.test(String(f.properties?.id)));
    expect(sakhalin).toHaveLength(2);
    // the cut is there in the fills...
    const onCut = (a: Position, b: Position) => a[1] === 50 && b[1] === 50 && a[0]! > 141 && a[0]! < 145;
    const fillEdges = sakhalin
      .flatMap(
        (f) =>
          (f.geometry as Polygon | { type: 'MultiPolygon'; coordinates: Position[][][] }).coordinates.flat(
            f.geometry.type === 'MultiPolygon' ? 1 : 0,
          ) as Position[][],
      )
      .flatMap((r) => r.slice(1).map((b, i) => [r[i]!, b]));
    expect(fillEdges.some(([a, b]) => onCut(a!, b!))).toBe(true);
    // ...and nowhere in the coast
    expect(segments(coastlines(land)).filter(([a, b]) => onCut(a!, b!))).toEqual([]);
  });
});
