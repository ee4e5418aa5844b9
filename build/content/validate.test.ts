import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.ts';
import { ISLAND_IDS } from '../../src/lib/content/types.ts';
import { idFromPath, validateContent, type ArticleFile, type ContentInput, type DataFile } from './validate.ts';

/** Files with data given directly; every path is on line 7 (line mapping is tested in build/content). */
const file = (path: string, data: unknown): DataFile => ({ path, data, lineOf: () => 7 });
const doc = (title: string, date = '1956-10-19') => ({ document: { issuer: 'I', title, date, url: `https://example.org/${title}` } });
const article = (id: string, body: string, extra: Record<string, unknown> = {}): ArticleFile => ({
  ...file(`content/articles/${id}.md`, {
    id,
    source_file: '000.txt',
    outlet: 'TASS',
    agency: null,
    headline: 'H',
    dateline: null,
    published: { date: '2019-05-11', basis: 'printed', note: null },
    ...extra,
  }),
  body,
  bodyLine: 12,
});
const event = (id: string, date: string | number, sources: unknown[], extra: Record<string, unknown> = {}): DataFile =>
  file(`content/events/${id}.yaml`, {
    id,
    date,
    title: `Title ${id}`,
    islands: 'all',
    summary: 'S',
    impact: { iturup: 'i', kunashir: 'k', shikotan: 's', habomai: 'h' },
    sources,
    reviewed: '2026-12-02',
    ...extra,
  });
const EVENT_IDS = ['1855-a', '1875-b', '1905-c', '1945-d', '1956-e'];
const island = (id: string, extra: Record<string, unknown> = {}): DataFile =>
  file(`content/islands/${id}.yaml`, {
    id,
    names: { en: id, ja: '島', ja_romaji: 'x', ru: 'о', ru_latin: 'o', ain: null },
    administration: { russia: 'r', japan: 'j' },
    description: 'D',
    events: EVENT_IDS,
    positions: {
      russia: { as_of: '2019', summary: 'R', quotes: [{ article: 'b', quote: 'Beta two', kind: 'paraphrase', speaker: 'Lavrov' }] },
      japan: { as_of: '2019-05', summary: 'J', quotes: [], documents: [doc('Doc').document] },
    },
    ...extra,
  });

function baseInput(): ContentInput {
  const ex = (article: string, quote: string, speaker: string | null = null) => ({
    excerpt: { article, quote, kind: speaker ? 'quotation' : 'paraphrase', speaker },
  });
  return {
    articles: [article('a', 'Alpha one. “Alpha two,” said X.\n\nAlpha three.'), article('b', 'Beta one. Beta two.')],
    events: [
      event('1956-e', '1956-10-19', [ex('a', '"Alpha two," said X. Alpha three.', 'X'), doc('Decl.')]),
      event('1855-a', 1855, [ex('a', 'Alpha one.')]),
      event('1875-b', '1875-05', [ex('b', 'Beta two'), ex('a', 'Alpha one.')]),
      event('1905-c', '1905-09-05', [doc('Treaty', '1905-09-05')]),
      event('1945-d', '1945', [doc('Yalta', '1945-02-11')], {
        islands: ['shikotan', 'hokkaido'],
        impact: { shikotan: 's', hokkaido: 'h' },
      }),
    ],
    islands: ISLAND_IDS.map((id) => island(id)),
  };
}

const messages = (input: ContentInput) => validateContent(input).issues.map(formatIssue);

