import { describe, expect, it } from 'vitest';
import { parseHash } from './hash-state.ts';
import { resolveHash, unreadableNotices, type KnownIds } from './resolve.ts';

const known: KnownIds = {
  islands: new Set(['iturup', 'shikotan', 'habomai']),
  events: new Map([
    ['1956-joint-declaration', { islands: ['shikotan', 'habomai'], year: 1956 }],
    ['1855-shimoda', { islands: ['iturup', 'shikotan'], year: 1855 }],
  ]),
  articles: new Map([['tass-2015', 3]]),
  paragraphs: new Map([['tass-2015', 12]]),
};
const loading: KnownIds = { ...known, articles: null };

describe('resolveHash', () => {
  it('keeps a valid view as it is', () => {
    const state = { island: 'shikotan', event: '1956-joint-declaration', year: 1956, article: 'tass-2015', excerpt: 2 };
    expect(resolveHash(state, known)).toEqual({ state, notices: [] });
  });

  it('drops an unknown island and its event, with a notice', () => {
    const r = resolveHash({ island: 'atlantis', event: '1855-shimoda' }, known);
    expect(r.state).toEqual({});
    expect(r.notices[0]).toContain('atlantis');
  });

  it('drops an unknown event but keeps the island', () => {
    const r = resolveHash({ island: 'iturup', event: '2099-nothing' }, known);
    expect(r.state).toEqual({ island: 'iturup' });
    expect(r.notices).toHaveLength(1);
  });

  it('opens an event by a former id under its id now, without a notice', () => {
    const renamed: KnownIds = { ...known, renamedEvents: new Map([['1956-old-name', '1956-joint-declaration']]) };
    expect(resolveHash({ event: '1956-old-name' }, renamed)).toEqual({
      state: { island: 'shikotan', event: '1956-joint-declaration', year: 1956 },
      notices: [],
    });
    expect(resolveHash({ island: 'habomai', event: '1956-old-name' }, renamed).state.event).toBe(
      '1956-joint-declaration',
    );
  });

  it('drops an event that is not in the island’s history', () => {
    expect(resolveHash({ island: 'iturup', event: '1956-joint-declaration' }, known).state).toEqual({
      island: 'iturup',
    });
  });

  it('opens an event without an island on the island it is chiefly about, at its year', () => {
    expect(resolveHash({ event: '1956-joint-declaration' }, known).state).toEqual({
      island: 'shikotan',
      event: '1956-joint-declaration',
      year: 1956,
    });
  });

  it('moves the slider to the year of a linked event, unless the link names a year', () => {
    expect(resolveHash({ island: 'habomai', event: '1956-joint-declaration' }, known).state.year).toBe(1956);
    expect(resolveHash({ island: 'habomai', event: '1956-joint-declaration', year: 1960 }, known).state.year).toBe(
      1960,
    );
  });

  it('drops an unknown article and its excerpt', () => {
    const r = resolveHash({ article: 'nope', excerpt: 1 }, known);
    expect(r.state).toEqual({});
    expect(r.notices[0]).toContain('nope');
  });

  it('opens the article without a highlight when the excerpt number is out of range', () => {
    expect(resolveHash({ article: 'tass-2015', excerpt: 9 }, known).state).toEqual({ article: 'tass-2015' });
  });

  it('ignores an excerpt without an article', () => {
    expect(resolveHash({ excerpt: 1 }, known)).toEqual({ state: {}, notices: [] });
  });

  it('opens an article at a paragraph it has, and without a highlight at one it has not', () => {
    expect(resolveHash({ article: 'tass-2015', para: 12 }, known)).toEqual({
      state: { article: 'tass-2015', para: 12 },
      notices: [],
    });
    const r = resolveHash({ article: 'tass-2015', para: 13 }, known);
    expect(r.state).toEqual({ article: 'tass-2015' });
    expect(r.notices[0]).toContain('no paragraph 13');
  });

  it('prefers a cited excerpt to a paragraph, and drops a paragraph without an article', () => {
    expect(resolveHash({ article: 'tass-2015', excerpt: 2, para: 5 }, known).state).toEqual({
      article: 'tass-2015',
      excerpt: 2,
    });
    expect(resolveHash({ para: 5 }, known)).toEqual({ state: {}, notices: [] });
  });

  it('keeps events and articles unchecked until the content has loaded', () => {
    const state = { island: 'iturup', event: 'whatever', article: 'x', excerpt: 4 };
    expect(resolveHash(state, loading)).toEqual({ state, notices: [] });
  });
});

describe('unreadableNotices', () => {
  it('tells the reader about each malformed part of a link once', () => {
    const { ignored } = parseHash('#year=1700&view=martian&island=%3Cscript%3E&year=abc');
    const notices = unreadableNotices(ignored);
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(/year/);
    expect(notices[1]).toMatch(/point of view/);
    expect(notices[2]).toMatch(/island/);
  });

  it('says nothing about a link that reads cleanly or about keys it does not know', () => {
    expect(unreadableNotices(parseHash('#island=iturup&year=1956&utm_source=x').ignored)).toEqual([]);
    expect(unreadableNotices(['utm_source'])).toEqual([]);
  });
});
