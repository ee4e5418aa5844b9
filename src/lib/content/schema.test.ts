import { describe, expect, it } from 'vitest';
import { articleFrontMatterSchema, eventFileSchema, isIsoDate, isoDate } from './schema.ts';

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

describe('event file', () => {
  const ev = {
    id: '1956-joint-declaration',
    date: '1956-10-19',
    title: 'T',
    islands: 'all',
    summary: 'S',
    impact: { iturup: 'i', kunashir: 'k', shikotan: 's', habomai: 'h' },
    sources: [{ document: 'D' }],
    reviewed: '2026-12-02',
  };
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
      eventFileSchema.safeParse({ ...ev, sources: [{ document: 'D', excerpt: { article: 'a', quote: 'q' } }] }).success,
    ).toBe(false);
  });
});