describe('validateContent', () => {
  it('assembles valid content: sorted events, expanded islands, numbered excerpts', () => {
    const { content, issues } = validateContent(baseInput());
    expect(issues).toEqual([]);
    const c = content!;
    expect(c.events.map((e) => e.id)).toEqual(['1855-a', '1875-b', '1905-c', '1945-d', '1956-e']);
    expect(c.events[0]!.date).toBe('1855');
    expect(c.events[0]!.datePrecision).toBe('year');
    expect(c.events[1]!.datePrecision).toBe('month');
    expect(c.events[0]!.islands).toEqual(['iturup', 'kunashir', 'shikotan', 'habomai']);
    expect(c.events[3]!.islands).toEqual(['shikotan', 'hokkaido']);
    const a = c.articles.find((x) => x.id === 'a')!;
    expect(a.excerpts.map((e) => [e.n, a.text.slice(e.start, e.end), e.eventIds])).toEqual([
      [1, 'Alpha one.', ['1855-a', '1875-b']],
      [2, '“Alpha two,” said X.\n\nAlpha three.', ['1956-e']],
    ]);
    const e56 = c.events[4]!;
    expect(e56.sources[0]).toEqual({
      kind: 'excerpt',
      article: 'a',
      quote: '“Alpha two,” said X.\n\nAlpha three.',
      excerptKind: 'quotation',
      speaker: 'X',
      n: 2,
      start: 11,
      end: 45,
    });
    expect(e56.sources[1]).toEqual({
      kind: 'document',
      document: { issuer: 'I', title: 'Decl.', titleEn: null, date: '1956-10-19', accessed: null, part: null, url: 'https://example.org/Decl.', database: null, publishedIn: null },
    });
    expect(c.islands[0]!.positions.japan).toMatchObject({ asOf: '2019-05', documents: [{ title: 'Doc' }], changes: [] });
    expect(e56.reviewed).toBe('2026-12-02');
    const b = c.articles.find((x) => x.id === 'b')!;
    expect(b.excerpts).toEqual([
      { n: 1, start: 10, end: 18, kind: 'paraphrase', eventIds: ['1875-b'], islandIds: [...ISLAND_IDS], speaker: 'Lavrov' },
    ]);
    expect(c.islands[0]!.positions.russia.quotes[0]).toMatchObject({ article: 'b', n: 1, quote: 'Beta two' });
    expect(c.islands[0]!.names.jaRomaji).toBe('x');
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('reports a mistyped excerpt with the closest passage', () => {
    const input = baseInput();
    (input.events[1]!.data as { sources: { excerpt: { quote: string } }[] }).sources[0]!.excerpt.quote = 'Alpha on.';
    expect(messages(input)).toEqual([
      'content/events/1855-a.yaml:7: excerpt not found in article a: "Alpha on."\n  closest passage: "Alpha one."',
    ]);
  });

  it('reports duplicate ids and ids that differ from the file name', () => {
    const input = baseInput();
    input.events.push({ ...input.events[0]!, path: 'content/events/1956-e.yml' });
    input.events.push(event('1957-x', '1957', [doc('D')], { id: '1957-y', islands: ['hokkaido'], impact: { hokkaido: 'h' } }));
    input.islands[4] = island('hokkaido', { events: [...EVENT_IDS, '1957-y'] });
    expect(messages(input)).toEqual([
      'content/events/1956-e.yml:7: duplicate event id 1956-e (also in content/events/1956-e.yaml)',
      'content/events/1957-x.yaml:7: id 1957-y does not match the file name (expected 1957-x)',
    ]);
  });

  it('reports bad dates', () => {
    const input = baseInput();
    (input.events[3]!.data as { date: string }).date = '1905-02-30';
    (input.articles[0]!.data as { published: { date: string } }).published.date = '2019-5-11';
    const m = messages(input);
    expect(m).toHaveLength(2);
    expect(m[0]).toMatch(/^content\/articles\/a\.md:7: `published\.date`: must be an ISO date/);
    expect(m[1]).toMatch(/^content\/events\/1905-c\.yaml:7: `date`: must be an ISO date/);
  });

  it('reports unknown island ids in islands and impact, and impact entries that do not match', () => {
    const input = baseInput();
    (input.events[4]!.data as { islands: string[] }).islands = ['shikotan', 'urup'];
    const d = input.events[3]!.data as { impact: Record<string, string> };
    d.impact.hokkaido = 'x';
    d.impact.etorofu = 'x';
    expect(messages(input)).toEqual([
      'content/events/1905-c.yaml:7: impact for hokkaido, which is not among the event\'s islands (`all` means the four disputed islands; list hokkaido explicitly)',
      'content/events/1905-c.yaml:7: impact: unknown island id "etorofu" (known: iturup, kunashir, shikotan, habomai, hokkaido)',
      'content/events/1945-d.yaml:7: `islands[1]`: unknown island id "urup" (known: iturup, kunashir, shikotan, habomai, hokkaido)',
    ]);
  });

  it('names the island an event chiefly concerns: its own choice among its islands, or the first', () => {
    const input = baseInput();
    (input.events[0]!.data as Record<string, unknown>).chiefly_about = 'shikotan';
    const events = new Map(validateContent(input).content!.events.map((e) => [e.id, e.chieflyAbout]));
    expect(events.get('1956-e')).toBe('shikotan');
    expect(events.get('1855-a')).toBe('iturup');
    (input.events[0]!.data as Record<string, unknown>).chiefly_about = 'hokkaido';
    expect(messages(input)).toEqual(["content/events/1956-e.yaml:7: chiefly_about: hokkaido is not among the event's islands (iturup, kunashir, shikotan, habomai)"]);
  });

  it('reports an islands list wider than the impacts at the islands line', () => {
    const input = baseInput();
    delete (input.events[3]!.data as { impact: Record<string, string> }).impact.habomai;
    expect(messages(input)).toEqual([
      'content/events/1905-c.yaml:7: `islands`: islands is wider than impact: habomai listed without an impact entry (say what the event meant for each listed island, or remove it from islands)',
    ]);
  });

  it('reports one passage cited as a quotation in one place and a paraphrase in another', () => {
    const input = baseInput();
    const src = (input.events[2]!.data as { sources: { excerpt?: { kind: string } }[] }).sources[1]!;
    src.excerpt!.kind = 'quotation';
    (src.excerpt as unknown as { speaker: string }).speaker = 'X';
    expect(messages(input).join('\n')).toMatch(/kind: .*one passage has one kind/);
  });

  it('reports an uncited article, an unknown article and an inferred date without a note', () => {
    const input = baseInput();
    input.articles.push(article('c', 'Gamma.', { published: { date: '2019', basis: 'inferred' } }));
    input.articles.push(article('d', 'Delta.'));
    (input.events[3]!.data as { sources: unknown[] }).sources.push({ excerpt: { article: 'dd', quote: 'Delta.', kind: 'paraphrase' } });
    expect(messages(input)).toEqual([
      'content/articles/c.md:7: `published.note`: basis: inferred requires a note (the reasoning)',
      'content/articles/d.md:7: article d is not cited by any event or island position',
      'content/events/1905-c.yaml:7: unknown article dd (did you mean d?)',
    ]);
  });

  it('reports an event left out of the history of an island it is about', () => {
    const input = baseInput();
    input.events.push(event('1960-f', '1960', [doc('Memo', '1960')]));
    expect(messages(input)).toEqual(
      ['habomai', 'iturup', 'kunashir', 'shikotan'].map((id) => `content/islands/${id}.yaml:7: event 1960-f is about ${id} but its history does not list it`),
    );
  });

  it('keeps a former id of an event for old links, and refuses one that names another event', () => {
    const input = baseInput();
    (input.events[1]!.data as Record<string, unknown>).previous_ids = ['1855-old'];
    expect(validateContent(input).content!.events[0]!.previousIds).toEqual(['1855-old']);
    (input.events[2]!.data as Record<string, unknown>).previous_ids = ['1855-old', '1956-e'];
    expect(messages(input)).toEqual([
      'content/events/1875-b.yaml:7: previous id 1855-old is a former id of content/events/1855-a.yaml',
      'content/events/1875-b.yaml:7: previous id 1956-e is the current id of content/events/1956-e.yaml',
    ]);
  });

  it('resolves the excerpts of a change of position and of a population figure', () => {
    const input = baseInput();
    const data = input.islands[0]!.data as { positions: { russia: Record<string, unknown> }; population?: unknown[] };
    data.positions.russia.changes = [{ date: '2015', text: 'T', sources: [{ excerpt: { article: 'b', quote: 'Beta one.', kind: 'paraphrase' } }] }];
    data.population = [{ date: '1945-08-15', count: 3, who: 'W', source: doc('Census', '1945') }];
    const c = validateContent(input).content!;
    expect(c.islands[0]!.positions.russia.changes[0]!.sources[0]).toMatchObject({ kind: 'excerpt', article: 'b', quote: 'Beta one.', n: 1 });
    expect(c.islands[0]!.population).toEqual([{ date: '1945-08-15', count: 3, who: 'W', note: null, source: { kind: 'document', document: expect.objectContaining({ title: 'Census' }) } }]);
    data.positions.russia.changes = [{ date: '2015', text: 'T', sources: [{ excerpt: { article: 'b', quote: 'Beta none.', kind: 'paraphrase' } }] }];
    expect(messages(input)[0]).toMatch(/^content\/islands\/iturup\.yaml:7: excerpt not found in article b/);
  });

  it('reports an island with fewer than five events, unknown and unordered events, missing profiles', () => {
    const input = baseInput();
    input.islands[0] = island('iturup', { events: ['1855-a', '1875-b', '1905-c', '1945-d'] });
    input.islands[1] = island('kunashir', { events: ['1855-a', '1905-c', '1875-b', '1945-d', '1956-x'] });
    input.islands.pop();
    expect(messages(input)).toEqual([
      'content/islands/hokkaido.yaml:1: missing island profile for hokkaido',
      'content/islands/iturup.yaml:7: `events`: an island needs at least five events',
      'content/islands/kunashir.yaml:7: events not in date order: 1875-b (1875-05) is listed after 1905-c (1905-09-05)',
      'content/islands/kunashir.yaml:7: unknown event 1956-x (did you mean 1956-e?)',
      'content/islands/kunashir.yaml:7: event 1956-e is about kunashir but its history does not list it',
    ]);
  });

  it('reports missing fields, unknown keys and events without sources; collects all errors', () => {
    const input = baseInput();
    const d = input.events[0]!.data as Record<string, unknown>;
    delete d.title;
    d.titel = 'x';
    (input.events[1]!.data as Record<string, unknown>).sources = [];
    const m = messages(input);
    expect(m).toContain('content/events/1855-a.yaml:7: `sources`: an event needs at least one source');
    expect(m).toContain('content/events/1956-e.yaml:7: missing required field `title`');
    expect(m).toContain('content/events/1956-e.yaml:7: unknown key `titel`');
  });

  it('does not cascade from a file that could not be parsed', () => {
    const input = baseInput();
    input.events[0] = { ...input.events[0]!, data: undefined };
    input.issues = [{ file: 'content/events/1956-e.yaml', line: 3, message: 'YAML: bad' }];
    expect(messages(input)).toEqual(['content/events/1956-e.yaml:3: YAML: bad']);
  });

  it('idFromPath', () => {
    expect(idFromPath('content/events/1956-x.yaml')).toBe('1956-x');
  });
});
