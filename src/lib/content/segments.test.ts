import { describe, expect, it } from 'vitest';
import { segmentArticle } from './segments.ts';

const text = 'First paragraph. It has two sentences.\n\nSecond one here.\n\nThird.';

describe('segmentArticle', () => {
  it('splits paragraphs at blank lines', () => {
    expect(segmentArticle(text, []).map((p) => p.map((s) => s.text).join(''))).toEqual([
      'First paragraph. It has two sentences.',
      'Second one here.',
      'Third.',
    ]);
  });

  it('marks a cited passage inside a paragraph', () => {
    const start = text.indexOf('It has');
    const [first] = segmentArticle(text, [{ n: 1, start, end: start + 'It has two sentences.'.length }]);
    expect(first).toEqual([
      { text: 'First paragraph. ', excerpts: [] },
      { text: 'It has two sentences.', excerpts: [1] },
    ]);
  });

  it('marks overlapping passages with every excerpt that covers each run', () => {
    const a = { n: 1, start: 0, end: text.indexOf(' It has') };
    const b = { n: 2, start: 6, end: 38 };
    const [first] = segmentArticle(text, [a, b]);
    expect(first).toEqual([
      { text: 'First ', excerpts: [1] },
      { text: 'paragraph.', excerpts: [1, 2] },
      { text: ' It has two sentences.', excerpts: [2] },
    ]);
  });

  it('keeps the text whole: the runs join back to the article', () => {
    const spans = [{ n: 1, start: 10, end: 45 }];
    const joined = segmentArticle(text, spans).map((p) => p.map((s) => s.text).join(''));
    expect(joined.join('\n\n')).toBe(text);
  });

  it('marks a passage that runs across a paragraph break in both paragraphs', () => {
    const spans = [{ n: 3, start: text.indexOf('sentences'), end: text.indexOf(' here') }];
    const [first, second] = segmentArticle(text, spans);
    expect(first!.at(-1)).toEqual({ text: 'sentences.', excerpts: [3] });
    expect(second![0]).toEqual({ text: 'Second one', excerpts: [3] });
  });
});
