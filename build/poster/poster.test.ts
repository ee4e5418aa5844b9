import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { posterCss, posterMarkup, posterPath, simplifyLine } from './poster.ts';
import type { HistoryMapState } from '../../src/lib/history/map-state.ts';
import { DARK, LIGHT } from '../../src/lib/map/palette.ts';
import { SHADE_COLOURS } from '../../src/lib/map/history-style.ts';
import { decodePosterPath as decode } from '../../src/lib/map/poster-land.ts';

const identity = (x: number, y: number): [number, number] => [x, y];
const polygon = (...rings: number[][][]): Feature => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: rings },
});

describe('simplifyLine', () => {
  it('keeps both ends and drops points that stray less than the tolerance', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0.2],
          [2, 0],
          [3, -0.1],
          [4, 0],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [4, 0],
    ]);
  });
  it('keeps a point farther than the tolerance, and what its sides need', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0],
          [2, 5],
          [3, 0],
          [4, 0],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [1, 0],
      [2, 5],
      [3, 0],
      [4, 0],
    ]);
  });
});

describe('posterPath', () => {
  it('writes each ring relative to the last point, in whole units, and reads back as the rounded points', () => {
    const square = [
      [10.2, 10],
      [20, 10],
      [20, 19.6],
      [10, 20],
      [10.2, 10],
    ];
    const hole = [
      [12, 12],
      [12, 14],
      [14, 14],
      [14, 12],
      [12, 12],
    ];
    const d = posterPath(polygon(square, hole), identity);
    expect(d).toMatch(/^M10 10l/);
    expect(d).not.toMatch(/\./);
    expect(decode(d)).toEqual([
      [
        [10, 10],
        [20, 10],
        [20, 20],
        [10, 20],
      ],
      [
        [12, 12],
        [12, 14],
        [14, 14],
        [14, 12],
      ],
    ]);
  });
  it('leaves out a ring too small to see, and gives nothing for a feature that is all such rings', () => {
    expect(
      posterPath(
        polygon([
          [0, 0],
          [0.2, 0],
          [0.2, 0.2],
          [0, 0],
        ]),
        identity,
      ),
    ).toBe('');
  });
  it('does not close a line', () => {
    const line: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [5, 5],
          [10, 0],
        ],
      },
    };
    const d = posterPath(line, identity);
    expect(d).not.toContain('z');
    expect(decode(d)).toEqual([
      [
        [0, 0],
        [5, 5],
        [10, 0],
      ],
    ]);
  });
});

describe('posterMarkup', () => {
  const area = (id: string, status: string, lon: number): Feature => ({
    type: 'Feature',
    properties: { id, name_en: `${id} en`, name_ja_romaji: `${id} ja`, name_ru: `${id} ru`, status },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon, 43],
          [lon + 0.5, 43],
          [lon + 0.5, 43.5],
          [lon, 43.5],
          [lon, 43],
        ],
      ],
    },
  });
  const overview: FeatureCollection = {
    type: 'FeatureCollection',
    features: [area('kunashir', 'disputed', 145.5), area('hokkaido', 'japan', 142)],
  };
  const context: FeatureCollection = {
    type: 'FeatureCollection',
    features: [{ ...area('x', '', 140), properties: { area: 'mainland' } }],
  };
  const boundaries: FeatureCollection = {
    type: 'FeatureCollection',
    features: ['de-facto-line', '1855-line'].map((id) => ({
      type: 'Feature',
      properties: { id, schematic: true },
      geometry: {
        type: 'LineString',
        coordinates: [
          [145, 43],
          [145.2, 44],
        ],
      },
    })),
  };
  const state = {
    shading: { kunashir: 'disputed', hokkaido: 'japan', mainland: 'neutral' },
    boundaries: [{ id: 'de-facto-line', label: '' }],
  } as unknown as HistoryMapState;
  const markup = posterMarkup({
    overview,
    context,
    boundaries,
    state,
    frames: { narrow: [145, 42.5, 147, 44], wide: [141, 42, 147, 45] },
  });

  it('makes each area a link to its panel, named as its label is', () => {
    expect(
      markup.match(/<a href="#island=kunashir" aria-label="kunashir en \(kunashir ja, kunashir ru\)">/g),
    ).toHaveLength(2);
    expect(markup.match(/<a href="#island=hokkaido"/g)).toHaveLength(2);
  });
  it('shades each area as the state has it, hatching the disputed one only', () => {
    expect(markup).toMatch(
      /<a href="#island=kunashir"[^>]*><use href="#poster-\d+" class="poster-disputed poster-area"\/><use href="#poster-\d+" class="poster-hatch"\/><\/a>/,
    );
    expect(markup).toMatch(
      /<a href="#island=hokkaido"[^>]*><use href="#poster-\d+" class="poster-japan poster-area"\/><\/a>/,
    );
    expect(markup).toMatch(/<use href="#poster-0" class="poster-neutral" data-area="mainland"\/>/);
  });
  it('draws the boundaries in force only', () => {
    expect(markup.match(/poster-line/g)).toHaveLength(2);
  });
  it('defines every shape it uses, once', () => {
    const defined = [...markup.matchAll(/<path id="(poster-\d+)"/g)].map((m) => m[1]);
    const used = new Set([...markup.matchAll(/<use href="#(poster-\d+)"/g)].map((m) => m[1]));
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].sort()).toEqual([...defined].sort());
  });
  it('frames the phone and the wide screen with their own view boxes, the phone’s 500 units wide', () => {
    const boxes = [...markup.matchAll(/class="poster-map poster-(narrow|wide)" viewBox="([-\d ]+)"/g)].map((m) => [
      m[1],
      m[2]!.split(' ').map(Number),
    ]);
    expect(boxes.map(([name]) => name)).toEqual(['narrow', 'wide']);
    const [narrow, wide] = boxes.map(([, box]) => box as number[]);
    expect(narrow![2]).toBe(500);
    expect(wide![2]).toBeGreaterThan(narrow![2]!);
  });
});

describe('posterCss', () => {
  it('colours the poster as the renderers do, in the light scheme and in the dark', () => {
    const css = posterCss();
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme:dark)'));
    expect(css).toContain(`.poster{background:${LIGHT.sea}}`);
    expect(css).toContain(`.poster-russia{fill:${SHADE_COLOURS.light.russia}}`);
    expect(dark).toContain(`.poster{background:${DARK.sea}}`);
    expect(dark).toContain(`.poster-disputed{fill:${SHADE_COLOURS.dark.disputed}}`);
  });
});
