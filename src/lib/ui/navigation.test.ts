import { describe, expect, it } from 'vitest';
import { isPlainClick, readerBackLabel, sourcesOver } from './navigation.ts';

describe('navigation', () => {
  const click = { metaKey: false, ctrlKey: false, shiftKey: false, button: 0 };

  it('handles a plain click only, not one that opens a tab or a window', () => {
    expect(isPlainClick(click)).toBe(true);
    expect(isPlainClick({ ...click, metaKey: true })).toBe(false);
    expect(isPlainClick({ ...click, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...click, shiftKey: true })).toBe(false);
    expect(isPlainClick({ ...click, button: 1 })).toBe(false);
  });

  it('opens Sources over the island, year and point of view, closing the search and the reader', () => {
    expect(
      sourcesOver({ island: 'shikotan', year: 1956, view: 'japan', q: 'treaty', article: 'a', excerpt: 1, para: 2 }),
    ).toEqual({
      island: 'shikotan',
      year: 1956,
      view: 'japan',
      sources: true,
      q: undefined,
      article: undefined,
      excerpt: undefined,
      para: undefined,
    });
  });

  it("names the reader's way back: the search, then Sources, then the island, else the map", () => {
    expect(readerBackLabel({ search: true, sources: true, islandName: 'Shikotan' })).toBe('Back to the search');
    expect(readerBackLabel({ search: false, sources: true, islandName: 'Shikotan' })).toBe('Back to the sources');
    expect(readerBackLabel({ search: false, sources: false, islandName: 'Shikotan' })).toBe('Back to Shikotan');
    expect(readerBackLabel({ search: false, sources: false })).toBe('Back to the map');
  });
});
