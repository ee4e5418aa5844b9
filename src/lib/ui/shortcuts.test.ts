import { describe, expect, it } from 'vitest';
import { shortcutFor, type OpenViews } from './shortcuts.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const nothing: OpenViews = { reader: false, search: false, sources: false, island: false };
const page = { embed: false, typing: false };

describe('keyboard shortcuts', () => {
  it('opens the search with /, or focuses its field when it is open', () => {
    expect(shortcutFor(key('/'), nothing, page)).toBe('open-search');
    expect(shortcutFor(key('/'), { ...nothing, search: true }, page)).toBe('focus-search');
  });

  it('leaves / alone with a modifier, while typing, and in an embed', () => {
    expect(shortcutFor(key('/', { ctrlKey: true }), nothing, page)).toBeNull();
    expect(shortcutFor(key('/', { metaKey: true }), nothing, page)).toBeNull();
    expect(shortcutFor(key('/', { altKey: true }), nothing, page)).toBeNull();
    expect(shortcutFor(key('/'), nothing, { embed: false, typing: true })).toBeNull();
    expect(shortcutFor(key('/'), nothing, { embed: true, typing: false })).toBeNull();
  });

  it('closes the topmost view with Escape: reader, then search, then Sources, then the island', () => {
    const all: OpenViews = { reader: true, search: true, sources: true, island: true };
    expect(shortcutFor(key('Escape'), all, page)).toBe('close-reader');
    expect(shortcutFor(key('Escape'), { ...all, reader: false }, page)).toBe('close-search');
    expect(shortcutFor(key('Escape'), { ...nothing, sources: true, island: true }, page)).toBe('close-sources');
    expect(shortcutFor(key('Escape'), { ...nothing, island: true }, page)).toBe('close-island');
  });

  it('lets Escape through when nothing is open, and ignores other keys', () => {
    expect(shortcutFor(key('Escape'), nothing, page)).toBeNull();
    expect(shortcutFor(key('a'), { ...nothing, island: true }, page)).toBeNull();
  });

  it('closes with Escape while typing and in an embed too', () => {
    expect(shortcutFor(key('Escape'), { ...nothing, search: true }, { embed: true, typing: true })).toBe(
      'close-search',
    );
  });
});
