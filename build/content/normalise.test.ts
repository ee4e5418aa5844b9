import { describe, expect, it } from 'vitest';
import { normalise, normaliseQuote, normaliseWithMap, toLf } from './normalise.ts';

describe('normalise', () => {
  it('collapses whitespace runs (spaces, tabs, NBSP, line breaks, CRLF) to one space', () => {
    expect(normalise('a  b\tc\u00A0\u00A0d\r\n\r\ne\n f')).toBe('a b c d e f');
  });
  it('maps typographic double quotes to "', () => {
    expect(normalise('“a” „b” «c» 5″')).toBe('"a" "b" "c" 5"');
  });
  it("maps typographic single quotes, prime and backtick to '", () => {
    expect(normalise('‘a’ Russia’s 5′ `x`')).toBe("'a' Russia's 5' 'x'");
  });
  it('changes nothing else (dashes, ellipsis, case, other quotes)', () => {
    const s = 'A – b — c … ‹d› ‚e‛ Ё';
    expect(normalise(s)).toBe(s);
  });
  it('normaliseQuote also trims', () => {
    expect(normaliseQuote('  “Hello”,\n  world \n')).toBe('"Hello", world');
  });
  it('keeps a map back to the original', () => {
    const orig = 'a \r\n “b”';
    const n = normaliseWithMap(orig);
    expect(n.text).toBe('a "b"');
    expect([...n.starts]).toEqual([0, 1, 5, 6, 7]);
    expect([...n.ends]).toEqual([1, 5, 6, 7, 8]);
  });
  it('toLf converts CRLF and CR', () => {
    expect(toLf('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});
