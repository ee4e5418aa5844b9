/**
 * Splitting an article file into its YAML front matter and its body. Pure: no DOM, no fs.
 *
 * The file (line ends first converted to LF) must start with a line `---`; the front matter runs up to the next
 * line that is exactly `---` (trailing spaces allowed). The body is everything after that closing line, with
 * trailing whitespace removed (leading text is kept as stored). This body is `Article.text`, the text all
 * excerpt offsets refer to.
 */
import { toLf } from './normalise.ts';

export interface SplitArticle {
  /** The YAML between the two `---` lines. */
  frontMatter: string;
  /** 1-based line number of the first line of `frontMatter` in the file (always 2). */
  frontMatterLine: number;
  /** The article text as stored (LF line ends, trailing whitespace removed). */
  body: string;
  /** 1-based line number of the first line of `body` in the file. */
  bodyLine: number;
}

/** Splits an article file, or returns an error message (the problem is on line 1 of the file). */
export function splitFrontMatter(fileText: string): SplitArticle | { error: string } {
  const s = toLf(fileText).replace(/^\uFEFF/, '');
  const lines = s.split('\n');
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return { error: 'an article must start with a line `---` (YAML front matter)' };
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (/^---[ \t]*$/.test(lines[i]!)) {
      close = i;
      break;
    }
  }
  if (close < 0) return { error: 'the front matter is not closed by a line `---`' };
  return {
    frontMatter: lines.slice(1, close).join('\n'),
    frontMatterLine: 2,
    body: lines.slice(close + 1).join('\n').replace(/\s+$/, ''),
    bodyLine: close + 2,
  };
}
