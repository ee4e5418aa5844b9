import { describe, expect, it } from 'vitest';
import { chunksToLoad, type DetailChunk } from './detail';

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
