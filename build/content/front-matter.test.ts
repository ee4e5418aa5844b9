import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter.ts';

describe('splitFrontMatter', () => {
  it('splits front matter and body; body has LF line ends and no trailing whitespace', () => {
    const r = splitFrontMatter('---\r\nid: x\r\n---\r\nLine one.\r\n\r\nLine two.  \r\n\r\n');
    expect(r).toEqual({ frontMatter: 'id: x', frontMatterLine: 2, body: 'Line one.\n\nLine two.', bodyLine: 4 });
  });
  it('keeps leading body text as stored', () => {
    expect(splitFrontMatter('---\nid: x\n---\n\nText')).toMatchObject({ body: '\nText', bodyLine: 4 });
  });
  it('reports a missing or unclosed front matter', () => {
    expect(splitFrontMatter('id: x\n')).toHaveProperty('error');
    expect(splitFrontMatter('---\nid: x\n')).toHaveProperty('error');
  });
});
