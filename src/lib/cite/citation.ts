import type { Article, Event, ExcerptSource } from '../content/types.ts';
import { formatIsoDate } from '../history/dates.ts';
import { citeDocument } from './document.ts';

/** The explainer's name as its pages give it (index.html's title), for citations of it. */
export const CITATION_TITLE = 'The southern Kurils / Northern Territories: a map and its treaty history';

/** The publication date as a reader should see it: marked when the page does not print it. */
export function publishedLabel(article: Pick<Article, 'published'>): string {
  const date = formatIsoDate(article.published.date);
  return article.published.basis === 'inferred' ? `${date} (date inferred)` : date;
}

/** "TASS" or "Inforos, citing TASS". */
export function outletLabel(article: Pick<Article, 'outlet' | 'agency'>): string {
  return article.agency && article.agency !== article.outlet
    ? `${article.outlet}, citing ${article.agency}`
    : article.outlet;
}

/**
 * Who the words of an excerpt are: "Taro Kono, quoted by TASS" for a quotation; for a paraphrase, the outlet,
 * marked as its own words: "TASS, paraphrasing Sergey Lavrov" or "TASS (the outlet's words)".
 */
export function excerptAttribution(
  excerpt: Pick<ExcerptSource, 'excerptKind' | 'speaker'>,
  article: Pick<Article, 'outlet' | 'agency'>,
): string {
  const outlet = outletLabel(article);
  if (excerpt.excerptKind === 'quotation' && excerpt.speaker) return `${excerpt.speaker}, quoted by ${outlet}`;
  return excerpt.speaker ? `${outlet}, paraphrasing ${excerpt.speaker}` : `${outlet} (the outlet’s words)`;
}

/**
 * The short label shown above an excerpt, so a reader never takes an outlet's summary for a government's or a
 * person's own words: "Quotation" or "Paraphrase by TASS, not a quotation".
 */
export function excerptKindLabel(
  excerpt: Pick<ExcerptSource, 'excerptKind'>,
  article: Pick<Article, 'outlet' | 'agency'>,
): string {
  return excerpt.excerptKind === 'quotation' ? 'Quotation' : `Paraphrase by ${outletLabel(article)}, not a quotation`;
}

/**
 * A ready-to-paste attribution for an excerpt:
 * “Quote.” — Speaker, quoted by Outlet, “Headline”, 11 May 2019. Permalink
 * “Summary.” — Outlet, paraphrasing Speaker, “Headline”, 11 May 2019. Permalink
 */
export function citeExcerpt(
  excerpt: Pick<ExcerptSource, 'quote' | 'speaker' | 'excerptKind'>,
  article: Pick<Article, 'outlet' | 'agency' | 'headline' | 'published'>,
  permalink: string,
): string {
  const who = excerptAttribution(excerpt, article);
  const quote = excerpt.quote.replace(/\s+/g, ' ').trim();
  return `“${quote}” — ${who}, “${article.headline}”, ${publishedLabel(article)}. ${permalink}`;
}

/** What a citation of the explainer itself needs: its versions, the day its content last changed, its address. */
export interface ExplainerEdition {
  /** The app's version (package.json). */
  appVersion: string;
  /** The content's version (content/CHANGELOG.yaml's newest entry). */
  contentVersion: string;
  /** YYYY-MM-DD: the newest entry's date. */
  lastChanged: string;
  /** The full explainer's address, without a view. */
  url: string;
}

/**
 * The explainer in a plain style:
 * The southern Kurils / Northern Territories: a map and its treaty history. Interactive explainer, version 0.1.0
 * (content 1.2.0, last changed 2 December 2026). https://… (accessed 3 December 2026).
 */
export function citeExplainerPlain(edition: ExplainerEdition, accessed: string): string {
  return (
    `${CITATION_TITLE}. Interactive explainer, version ${edition.appVersion} (content ${edition.contentVersion}, ` +
    `last changed ${formatIsoDate(edition.lastChanged)}). ${edition.url} (accessed ${formatIsoDate(accessed)}).`
  );
}

/** Braces, backslashes and BibTeX's special characters in a field's text, escaped (URLs are left as they are). */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)).replace(/([&%$#_])/g, '\\$1');
}

/** The explainer as a BibTeX `@misc` entry (biblatex reads `version`, `url` and `urldate`; BibTeX reads `howpublished` and `note`). */
export function citeExplainerBibtex(edition: ExplainerEdition, accessed: string): string {
  const [year, month] = edition.lastChanged.split('-');
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(CITATION_TITLE)}}`],
    ['howpublished', `{Interactive explainer, \\url{${edition.url}}}`],
    ['version', `{${edition.appVersion}}`],
    ['note', `{Content version ${edition.contentVersion}, last changed ${edition.lastChanged}}`],
    ['year', `{${year}}`],
    ['month', `{${Number(month)}}`],
    ['url', `{${edition.url}}`],
    ['urldate', `{${accessed}}`],
  ];
  const key = `kurils-explainer-${edition.contentVersion.replace(/\./g, '-')}`;
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

const dateParts = (iso: string): number[] => iso.split('-').map(Number);

/** The explainer as CSL-JSON (an array of one item, as Zotero, Mendeley and citeproc read it). */
export function citeExplainerCsl(edition: ExplainerEdition, accessed: string): string {
  const item = {
    id: `kurils-explainer-${edition.contentVersion}`,
    type: 'webpage',
    title: CITATION_TITLE,
    genre: 'Interactive explainer',
    version: `${edition.appVersion} (content ${edition.contentVersion})`,
    URL: edition.url,
    issued: { 'date-parts': [dateParts(edition.lastChanged)] },
    accessed: { 'date-parts': [dateParts(accessed)] },
  };
  return JSON.stringify([item], null, 2) + '\n';
}

/** "TASS, “Headline”, 8 October 2015" or the document cited with where to read it: each source of an event, once. */
function sourceLabels(
  event: Pick<Event, 'sources'>,
  articles: ReadonlyMap<string, Pick<Article, 'outlet' | 'agency' | 'headline' | 'published'>>,
): string[] {
  const labels = event.sources.map((s) => {
    if (s.kind === 'document') return citeDocument(s.document);
    const a = articles.get(s.article);
    return a ? `${outletLabel(a)}, “${a.headline}”, ${publishedLabel(a)}` : s.article;
  });
  return [...new Set(labels)];
}

/**
 * A ready-to-paste citation of an event of the history, with what it rests on:
 * Soviet–Japanese Joint Declaration, 19 October 1956. In: The southern Kurils / …. Sources: TASS, “…”, 8 October
 * 2015; Joint Declaration …, point 9. Permalink
 */
export function citeEvent(
  event: Pick<Event, 'title' | 'date' | 'sources'>,
  articles: ReadonlyMap<string, Pick<Article, 'outlet' | 'agency' | 'headline' | 'published'>>,
  permalink: string,
): string {
  return `${event.title}, ${formatIsoDate(event.date)}. In: ${CITATION_TITLE}. Sources: ${sourceLabels(event, articles).join('; ')}. ${permalink}`;
}
