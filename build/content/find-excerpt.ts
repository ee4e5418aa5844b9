/**
 * Verbatim excerpt matching, mapping a match back to offsets in the article text, and, when an excerpt is not
 * found, the closest passage of the article (so that an editor sees the typo).
 *
 * Pure: no DOM, no fs.
 */
import { normaliseQuote, normaliseWithMap, type NormalisedText } from './normalise.ts';

export interface Span {
  /** Offset (UTF-16 code units) of the first character in the article text. */
  start: number;
  /** Offset just after the last character: `text.slice(start, end)` is the passage as stored. */
  end: number;
}

export interface ClosestPassage extends Span {
  /** The passage as stored (`text.slice(start, end)`). */
  passage: string;
  /** Edit distance (Levenshtein, over normalised text) between the excerpt and the passage before widening. */
  distance: number;
}

/**
 * A reusable matcher for one article text (normalises the article once).
 */
export class ExcerptMatcher {
  readonly text: string;
  private readonly norm: NormalisedText;

  constructor(text: string) {
    this.text = text;
    this.norm = normaliseWithMap(text);
  }

  /**
   * Finds `quote` verbatim (modulo the normalisation of `normalise.ts`, and leading/trailing whitespace of the
   * quote) and returns its span in the stored text, or null. If the passage occurs more than once, the first
   * occurrence is returned. An empty quote is never found.
   */
  find(quote: string): Span | null {
    const q = normaliseQuote(quote);
    if (q.length === 0) return null;
    const i = this.norm.text.indexOf(q);
    if (i < 0) return null;
    return this.toSpan(i, i + q.length);
  }

  /**
   * The passage of the article closest to `quote`: the substring of the normalised article with the smallest
   * edit distance to the normalised quote (approximate substring matching, Sellers' algorithm, O(article ×
   * quote)), mapped back to the stored text and widened to whole whitespace-separated tokens.
   */
  closest(quote: string): ClosestPassage {
    const p = normaliseQuote(quote);
    const t = this.norm.text;
    const m = p.length;
    const n = t.length;
    if (m === 0 || n === 0) return { start: 0, end: 0, passage: '', distance: m };
    // prev[i] / cur[i]: edit distance between p[0..i) and the best substring of t ending at the current column;
    // prevStart / curStart: where that substring starts.
    let prev = new Int32Array(m + 1);
    let cur = new Int32Array(m + 1);
    let prevStart = new Int32Array(m + 1);
    let curStart = new Int32Array(m + 1);
    for (let i = 0; i <= m; i++) {
      prev[i] = i;
      prevStart[i] = 0;
    }
    let best = prev[m]!;
    let bestStart = 0;
    let bestEnd = 0;
    for (let j = 1; j <= n; j++) {
      const tc = t.charCodeAt(j - 1);
      cur[0] = 0;
      curStart[0] = j;
      for (let i = 1; i <= m; i++) {
        let d = prev[i - 1]! + (p.charCodeAt(i - 1) === tc ? 0 : 1);
        let s = prevStart[i - 1]!;
        const del = prev[i]! + 1; // text character not in the quote
        if (del < d) {
          d = del;
          s = prevStart[i]!;
        }
        const ins = cur[i - 1]! + 1; // quote character not in the text
        if (ins < d) {
          d = ins;
          s = curStart[i - 1]!;
        }
        cur[i] = d;
        curStart[i] = s;
      }
      if (cur[m]! < best) {
        best = cur[m]!;
        bestStart = curStart[m]!;
        bestEnd = j;
      }
      [prev, cur] = [cur, prev];
      [prevStart, curStart] = [curStart, prevStart];
    }
    if (bestEnd <= bestStart) return { start: 0, end: 0, passage: '', distance: best };
    let { start, end } = this.toSpan(bestStart, bestEnd);
    // Widen to whole whitespace-separated tokens (words with their punctuation) so the passage reads naturally.
    const token = /\S/;
    while (start > 0 && token.test(this.text[start - 1]!) && token.test(this.text[start]!)) start--;
    while (end < this.text.length && token.test(this.text[end]!) && token.test(this.text[end - 1]!)) end++;
    return { start, end, passage: this.text.slice(start, end), distance: best };
  }

  /** Maps a span `[i, j)` of the normalised text back to the stored text. Requires i < j. */
  private toSpan(i: number, j: number): Span {
    return { start: this.norm.starts[i]!, end: this.norm.ends[j - 1]! };
  }
}

/** One-off form of `ExcerptMatcher.find`. */
export function findExcerpt(text: string, quote: string): Span | null {
  return new ExcerptMatcher(text).find(quote);
}

/** One-off form of `ExcerptMatcher.closest`. */
export function closestPassage(text: string, quote: string): ClosestPassage {
  return new ExcerptMatcher(text).closest(quote);
}
