import { describe, expect, it } from 'vitest';
import { staleFigure, type Figure } from './doc-figures.ts';

const size: Figure = { file: 'docs/x.md', pattern: /\d+ files, ([\d.]+) KB gzipped/, unit: 'KB', measured: 214.7 };
const count: Figure = { ...size, pattern: /(\d+) files, [\d.]+ KB gzipped/, unit: 'files', measured: 23 };

describe('a figure of the build in the docs', () => {
  it('passes within 1 % of the build, across a line break', () => {
    expect(staleFigure('23 files,\n213.4 KB gzipped', size)).toBeNull();
    expect(staleFigure('23 files, 216.8 KB gzipped', size)).toBeNull();
  });
  it('fails further off, saying where and what the build has now', () => {
    expect(staleFigure('23 files, 160.4 KB gzipped', size)).toBe(
      'docs/x.md: "23 files, 160.4 KB gzipped" is stale: the build now has 214.7 KB, not 160.4',
    );
    expect(staleFigure('23 files, 212 KB gzipped', size)).toMatch(/now has 215 KB, not 212$/);
  });
  it('allows half the last digit written when that is more than 1 %', () => {
    expect(staleFigure('6 KB', { ...size, pattern: /([\d.]+) KB/, measured: 6.4 })).toBeNull();
    expect(staleFigure('7 KB', { ...size, pattern: /([\d.]+) KB/, measured: 6.4 })).toMatch(/now has 6 KB, not 7$/);
  });
  it('holds a count to the build exactly', () => {
    expect(staleFigure('23 files, 214.7 KB gzipped', count)).toBeNull();
    expect(staleFigure('22 files, 214.7 KB gzipped', count)).toMatch(/now has 23 files, not 22$/);
  });
  it('fails when the text no longer holds the figure', () => {
    expect(staleFigure('about 200 KB', size)).toMatch(/^docs\/x\.md: no text matches/);
  });
});
