/** A run of article text, with the numbers of the cited excerpts that cover it (none for plain text). */
export interface Segment {
  text: string;
  excerpts: number[];
}

export interface Span {
  n: number;
  start: number;
  end: number;
}

/** The [start, end) offsets of an article's paragraphs (separated by blank lines), empty ones left out. */
export function paragraphRanges(text: string): [number, number][] {
  const breaks = /\n[ \t]*\n+/g;
  let from = 0;
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(breaks)) {
    ranges.push([from, m.index]);
    from = m.index + m[0].length;
  }
  ranges.push([from, text.length]);
  return ranges.filter(([start, end]) => end > start);
}

/**
 * Splits an article body into paragraphs (at blank lines) and each paragraph into runs, cut wherever a cited
 * excerpt starts or ends, so the reader can mark every cited passage, overlapping ones included.
 */
export function segmentArticle(text: string, spans: readonly Span[]): Segment[][] {
  const paragraphs: Segment[][] = [];
  for (const [start, end] of paragraphRanges(text)) {
    const cuts = new Set([start, end]);
    for (const s of spans) {
      if (s.start > start && s.start < end) cuts.add(s.start);
      if (s.end > start && s.end < end) cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const excerpts = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.n);
      segments.push({ text: text.slice(a, b), excerpts });
    }
    paragraphs.push(segments);
  }
  return paragraphs;
}
