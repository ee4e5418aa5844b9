import { describe, expect, it } from 'vitest';
import { cleanQuery, formatHash, MAX_QUERY, parseHash } from './hash-state.ts';

describe('parseHash', () => {
  it('reads an island', () => {
    expect(parseHash('#island=kunashir')).toEqual({ state: { island: 'kunashir' }, ignored: [] });
  });

  it('reads a map view in OpenStreetMap order (zoom/lat/lon)', () => {
    expect(parseHash('#map=7.5/43.62/145.9').state.map).toEqual({ zoom: 7.5, lat: 43.62, lon: 145.9 });
  });

  it('combines keys with &', () => {
    const { state } = parseHash('#island=habomai&event=1956-joint-declaration&map=9/43.5/146.1&year=1956&view=japan');
    expect(state).toEqual({
      island: 'habomai',
      event: '1956-joint-declaration',
      map: { zoom: 9, lat: 43.5, lon: 146.1 },
      year: 1956,
      view: 'japan',
    });
  });

  it('reads an article excerpt', () => {
    expect(parseHash('#article=tass-2015-10-08&excerpt=3').state).toEqual({ article: 'tass-2015-10-08', excerpt: 3 });
  });

  it.each([
    ['#map=abc', 'map'],
    ['#map=7/43', 'map'],
    ['#map=30/43/145', 'map'],
    ['#map=7/95/145', 'map'],
    ['#map=7/43/200', 'map'],
    ['#map=7/43/1e3', 'map'],
    ['#island=<script>', 'island'],
    ['#island=', 'island'],
    ['#island=%E0%A4%A', 'island'],
    ['#excerpt=0', 'excerpt'],
    ['#excerpt=-1', 'excerpt'],
    ['#excerpt=two', 'excerpt'],
    ['#year=1700', 'year'],
    ['#year=3000', 'year'],
    ['#year=19a6', 'year'],
    ['#view=china', 'view'],
  ])('ignores malformed %s', (hash, key) => {
    const parsed = parseHash(hash, 2026);
    expect(parsed.state).toEqual({});
    expect(parsed.ignored).toEqual([key]);
  });

  it('keeps the valid keys when another is malformed', () => {
    expect(parseHash('#island=shikotan&map=nonsense').state).toEqual({ island: 'shikotan' });
  });

  it('ignores unknown keys and empty pairs without complaint', () => {
    expect(parseHash('#&&utm_source=x&island=iturup&')).toEqual({ state: { island: 'iturup' }, ignored: [] });
  });

  it('lower-cases ids and tolerates a missing #', () => {
    expect(parseHash('island=Kunashir').state).toEqual({ island: 'kunashir' });
  });

  it('accepts the current year and rejects the next', () => {
    expect(parseHash('#year=2026', 2026).state.year).toBe(2026);
    expect(parseHash('#year=2027', 2026).state.year).toBeUndefined();
  });

  it('returns an empty state for an empty hash', () => {
    expect(parseHash('')).toEqual({ state: {}, ignored: [] });
    expect(parseHash('#')).toEqual({ state: {}, ignored: [] });
  });
});

describe('formatHash', () => {
  it('writes keys in a stable order', () => {
    expect(formatHash({ map: { zoom: 6, lat: 44, lon: 146 }, island: 'iturup' })).toBe(
      '#island=iturup&map=6/44.00/146.00',
    );
  });

  it('writes nothing for an empty state', () => {
    expect(formatHash({})).toBe('');
  });

  it('uses more decimals at higher zoom', () => {
    expect(formatHash({ map: { zoom: 12, lat: 43.391234, lon: 145.837654 } })).toBe('#map=12/43.3912/145.8377');
  });

  it('round-trips through parseHash', () => {
    const state = {
      island: 'habomai',
      event: '1956-joint-declaration',
      article: 'tass-2015-10-08-x',
      excerpt: 2,
      year: 1905,
      view: 'russia' as const,
      map: { zoom: 9.25, lat: 43.512, lon: 146.104 },
    };
    expect(parseHash(formatHash(state), 2026).state).toEqual(state);
  });
});

describe('the Sources view in the hash', () => {
  it('reads #sources as a flag, alone or with other keys', () => {
    expect(parseHash('#sources')).toEqual({ state: { sources: true }, ignored: [] });
    expect(parseHash('#sources=')).toEqual({ state: { sources: true }, ignored: [] });
    expect(parseHash('#sources&article=tass-2015-10-08-x').state).toEqual({
      sources: true,
      article: 'tass-2015-10-08-x',
    });
  });

  it('drops a value given to the flag, with a notice key', () => {
    expect(parseHash('#sources=yes&year=1956', 2026)).toEqual({ state: { year: 1956 }, ignored: ['sources'] });
  });

  it('writes the flag first, without =', () => {
    expect(formatHash({ article: 'a', sources: true })).toBe('#sources&article=a');
    expect(formatHash({ sources: true })).toBe('#sources');
    expect(parseHash(formatHash({ sources: true, island: 'iturup', year: 1950 }), 2026).state).toEqual({
      sources: true,
      island: 'iturup',
      year: 1950,
    });
  });
});

describe('search and paragraphs in the hash', () => {
  it('reads the search words, spaces written as + or %20, and an empty field', () => {
    expect(parseHash('#q=lavrov').state).toEqual({ q: 'lavrov' });
    expect(parseHash('#q=october+1956').state).toEqual({ q: 'october 1956' });
    expect(parseHash('#q=%D0%A8%D0%B8%D0%BA%D0%BE%D1%82%D0%B0%D0%BD').state).toEqual({ q: 'Шикотан' });
    expect(parseHash('#q=').state).toEqual({ q: '' });
    expect(parseHash('#q').state).toEqual({ q: '' });
  });

  it('writes the words so that any of them survive, & = # and + included', () => {
    const q = 'a&b=c #d +e 色丹';
    expect(formatHash({ q })).toBe('#q=a%26b%3Dc%20%23d%20%2Be%20%E8%89%B2%E4%B8%B9');
    expect(parseHash(formatHash({ q })).state).toEqual({ q });
  });

  it('cuts words longer than a question, never inside a character', () => {
    const long = 'x'.repeat(MAX_QUERY - 1) + '色'.repeat(5);
    expect(parseHash(formatHash({ q: cleanQuery(long) })).state.q).toHaveLength(MAX_QUERY);
    expect(cleanQuery('a\uD800b')).toBe('a\uFFFDb');
  });

  it('reports a search it cannot decode', () => {
    expect(parseHash('#q=%E0%A4%A')).toEqual({ state: {}, ignored: ['q'] });
  });

  it('reads a paragraph of an article', () => {
    expect(parseHash('#article=tass-2015-10-08&para=4').state).toEqual({ article: 'tass-2015-10-08', para: 4 });
    expect(parseHash('#para=0').ignored).toEqual(['para']);
  });
});
