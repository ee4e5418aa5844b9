/**
 * How text becomes search terms, the same at build time (indexing) and in the browser (querying): MiniSearch
 * requires the index to be loaded with the options it was built with.
 */
import type { Options, SearchOptions } from 'minisearch';
import { SEARCH_FIELDS, type SearchDocument } from './documents.ts';

/** Words a question carries that no result is about ("what did Lavrov say in 2015?"). Queries only. */
const QUESTION_WORDS = new Set(
  'a an and about at by did do does for from how in is of on or say says the to was were what when where which who whom why with'.split(
    ' ',
  ),
);

/**
 * Lower case, Latin and Cyrillic diacritics dropped ("Tō" finds "to", "Шикотан" stays as it is), composed again so
 * Japanese kana keep their voicing marks.
 */
export function normaliseTerm(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

const isNumber = (term: string) => /^\d+$/.test(term);

export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: ['paragraphs'],
  processTerm: (term) => normaliseTerm(term) || null,
};

export function queryOptions(combineWith: 'AND' | 'OR'): SearchOptions {
  return {
    combineWith,
    processTerm: (term) => {
      const t = normaliseTerm(term);
      return t && !QUESTION_WORDS.has(t) ? t : null;
    },
    // "Kunas" finds Kunashir; a year is a year: "1956" must not find 1955 by a typo's allowance.
    prefix: (term) => term.length >= 2,
    fuzzy: (term) => (term.length >= 4 && !isNumber(term) ? 0.2 : false),
    // A year named in the dates outweighs the same year mentioned in passing in a summary.
    boost: { title: 3, people: 2, dates: 5, places: 1.5, text: 1 },
  };
}
