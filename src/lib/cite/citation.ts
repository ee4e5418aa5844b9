import type { Article, ExcerptSource } from '../content/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "19 October 1956", "October 1956" or "1956", as precise as the ISO date given. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!y) return iso;
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The publication date as a reader should see it: marked when the page does not print it. */
export function publishedLabel(article: Pick<Article, 'published'>): string {
  const date = formatIsoDate(article.published.date);
  return article.published.basis === 'inferred' ? `${date} (date inferred)` : date;
}

/** "TASS" or "Inforos, citing TASS". */
export function outletLabel(article: Pick<Article, 'outlet' | 'agency'>): string {
  return article.agency && article.agency !== article.outlet ? `${article.outlet}, citing ${article.agency}` : article.outlet;
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
