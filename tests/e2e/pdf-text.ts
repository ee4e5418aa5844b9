import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF's text, every page in order, as pdf.js reads it (its legacy build runs in Node, with no canvas). */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  // pdf.js takes the buffer over: a copy leaves the caller's intact.
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const { items } = await (await doc.getPage(n)).getTextContent();
      pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages.join('\n');
  } finally {
    await doc.destroy();
  }
}

/**
 * A line may break anywhere a title wraps, and pdf.js may or may not read a space at the break, so all whitespace
 * goes; NFKC undoes ligatures (ﬁ) and turns Kangxi radicals into the ideographs they stand for (below).
 */
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * Whether a PDF's text holds `part`, whitespace aside. Chromium's PDF names a glyph its font draws for more than one
 * code point by one of them, and for an ideograph drawn as a radical that is the radical: 歯 reads as ⻭ (U+2EED, CJK
 * Radicals Supplement, which NFKC leaves as it is) and 土 as ⼟ (U+2F1F, Kangxi Radicals). An ideograph matches either.
 */
export function textHolds(text: string, part: string): boolean {
  const pattern = [...squeeze(part)]
    .map((c) => (/\p{Unified_Ideograph}/u.test(c) ? `[${c}\u2E80-\u2EFF]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(pattern, 'u').test(squeeze(text));
}
