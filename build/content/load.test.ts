import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, loadContent, readContent } from './load.ts';
import { fixtureRoot, type FixtureRoot } from './test-helpers.ts';

let fx: FixtureRoot | null = null;
afterEach(() => {
  fx?.remove();
  fx = null;
});

function errorsOf(root: string): string[] {
  try {
    loadContent({ root });
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    return (err as ContentError).message.split('\n').slice(1);
  }
  throw new Error('expected a ContentError');
}

describe('loadContent', () => {
  it('loads the valid fixture (CRLF article, curly quotes, «», bare year) and ignores periods/', () => {
    fx = fixtureRoot();
    const { content, files } = loadContent({ root: fx.root });
    expect(content.articles).toHaveLength(2);
    expect(content.events.map((e) => e.id)).toEqual([
      '1855-shimoda',
      '1956-joint-declaration',
      '1960-soviet-memorandum',
      '2015-deputy-ministers',
      '2019-kono-sapporo',
    ]);
    expect(files.some((f) => f.includes('periods'))).toBe(false);
    const axar = content.articles.find((a) => a.id === 'axar-2015-10-08-talks')!;
    expect(axar.text.includes('\r')).toBe(false);
    expect(axar.text.startsWith('On October 19, 1956')).toBe(true);
    expect(axar.text.endsWith('well known.')).toBe(true);
    for (const a of content.articles) {
      for (const e of a.excerpts) expect(a.text.slice(e.start, e.end).length).toBe(e.end - e.start);
    }
    const q = content.islands[0]!.positions.russia.quotes[0]!;
    expect(q.quote).toBe('«The islands are Russian territory»');
    expect(axar.text.slice(q.start, q.end)).toBe(q.quote);
  });

  it('a mistyped excerpt names the file, the line of the quote and the closest passage', () => {
    fx = fixtureRoot();
    fx.edit('content/events/1956-joint-declaration.yaml', 'signed a declaration stopping', 'signed a declaraton stopping');
    expect(errorsOf(fx.root)).toEqual([
      'content/events/1956-joint-declaration.yaml:19: excerpt not found in article axar-2015-10-08-talks: ' +
        '"On October 19, 1956, Moscow and Tokyo signed a declaraton stopping the state of war."',
      '  closest passage: "On October 19, 1956, Moscow and Tokyo signed a declaration stopping the state of war."',
    ]);
  });

  it('a dropped comma is not accepted; lines point into block scalars and island quotes', () => {
    fx = fixtureRoot();
    fx.edit('content/events/2015-deputy-ministers.yaml', 'territory", adding', 'territory" adding');
    fx.edit('content/islands/kunashir.yaml', '«The islands are Russian territory»', '«The islands are Russian territories»');
    const errs = errorsOf(fx.root);
    expect(errs[0]).toMatch(/^content\/events\/2015-deputy-ministers\.yaml:15: excerpt not found in article axar-2015-10-08-talks: "The minister said: "The islands are Russian territory" adding/);
    expect(errs[1]).toBe(
      '  closest passage: "The minister said: «The islands are Russian territory», adding that the 1956 declaration “does not say” anything about sovereignty."',
    );
    expect(errs[2]).toMatch(/^content\/islands\/kunashir\.yaml:21: excerpt not found/);
    expect(errs[3]).toBe('  closest passage: "«The islands are Russian territory»,"');
  });

  it('reports lines of schema errors in events and in article front matter, and YAML syntax errors', () => {
    fx = fixtureRoot();
    fx.edit('content/events/1960-soviet-memorandum.yaml', 'date: 1960-01', 'date: 1960-13');
    fx.edit('content/events/1960-soviet-memorandum.yaml', 'islands: [shikotan, habomai]', 'islands: [shikotan, habomai, urup]');
    fx.edit('content/articles/tass-2019-05-11-kono-sapporo.md', '  basis: printed', '  basis: printd');
    fx.edit('content/events/1855-shimoda.yaml', 'title: Treaty of Shimoda', 'title: [Treaty of Shimoda');
    const errs = errorsOf(fx.root);
    expect(errs).toContain('content/events/1960-soviet-memorandum.yaml:2: `date`: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date');
    expect(errs).toContain(
      'content/events/1960-soviet-memorandum.yaml:4: `islands[2]`: unknown island id "urup" (known: iturup, kunashir, shikotan, habomai, hokkaido)',
    );
    expect(errs).toContain('content/articles/tass-2019-05-11-kono-sapporo.md:10: `published.basis`: must be printed or inferred');
    expect(errs.some((e) => /^content\/events\/1855-shimoda\.yaml:\d+: YAML: /.test(e))).toBe(true);
    // The broken files cause no cascade of "unknown event" or "not cited" errors.
    expect(errs.filter((e) => e.includes('unknown event') || e.includes('not cited'))).toEqual([]);
  });

  it('reports duplicate ids, an uncited article and an island with fewer than five events', () => {
    fx = fixtureRoot();
    fx.write('content/events/1960-copy.yaml', 'id: 1960-soviet-memorandum\n' + 'date: 1960\ntitle: x\nislands: [shikotan]\nsummary: s\nimpact:\n  shikotan: x\nsources:\n  - document:\n      issuer: I\n      title: T\n      date: 1960\n      url: https://example.org/t\nreviewed: 2026-12-02\n');
    fx.write(
      'content/articles/tass-2000-01-01-uncited.md',
      '---\nid: tass-2000-01-01-uncited\nsource_file: x.txt\noutlet: TASS\nheadline: H\npublished:\n  date: 2000-01-01\n  basis: printed\n---\nText.\n',
    );
    fx.edit('content/islands/habomai.yaml', 'events: [1855-shimoda, ', 'events: [');
    expect(errorsOf(fx.root)).toEqual([
      'content/articles/tass-2000-01-01-uncited.md:2: article tass-2000-01-01-uncited is not cited by any event or island position',
      'content/events/1960-copy.yaml:1: id 1960-soviet-memorandum does not match the file name (expected 1960-copy)',
      'content/events/1960-copy.yaml:1: duplicate event id 1960-soviet-memorandum (also in content/events/1960-soviet-memorandum.yaml)',
      'content/islands/habomai.yaml:14: `events`: an island needs at least five events',
    ]);
  });

  it('readContent maps lines of nested paths', () => {
    fx = fixtureRoot();
    const { input } = readContent({ root: fx.root });
    const ev = input.events.find((e) => e.path.endsWith('1956-joint-declaration.yaml'))!;
    expect(ev.lineOf(['sources', 0, 'excerpt', 'quote'])).toBe(19);
    expect(ev.lineOf(['sources', 1])).toBe(22);
    expect(ev.lineOf(['impact', 'nosuchkey'])).toBe(8);
    const art = input.articles.find((a) => a.path.endsWith('tass-2019-05-11-kono-sapporo.md'))!;
    expect(art.lineOf(['published', 'date'])).toBe(9);
    expect(art.bodyLine).toBe(13);
  });
});
