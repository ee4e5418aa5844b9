/**
 * A primary document as a reader meets it: in a line ("Ministry of Foreign Affairs of Japan, “Title”, 1 November
 * 2010, point 2"), with where to read it, and once per document in the Sources view whatever part an event cites.
 */
import type { DocumentRecord } from '../content/types.ts';
import { formatIsoDate } from '../history/dates.ts';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The title as published, with the explainer's English rendering after it when the title is not in English. */
export function documentTitle(d: Pick<DocumentRecord, 'title' | 'titleEn'>): string {
  return d.titleEn ? `“${oneLine(d.title)}” (${oneLine(d.titleEn)})` : `“${oneLine(d.title)}”`;
}

/** "19 October 1956", or for a page that prints no date "undated (read 7 December 2026)". */
export function documentDateLabel(d: Pick<DocumentRecord, 'date' | 'accessed'>): string {
  return d.date ? formatIsoDate(d.date) : `undated (read ${formatIsoDate(d.accessed!)})`;
}

/** Issuer, “Title”, date[, part]: the document named as a citation names it. */
export function documentLabel(d: DocumentRecord, withPart = true): string {
  const part = withPart && d.part ? `, ${oneLine(d.part)}` : '';
  return `${oneLine(d.issuer)}, ${documentTitle(d)}, ${documentDateLabel(d)}${part}`;
}

/** Where a reader finds it: "in <collection>, <url>", "<database>", or both. */
export function documentWhere(d: DocumentRecord): string {
  const where = [d.publishedIn ? `in ${oneLine(d.publishedIn)}` : null, d.url, d.database ? oneLine(d.database) : null];
  return where.filter((w): w is string => w !== null).join(', ');
}

/** A ready-to-paste citation: the label, then where to read it. */
export function citeDocument(d: DocumentRecord): string {
  return `${documentLabel(d)}. ${documentWhere(d)}`;
}

/** One key per document whatever part of it is cited: the Sources view lists it once. */
export function documentKey(d: DocumentRecord): string {
  return [d.issuer, d.title, d.date ?? '', d.url ?? d.database ?? ''].map(oneLine).join('\u0000');
}
