/**
 * Highlighting for search results: the words of a text that a search matched, and a few words of context around
 * the first of them. Returns runs of text, marked or not, so components render them without HTML.
 */
import { normaliseTerm } from './options.ts';

export interface Run {
  text: string;
  hit: boolean;
}

/** A word as MiniSearch's tokenizer cuts it (the complement of its separators). */
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** Offsets of the words of `text` whose search term is one of `terms`. */
export function hitRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    if (terms.has(normaliseTerm(m[0]))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

function runs(text: string, ranges: readonly [number, number][], from: number, to: number): Run[] {
  const out: Run[] = [];
  let at = from;
  for (const [a, b] of ranges) {
    if (b <= from || a >= to) continue;
    if (a > at) out.push({ text: text.slice(at, a), hit: false });
    out.push({ text: text.slice(Math.max(a, at), Math.min(b, to)), hit: true });
    at = Math.min(b, to);
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** The whole text, its matched words marked (for titles). */
export function highlight(text: string, terms: ReadonlySet<string>): Run[] {
  return runs(text, hitRanges(text, terms), 0, text.length);
}

/**
 * About `width` characters around the first matched word, cut at word boundaries and marked "…" where cut; the
 * start of the text when nothing in it matched. Null when `mustMatch` and nothing matched.
 */
export function snippet(text: string, terms: ReadonlySet<string>, width = 160, mustMatch = false): Run[] | null {
  const ranges = hitRanges(text, terms);
  if (!ranges.length && mustMatch) return null;
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(width / 3));
  let to = Math.min(text.length, from + width);
  from = Math.max(0, Math.min(from, to - width));
  // Whole words only.
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  const body = runs(text, ranges, from, to);
  if (from > 0) body.unshift({ text: '… ', hit: false });
  if (to < text.length) body.push({ text: ' …', hit: false });
  return body;
}
