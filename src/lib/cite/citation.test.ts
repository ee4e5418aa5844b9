import { describe, expect, it } from 'vitest';
import { citeExcerpt, excerptAttribution, excerptKindLabel, formatIsoDate, outletLabel, publishedLabel } from './citation';

const tass = {
  outlet: 'TASS',
  agency: null,
  headline: 'Japanese top diplomat calls for stepping up peace treaty talks with Russia - TV',
  published: { date: '2019-05-11', basis: 'printed' as const, note: null },
};
const inforos = {
  outlet: 'Inforos',
  agency: 'TASS',
  headline: 'Japanese cabinet spokesman mentions heated exchange of views between Kono, Lavrov',
  published: { date: '2019-02-18', basis: 'inferred' as const, note: 'Monday after 16 February' },
};

describe('citation', () => {
  it('formats ISO dates at their precision', () => {
    expect(formatIsoDate('1956-10-19')).toBe('19 October 1956');
    expect(formatIsoDate('1945-08')).toBe('August 1945');
    expect(formatIsoDate('1951')).toBe('1951');
  });

  it('marks an inferred publication date', () => {
    expect(publishedLabel(tass)).toBe('11 May 2019');
    expect(publishedLabel(inforos)).toBe('18 February 2019 (date inferred)');
  });

  it('names the agency an outlet cites', () => {
    expect(outletLabel(tass)).toBe('TASS');
    expect(outletLabel(inforos)).toBe('Inforos, citing TASS');
  });

  it('cites a quoted person with outlet, headline, date and link', () => {
    expect(citeExcerpt({ quote: 'We would like to\n complete these talks', speaker: 'Taro Kono', excerptKind: 'quotation' }, tass, 'https://example.org/#article=a&excerpt=1')).toBe(
      '“We would like to complete these talks” — Taro Kono, quoted by TASS, “Japanese top diplomat calls for stepping up peace treaty talks with Russia - TV”, 11 May 2019. https://example.org/#article=a&excerpt=1',
    );
  });

  it('cites an unattributed passage to its outlet, with the date marked inferred', () => {
    expect(citeExcerpt({ quote: 'Kono told reporters later.', speaker: null, excerptKind: 'paraphrase' }, inforos, 'L')).toBe(
      '“Kono told reporters later.” — Inforos, citing TASS (the outlet’s words), “Japanese cabinet spokesman mentions heated exchange of views between Kono, Lavrov”, 18 February 2019 (date inferred). L',
    );
  });

  it('marks a paraphrase as the outlet’s words, never as the person’s or government’s own', () => {
    expect(excerptAttribution({ excerptKind: 'paraphrase', speaker: 'Sergey Lavrov' }, tass)).toBe('TASS, paraphrasing Sergey Lavrov');
    expect(excerptAttribution({ excerptKind: 'paraphrase', speaker: null }, tass)).toBe('TASS (the outlet’s words)');
    expect(excerptAttribution({ excerptKind: 'quotation', speaker: 'Taro Kono' }, tass)).toBe('Taro Kono, quoted by TASS');
    expect(excerptKindLabel({ excerptKind: 'paraphrase' }, inforos)).toBe('Paraphrase by Inforos, citing TASS, not a quotation');
    expect(excerptKindLabel({ excerptKind: 'quotation' }, tass)).toBe('Quotation');
  });
});
