import { describe, expect, it } from 'vitest';
import { closestPassage, ExcerptMatcher, findExcerpt } from './find-excerpt.ts';

const ARTICLE =
  'TOKYO, May 11. /TASS/. Japanese Foreign Minister has called for stepping up the peace treaty talks.\n\n' +
  '“We would like to complete these talks as soon as possible,” Taro Kono said   in Sapporo.\n\n' +
  'Russia’s position, he added, is «well known».';

describe('findExcerpt', () => {
  it('finds an exact passage and the offsets map back exactly', () => {
    const q = 'Japanese Foreign Minister has called';
    const s = findExcerpt(ARTICLE, q)!;
    expect(ARTICLE.slice(s.start, s.end)).toBe(q);
  });

  it('accepts straight quotes for typographic ones and other whitespace, mapping back to the stored text', () => {
    const q = '"We would like to complete these talks as soon as possible," Taro Kono said in\nSapporo.';
    const s = findExcerpt(ARTICLE, q)!;
    expect(s).not.toBeNull();
    expect(ARTICLE.slice(s.start, s.end)).toBe(
      '“We would like to complete these talks as soon as possible,” Taro Kono said   in Sapporo.',
    );
  });

  it("accepts ' for ’ and \" for « » across a paragraph break", () => {
    const q = 'Sapporo. Russia\'s position, he added, is "well known".';
    const s = findExcerpt(ARTICLE, q)!;
    expect(ARTICLE.slice(s.start, s.end)).toBe('Sapporo.\n\nRussia’s position, he added, is «well known».');
    expect(s.end).toBe(ARTICLE.length);
  });

  it('ignores leading and trailing whitespace of the quote', () => {
    const s = findExcerpt(ARTICLE, '  TOKYO, May 11.\n')!;
    expect(s).toEqual({ start: 0, end: 14 });
  });

  it('does not accept a changed word, a dropped comma, a changed dash or a changed case', () => {
    expect(findExcerpt(ARTICLE, 'Japanese Foreign Minister had called')).toBeNull();
    expect(findExcerpt(ARTICLE, 'Russia’s position he added, is')).toBeNull();
    expect(findExcerpt(ARTICLE, 'japanese Foreign Minister')).toBeNull();
    expect(findExcerpt('a – b', 'a - b')).toBeNull();
    expect(findExcerpt(ARTICLE, 'Japanese ForeignMinister')).toBeNull();
    expect(findExcerpt(ARTICLE, '')).toBeNull();
  });

  it('handles CRLF articles', () => {
    const crlf = 'One line.\r\n\r\nTwo  lines.';
    const s = findExcerpt(crlf, 'One line. Two lines.')!;
    expect(crlf.slice(s.start, s.end)).toBe('One line.\r\n\r\nTwo  lines.');
  });

  it('returns the first of several occurrences', () => {
    expect(findExcerpt('ab ab', 'ab')).toEqual({ start: 0, end: 2 });
  });
});

describe('closestPassage', () => {
  it('shows the passage with the typo, widened to whole words', () => {
    const c = closestPassage(ARTICLE, 'Japanese Foreign Minster has caled for');
    expect(c.passage).toBe('Japanese Foreign Minister has called for');
    expect(c.distance).toBe(2);
  });
  it('finds the passage with a dropped comma', () => {
    const c = new ExcerptMatcher(ARTICLE).closest('Russia’s position he added, is');
    expect(c.passage).toBe('Russia’s position, he added, is');
    expect(ARTICLE.slice(c.start, c.end)).toBe(c.passage);
  });
  it('copes with an empty article or quote', () => {
    expect(closestPassage('', 'x').passage).toBe('');
    expect(closestPassage('abc', '').passage).toBe('');
  });
});
