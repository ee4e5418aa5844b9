import { describe, expect, it } from 'vitest';
import { articleFrontMatterSchema, documentSchema, eventFileSchema, islandFileSchema, isIsoDate, isoDate } from './schema.ts';

const DOC = { issuer: 'Ministry of Foreign Affairs of Japan', title: 'Joint Declaration', date: '1956-10-19', url: 'https://www.mofa.go.jp/x.html' };

describe('isIsoDate', () => {
  it('accepts YYYY, YYYY-MM and real YYYY-MM-DD dates', () => {
    for (const d of ['1855', '1945-08', '1956-10-19', '2000-02-29', '2024-02-29', '1855-12-31']) expect(isIsoDate(d)).toBe(true);
  });
  it('rejects other forms and impossible dates', () => {
    for (const d of ['55', '1956-1', '1956-10-1', '1956/10/19', '1956-13', '1956-00', '1956-02-30', '1900-02-29', '2019-04-31', '1956-10-19T00:00', ' 1956', '19 October 1956']) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });
  it('reads a bare year parsed by YAML as a number', () => {
    expect(isoDate.parse(1855)).toBe('1855');
    expect(isoDate.safeParse(18550).success).toBe(false);
  });
});

describe('article front matter', () => {
  const fm = {
    id: 'tass-2019-05-11-x',
    source_file: '000.txt',
    outlet: 'TASS',
    agency: null,
    headline: 'H',
    dateline: null,
    published: { date: '2019-05-11', basis: 'printed', note: null },
  };
  it('accepts the README form', () => {
    expect(articleFrontMatterSchema.safeParse(fm).success).toBe(true);
  });
  it('requires a note with basis: inferred', () => {
    const r = articleFrontMatterSchema.safeParse({ ...fm, published: { date: '2019-05', basis: 'inferred', note: null } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['published', 'note']);
  });
  it('rejects unknown keys and a bad basis', () => {
    expect(articleFrontMatterSchema.safeParse({ ...fm, extra: 1 }).success).toBe(false);
    expect(articleFrontMatterSchema.safeParse({ ...fm, published: { ...fm.published, basis: 'guessed' } }).success).toBe(false);
  });
});

const eventFile = () => ({
  id: '1956-joint-declaration',
  date: '1956-10-19',
  title: 'T',
  islands: 'all',
  summary: 'S',
  impact: { iturup: 'i', kunashir: 'k', shikotan: 's', habomai: 'h' },
  sources: [{ document: DOC }],
  reviewed: '2026-12-02',
});

describe('event file', () => {
  const ev = eventFile();
  it('accepts `all` or a list of island ids, defaults optional fields', () => {
    const r = eventFileSchema.parse(ev);
    expect(r.notes).toEqual([]);
    expect(r.date_note).toBeNull();
    expect(eventFileSchema.safeParse({ ...ev, islands: ['shikotan', 'habomai'] }).success).toBe(true);
  });
  it('rejects an islands list wider than the impacts, at the islands key', () => {
    const r = eventFileSchema.safeParse({ ...ev, islands: ['shikotan', 'hokkaido'], impact: { shikotan: 's' } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['islands']);
    expect(r.error!.issues[0]!.message).toMatch(/islands is wider than impact: hokkaido/);
  });
  it('requires a reviewed day and a kind for each excerpt, and a speaker for a quotation', () => {
    const { reviewed: _r, ...noReview } = ev;
    expect(eventFileSchema.safeParse(noReview).success).toBe(false);
    expect(eventFileSchema.safeParse({ ...ev, reviewed: '2026-12' }).success).toBe(false);
    const src = (excerpt: Record<string, unknown>) => ({ ...ev, sources: [{ excerpt: { article: 'a', quote: 'q', ...excerpt } }] });
    expect(eventFileSchema.safeParse(src({ kind: 'paraphrase', speaker: null })).success).toBe(true);
    expect(eventFileSchema.safeParse(src({ speaker: null })).success).toBe(false);
    const q = eventFileSchema.safeParse(src({ kind: 'quotation', speaker: null }));
    expect(q.error!.issues[0]!.message).toMatch(/a quotation needs its speaker/);
  });
  it('starts_period_for: area ids; a disputed island named there must be among islands', () => {
    expect(eventFileSchema.safeParse({ ...ev, starts_period_for: ['urup', 'iturup'] }).success).toBe(true);
    expect(eventFileSchema.safeParse({ ...ev, starts_period_for: ['atlantis'] }).success).toBe(false);
    const r = eventFileSchema.safeParse({ ...ev, islands: ['shikotan'], impact: { shikotan: 's' }, starts_period_for: ['iturup'] });
    expect(r.error!.issues[0]!.message).toMatch(/names iturup, which is not among the event's islands/);
  });
  it('rejects unknown island ids, repeated islands, no sources, a source with both forms', () => {
    expect(eventFileSchema.safeParse({ ...ev, islands: ['shikotan', 'urup'] }).success).toBe(false);
    expect(eventFileSchema.safeParse({ ...ev, islands: ['shikotan', 'shikotan'] }).success).toBe(false);
    expect(eventFileSchema.safeParse({ ...ev, islands: 'some' }).success).toBe(false);
    expect(eventFileSchema.safeParse({ ...ev, sources: [] }).success).toBe(false);
    expect(
      eventFileSchema.safeParse({ ...ev, sources: [{ document: DOC, excerpt: { article: 'a', quote: 'q' } }] }).success,
    ).toBe(false);
  });
});

describe('a document source', () => {
  const messages = (d: unknown) => documentSchema.safeParse(d).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
  it('is a record: issuer, title as published, date, and a public url or a database id', () => {
    expect(messages(DOC)).toEqual([]);
    expect(messages({ ...DOC, url: null, database: 'The World and Japan database (University of Tokyo), JPRU/19561019.D1E' })).toEqual([]);
    expect(documentSchema.parse(DOC)).toMatchObject({ title_en: null, part: null, database: null, published_in: null });
  });
  it('is refused as a line of text, the form that was never checked', () => {
    expect(messages('Joint Declaration, 19 October 1956')[0]).toMatch(/a document is a record, not a line of text/);
    expect(eventFileSchema.safeParse({ ...eventFile(), sources: [{ document: 'Joint Declaration, 19 October 1956' }] }).success).toBe(false);
  });
  it('needs each of issuer, title and date, and somewhere to read it', () => {
    for (const key of ['issuer', 'title', 'date'] as const) {
      const { [key]: _, ...rest } = DOC;
      expect(messages(rest).join(), key).toMatch(new RegExp(`^${key}: `));
    }
    expect(messages({ ...DOC, url: null })).toEqual(['url: a document needs somewhere a reader can find it: a public url, or a database id (or both)']);
    expect(messages({ ...DOC, url: 'mofa.go.jp/x' })[0]).toMatch(/public address/);
    expect(messages({ ...DOC, date: 'October 1956' })[0]).toMatch(/^date: must be an ISO date/);
  });
  it('gives an English rendering beside a Japanese or Russian title', () => {
    expect(messages({ ...DOC, title: '日ソ共同宣言' })).toEqual(['title_en: a title not in English needs title_en, the English rendering']);
    expect(messages({ ...DOC, title: 'Совместная декларация', title_en: 'Joint Declaration' })).toEqual([]);
  });
});

describe('an island profile', () => {
  const side = { as_of: '2022-03-21', summary: 'S' };
  const profile = {
    id: 'shikotan',
    names: { en: 'Shikotan', ja: '色丹島', ja_romaji: 'Shikotan-tō', ru: 'Шикотан', ru_latin: 'Shikotan' },
    administration: { russia: 'R', japan: 'J' },
    description: 'D',
    events: ['a', 'b', 'c', 'd', 'e'],
    positions: { russia: side, japan: side },
  };
  const messages = (p: unknown) => islandFileSchema.safeParse(p).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
  it('dates each government’s position', () => {
    expect(messages(profile)).toEqual([]);
    expect(messages({ ...profile, positions: { russia: { summary: 'S' }, japan: side } })).toEqual([
      'positions.russia.as_of: a position needs as_of: the date of the newest record it rests on (positions change)',
    ]);
  });
  it('sources each change of position, oldest first', () => {
    const change = (date: string) => ({ date, text: 'T', sources: [{ document: DOC }] });
    const withChanges = (changes: unknown[]) => ({ ...profile, positions: { russia: { ...side, changes }, japan: side } });
    expect(messages(withChanges([change('2003'), change('2022-03-21')]))).toEqual([]);
    expect(messages(withChanges([change('2022'), change('2003')]))).toEqual(['positions.russia.changes.1.date: changes not oldest first: 2003 after 2022']);
    expect(messages(withChanges([{ date: '2022', text: 'T', sources: [] }]))[0]).toMatch(/needs at least one source/);
  });
  it('gives each population figure a date, a whole count and a source', () => {
    const figure = { date: '1945-08-15', count: 1038, who: 'Japanese residents', source: { document: DOC } };
    expect(messages({ ...profile, population: [figure] })).toEqual([]);
    expect(messages({ ...profile, population: [{ ...figure, count: 10.5 }] })[0]).toMatch(/^population.0.count: /);
    const { source: _, ...unsourced } = figure;
    expect(messages({ ...profile, population: [unsourced] })[0]).toMatch(/^population.0.source: /);
  });
});
