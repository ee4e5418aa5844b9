import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanQuery, formatHash, MAX_QUERY, parseHash, VIEWPOINTS, type HashState } from './hash-state.ts';
import { resolveHash, unreadableNotices, type KnownIds } from './resolve.ts';

const YEAR = 2026;
const KEYS = ['island', 'event', 'article', 'excerpt', 'para', 'map', 'year', 'view', 'sources', 'q'];

const known: KnownIds = {
  islands: new Set(['iturup', 'kunashir', 'shikotan', 'habomai', 'hokkaido']),
  events: new Map([
    ['1956-joint-declaration', { islands: ['shikotan', 'habomai', 'iturup', 'kunashir'], year: 1956 }],
    ['1855-shimoda', { islands: ['iturup', 'kunashir', 'shikotan', 'habomai'], year: 1855 }],
  ]),
  articles: new Map([['tass-2015-10-08-deputy-ministers', 3]]),
};

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const validState: fc.Arbitrary<HashState> = fc.record(
  {
    island: id,
    event: id,
    article: id,
    excerpt: fc.integer({ min: 1, max: 9999 }),
    year: fc.integer({ min: 1855, max: YEAR }),
    view: fc.constantFrom(...VIEWPOINTS),
    sources: fc.constant(true as const),
    para: fc.integer({ min: 1, max: 9999 }),
    q: fc.string({ unit: 'binary', maxLength: 240 }).map(cleanQuery),
  },
  { requiredKeys: [] },
);

// Pieces a hostile or careless link is made of: real keys, broken escapes, markup, separators, huge numbers.
const piece = fc.oneof(
  fc.constantFrom(
    ...KEYS,
    '=',
    '&',
    '#',
    '%',
    '%E0%A4%A',
    '%00',
    '+',
    '/',
    '..',
    '<script>',
    '"',
    "'",
    '\u202e',
    '1e309',
    '-0',
    'NaN',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.integer().map(String),
  fc.double().map(String),
);
const hostileHash = fc.array(piece, { maxLength: 24 }).map((parts) => `#${parts.join('')}`);
const keyedHash = fc
  .array(
    fc.tuple(
      fc.constantFrom(...KEYS, 'zz', ''),
      fc.array(piece, { maxLength: 4 }).map((p) => p.join('')),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => `#${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
const anyHash = fc.oneof(hostileHash, keyedHash, fc.string());

function isValidState(state: HashState): boolean {
  const idOk = (v: string | undefined) => v === undefined || /^[a-z0-9][a-z0-9-]{0,79}$/.test(v);
  return (
    Object.keys(state).every((k) => KEYS.includes(k)) &&
    idOk(state.island) &&
    idOk(state.event) &&
    idOk(state.article) &&
    (state.excerpt === undefined || (Number.isInteger(state.excerpt) && state.excerpt >= 1)) &&
    (state.year === undefined || (state.year >= 1855 && state.year <= YEAR)) &&
    (state.view === undefined || VIEWPOINTS.includes(state.view)) &&
    (state.sources === undefined || state.sources === true) &&
    (state.para === undefined || (Number.isInteger(state.para) && state.para >= 1)) &&
    (state.q === undefined || (state.q.length <= MAX_QUERY && cleanQuery(state.q) === state.q)) &&
    (state.map === undefined || [state.map.zoom, state.map.lat, state.map.lon].every(Number.isFinite))
  );
}

describe('the URL hash, under random and hostile input', () => {
  it('parses any string without throwing, to a valid state and known keys only', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        const { state, ignored } = parseHash(hash, YEAR);
        expect(isValidState(state)).toBe(true);
        for (const key of ignored) expect(KEYS).toContain(key);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives every malformed key a notice, and resolves to known ids without throwing', () => {
    fc.assert(
      fc.property(anyHash, fc.boolean(), (hash, loaded) => {
        const { state, ignored } = parseHash(hash, YEAR);
        expect(unreadableNotices(ignored)).toHaveLength(new Set(ignored).size);
        const { state: resolved, notices } = resolveHash(state, loaded ? known : { ...known, articles: null });
        for (const notice of notices) expect(typeof notice).toBe('string');
        if (resolved.island !== undefined) expect(known.islands.has(resolved.island)).toBe(true);
        if (loaded && resolved.event !== undefined) expect(known.events.has(resolved.event)).toBe(true);
        if (loaded && resolved.article !== undefined) expect(known.articles!.has(resolved.article)).toBe(true);
        if (resolved.excerpt !== undefined) expect(resolved.article).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseHash(formatHash(state), YEAR)).toEqual({ state, ignored: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips a map position to the precision it is written with', () => {
    const map = fc.record({
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
      lat: fc.double({ min: -85, max: 85, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(map, (view) => {
        const parsed = parseHash(formatHash({ map: view }), YEAR).state.map!;
        expect(Math.abs(parsed.zoom - view.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs(parsed.lat - view.lat)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs(parsed.lon - view.lon)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes back what it read: formatting a parsed hash is stable', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        const once = formatHash(parseHash(hash, YEAR).state);
        expect(formatHash(parseHash(once, YEAR).state)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
});
