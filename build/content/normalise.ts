/**
 * Normalisation used to match an excerpt against its article.
 *
 * Only three things are normalised, nothing else (a changed word, a dropped comma, a different dash or an
 * ellipsis are NOT accepted):
 * - line ends: CRLF and lone CR become LF (before anything else);
 * - whitespace: every run of whitespace characters (JavaScript `\s`, which includes NBSP and other Unicode
 *   spaces, tabs and line breaks) becomes one ASCII space;
 * - quote-mark style: “ ” „ « » ″ become " and ‘ ’ ′ ` become '.
 *
 * Pure: no DOM, no fs.
 */

const DOUBLE_QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033']);
const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u2032', '`']);
const WHITESPACE = /\s/;

/** Normalises one character that is not whitespace. */
function normaliseChar(c: string): string {
  if (DOUBLE_QUOTES.has(c)) return '"';
  if (SINGLE_QUOTES.has(c)) return "'";
  return c;
}

export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /**
   * For each UTF-16 code unit `i` of `text`, the offset in the original string of the first code unit it came
   * from (`starts[i]`) and the offset just after the last code unit it came from (`ends[i]`). A collapsed
   * whitespace run maps to the whole run; CRLF maps to both characters.
   */
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Normalises `original` and keeps a map from every normalised position back to the original, so that a match
 * `[i, j)` in the normalised text corresponds to `[starts[i], ends[j - 1])` in the original.
 */
export function normaliseWithMap(original: string): NormalisedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  const n = original.length;
  while (i < n) {
    const c = original[i]!;
    if (WHITESPACE.test(c)) {
      const runStart = i;
      while (i < n && WHITESPACE.test(original[i]!)) i++;
      out.push(' ');
      starts.push(runStart);
      ends.push(i);
      continue;
    }
    out.push(normaliseChar(c));
    starts.push(i);
    ends.push(i + 1);
    i++;
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Normalises `s` (see the module comment). CRLF is covered because CR and LF are both whitespace. */
export function normalise(s: string): string {
  return normaliseWithMap(s).text;
}

/** Normalises an excerpt as an editor typed it: as `normalise`, plus leading and trailing whitespace dropped. */
export function normaliseQuote(quote: string): string {
  return normalise(quote).trim();
}

/** Line ends of a stored file as LF only. */
export function toLf(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}
