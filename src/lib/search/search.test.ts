/**
 * Search over the real content, through the index as the build serialises it and the browser loads it.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../build/content/load.ts';
import type { Content } from '../content/types.ts';
import { searchDocuments } from './documents.ts';
import { buildIndex, loadIndex, search, type SearchIndex } from './engine.ts';
import { articlePassage, eventHit } from './results.ts';
import { paragraphRanges } from '../content/segments.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let content: Content;
let index: SearchIndex;

beforeAll(() => {
  content = loadContent({ root: ROOT }).content;
  // What the build writes and the browser reads: a JSON round trip of the built index.
  index = loadIndex(JSON.parse(JSON.stringify(buildIndex(searchDocuments(content)))));
});

const eventIds = (q: string) => search(index, q).events.map((e) => e.id);
const islandIds = (q: string) => search(index, q).islands.map((i) => i.id);
/** Every cited excerpt found, as `<article>#<n>`. */
const excerptsFound = (q: string) =>
  search(index, q).articles.flatMap((a) => a.passages.flatMap((p) => (p.kind === 'excerpt' ? [`${a.id}#${p.n}`] : [])));

/** An excerpt of the content whose quote contains `words`, as `<article>#<n>`. */
function excerptWith(words: string): string {
  for (const article of content.articles) {
    for (const e of article.excerpts)
      if (article.text.slice(e.start, e.end).includes(words)) return `${article.id}#${e.n}`;
  }
  throw new Error(`no excerpt contains “${words}”`);
}

describe('search over the content', () => {
  it('finds an excerpt by a word it contains', () => {
    expect(excerptsFound('acceptable')).toContain(excerptWith('look for solutions that would be acceptable'));
  });

  it('finds a person’s events and quotes by name', () => {
    const events = eventIds('Lavrov');
    expect(events).toContain('2015-lavrov-kishida-moscow');
    expect(events).toContain('2019-lavrov-kono-munich');
    // The passage names him only as "the Russian top diplomat": its speaker is what "Lavrov" matches.
    expect(excerptsFound('Lavrov Charter')).toContain(excerptWith('post-war historic realities'));
  });

  it('answers a question as a reader types it: Lavrov in 2015', () => {
    const r = search(index, 'what did Lavrov say in 2015?');
    expect(r.events[0]?.id).toBe('2015-lavrov-kishida-moscow');
    expect(excerptsFound('what did Lavrov say in 2015?')).toContain(excerptWith('post-war historic realities'));
    // Only 2015: Lavrov's 2019 meetings are not offered for it.
    expect(r.events.map((e) => e.id)).not.toContain('2019-lavrov-kono-munich');
  });

  it('forgives a misspelling and finds by a prefix', () => {
    expect(eventIds('Lavrof')).toContain('2015-lavrov-kishida-moscow');
    expect(islandIds('Kunashiri')[0]).toBe('kunashir');
    expect(islandIds('Kunas')[0]).toBe('kunashir');
    expect(eventIds('Medvedv')).toContain('2010-medvedev-kunashir');
  });

  it('finds an island by its name in Russian and in Japanese', () => {
    expect(islandIds('Шикотан')[0]).toBe('shikotan');
    expect(islandIds('色丹')[0]).toBe('shikotan');
    expect(islandIds('Etorofu')[0]).toBe('iturup');
  });

  it('finds by a date: a year, and a month and year', () => {
    expect(eventIds('1956')).toContain('1956-joint-declaration');
    expect(eventIds('October 1956')[0]).toBe('1956-joint-declaration');
    // A year is not a misspelling of the next one.
    expect(eventIds('1855')).toContain('1855-shimoda');
    expect(eventIds('1855')).not.toContain('1956-joint-declaration');
  });

  it('finds an article paragraph that nothing cites, by its own words, and opens the reader at it', () => {
    // The first paragraph of any article that no excerpt overlaps, and its longest word.
    const [article, p, word] = content.articles.flatMap((a) =>
      paragraphRanges(a.text).flatMap(([start, end], i) =>
        a.excerpts.some((e) => e.start < end && start < e.end)
          ? []
          : [
              [
                a,
                i + 1,
                a.text
                  .slice(start, end)
                  .split(/[^\p{L}]+/u)
                  .sort((x, y) => y.length - x.length)[0]!,
              ] as const,
            ],
      ),
    )[0]!;
    const found = search(index, word).articles.find((a) => a.id === article.id);
    expect(found?.passages).toContainEqual(expect.objectContaining({ kind: 'paragraph', p }));
    expect(articlePassage(article, { kind: 'paragraph', p, terms: new Set() }, word, {}).view).toEqual({
      q: word,
      article: article.id,
      para: p,
    });
  });

  it('finds nothing for a word that is in no content', () => {
    expect(search(index, 'xylophone')).toMatchObject({ count: 0, islands: [], events: [], articles: [] });
    expect(search(index, '   ').count).toBe(0);
  });
});

describe('what a result opens', () => {
  it('opens an event in the panel of the island it is chiefly about, at its year', () => {
    const hit = eventHit(content, { id: '2010-medvedev-kunashir', terms: new Set(['medvedev']) }, { view: 'japan' });
    expect(hit?.view).toEqual({ island: 'kunashir', event: '2010-medvedev-kunashir', year: 2010, view: 'japan' });
    expect(hit?.title.some((r) => r.hit && r.text === 'Medvedev')).toBe(true);
  });

  it('opens a cited excerpt in the reader over the search, with the quote exactly as the article prints it', () => {
    const [id, n] = excerptWith('post-war historic realities').split('#') as [string, string];
    const article = content.articles.find((a) => a.id === id)!;
    const excerpt = article.excerpts.find((e) => e.n === Number(n))!;
    const r = articlePassage(article, { kind: 'excerpt', n: Number(n), terms: new Set(['lavrov']) }, 'lavrov 2015', {});
    expect(r.view).toEqual({ q: 'lavrov 2015', article: id, excerpt: Number(n) });
    expect(r.quote?.quote).toBe(article.text.slice(excerpt.start, excerpt.end));
    expect(r.quote?.speaker).toBe(excerpt.speaker);
  });
});
