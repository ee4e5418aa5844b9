import { describe, expect, it } from 'vitest';
import { highlight, snippet, type Run } from './snippet.ts';

const text = (runs: readonly Run[] | null) => runs?.map((r) => r.text).join('') ?? null;
const hits = (runs: readonly Run[] | null) => runs?.filter((r) => r.hit).map((r) => r.text) ?? [];

describe('highlight', () => {
  it('marks whole words whose search term matched, whatever their case or diacritics', () => {
    const runs = highlight('Shikotan-tō and SHIKOTAN', new Set(['shikotan', 'to']));
    expect(hits(runs)).toEqual(['Shikotan', 'tō', 'SHIKOTAN']);
    expect(text(runs)).toBe('Shikotan-tō and SHIKOTAN');
  });

  it('marks Cyrillic and Japanese names', () => {
    expect(hits(highlight('остров Шикотан', new Set(['шикотан'])))).toEqual(['Шикотан']);
    expect(hits(highlight('色丹島 (Shikotan)', new Set(['色丹島'])))).toEqual(['色丹島']);
  });
});

describe('snippet', () => {
  const long = `${'Alpha beta gamma delta. '.repeat(10)}Lavrov said the differences were still big. ${'Epsilon zeta eta theta. '.repeat(10)}`;

  it('shows a few words around the first match, cut at spaces and marked where cut', () => {
    const runs = snippet(long, new Set(['lavrov']), 80)!;
    const shown = text(runs)!;
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(80 + 4);
    expect(hits(runs)).toEqual(['Lavrov']);
    // Whole words only: what is shown, less the marks, is a run of the text that starts and ends at a word.
    const inner = shown.slice(2, -2);
    expect(long).toContain(inner);
    expect(long[long.indexOf(inner) - 1]).toBe(' ');
  });

  it('gives the start of a short text whole', () => {
    expect(text(snippet('Lavrov and Kishida meet', new Set(['kishida'])))).toBe('Lavrov and Kishida meet');
  });

  it('gives nothing when a match is required and there is none, else the start', () => {
    expect(snippet(long, new Set(['nobody']), 80, true)).toBeNull();
    expect(text(snippet(long, new Set(['nobody']), 40))!.startsWith('Alpha beta')).toBe(true);
  });
});
