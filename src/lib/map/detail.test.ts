import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { chunksToLoad, detailCollection, type DetailChunk } from './detail.ts';

const chunks: DetailChunk[] = [
  { id: 'habomai', area: 'habomai', bbox: [145.85, 43.33, 146.42, 43.66], file: 'detail/habomai.geojson' },
  { id: 'iturup', area: 'iturup', bbox: [146.9, 44.4, 148.9, 45.6], file: 'detail/iturup.geojson' },
];
const nemuro: [number, number, number, number] = [145.6, 43.2, 146.2, 43.6];

describe('chunksToLoad', () => {
  it('loads nothing at the overview zoom', () => {
    expect(chunksToLoad(chunks, nemuro, 5, 8, new Set())).toEqual([]);
  });

  it('loads the chunks in view once zoomed in', () => {
    expect(chunksToLoad(chunks, nemuro, 9, 8, new Set()).map((c) => c.id)).toEqual(['habomai']);
  });

  it('prefetches just below the detail zoom', () => {
    expect(chunksToLoad(chunks, nemuro, 7.5, 8, new Set())).toHaveLength(1);
  });

  it('does not load a chunk twice', () => {
    expect(chunksToLoad(chunks, nemuro, 9, 8, new Set(['habomai']))).toEqual([]);
  });
});

describe('detailCollection', () => {
  const area = (id: string, note: string): Feature => ({
    type: 'Feature',
    properties: { id, note },
    geometry: { type: 'Point', coordinates: [0, 0] },
  });
  const overview: FeatureCollection = {
    type: 'FeatureCollection',
    features: [area('habomai', 'simple'), area('hokkaido', 'simple')],
  };
  const split: DetailChunk[] = [
    { id: 'habomai', area: 'habomai', bbox: [0, 0, 1, 1], file: 'a' },
    { id: 'hokkaido-0', area: 'hokkaido', bbox: [0, 0, 1, 1], file: 'b' },
    { id: 'hokkaido-1', area: 'hokkaido', bbox: [1, 1, 2, 2], file: 'c' },
  ];
  const notes = (fc: FeatureCollection) => fc.features.map((f) => `${f.properties?.id}:${f.properties?.note}`);

  it('draws the simplified shapes until detail arrives', () => {
    expect(notes(detailCollection(overview, split, new Map()))).toEqual(['habomai:simple', 'hokkaido:simple']);
  });

  it('replaces an area wholly in, keeps the simplified shape under one still partly loading', () => {
    const arrived = new Map([
      ['habomai', [area('habomai', 'detail')]],
      ['hokkaido-0', [area('hokkaido', 'detail-0')]],
    ]);
    expect(notes(detailCollection(overview, split, arrived))).toEqual([
      'hokkaido:simple',
      'habomai:detail',
      'hokkaido:detail-0',
    ]);
    arrived.set('hokkaido-1', [area('hokkaido', 'detail-1')]);
    expect(notes(detailCollection(overview, split, arrived))).toEqual([
      'habomai:detail',
      'hokkaido:detail-0',
      'hokkaido:detail-1',
    ]);
  });
});
