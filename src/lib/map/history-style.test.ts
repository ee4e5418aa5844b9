import { describe, expect, it } from 'vitest';
import { SHADES } from '../history/map-state.ts';
import type { Shade } from '../history/map-state.ts';
import {
  boundaryFilter,
  boundaryLayers,
  hatchImage,
  HISTORY_LAYERS,
  shadeColours,
  shadeFillExpression,
  shadeFilter,
  shadeMarkLayers,
} from './history-style.ts';

// Colour-vision simulation (Machado, Oliveira & Fernandes 2009, severity 1, linear RGB) and CIE76 ΔE in Lab.
const CVD = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;
const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linearRgb = (hex: string) => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16)));
function lab([r, g, b]: number[]): number[] {
  const c = (v: number) => Math.min(1, Math.max(0, v));
  const [R, G, B] = [c(r!), c(g!), c(b!)];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const X = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const Y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const Z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}
function seenAs(hex: string, m: readonly (readonly number[])[]): number[] {
  const v = linearRgb(hex);
  return lab(m.map((row) => row[0]! * v[0]! + row[1]! * v[1]! + row[2]! * v[2]!));
}
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('shadeColours', () => {
  for (const palette of ['light', 'dark'] as const) {
    it(`${palette}: every pair of shades stays apart with any colour vision (undetermined vs neutral: by its outline)`, () => {
      const colours = shadeColours(palette);
      for (const [vision, m] of Object.entries(CVD)) {
        for (const a of SHADES) {
          for (const b of SHADES) {
            if (a >= b || (a === 'neutral' && b === 'undetermined')) continue;
            const d = deltaE(seenAs(colours[a], m), seenAs(colours[b], m));
            expect(d, `${palette} ${vision}: ${a} vs ${b}`).toBeGreaterThan(15);
          }
        }
      }
    });
  }

  it('undetermined is white in light mode', () => {
    expect(shadeColours('light').undetermined).toBe('#ffffff');
  });
});

describe('shadeFillExpression', () => {
  const colours = shadeColours('light');
  it('matches on the area, grouping the areas of a shade, neutral by default', () => {
    const shading: Record<string, Shade> = {
      iturup: 'disputed',
      urup: 'russia',
      kamchatka: 'russia',
      honshu: 'japan',
      other: 'neutral',
    };
    expect(shadeFillExpression(shading, colours)).toEqual([
      'match',
      ['coalesce', ['get', 'area'], ['get', 'id']],
      ['honshu'],
      colours.japan,
      ['kamchatka', 'urup'],
      colours.russia,
      ['iturup'],
      colours.disputed,
      colours.neutral,
    ]);
  });

  it('is a plain neutral colour when nothing is shaded', () => {
    expect(shadeFillExpression({ other: 'neutral' }, colours)).toEqual(['to-color', colours.neutral]);
  });
});

describe('filters', () => {
  it('boundaryFilter picks the listed lines of one kind', () => {
    expect(boundaryFilter(['1855-line', 'de-facto-line'], true)).toEqual([
      'all',
      ['==', ['get', 'schematic'], true],
      ['in', ['get', 'id'], ['literal', ['1855-line', 'de-facto-line']]],
    ]);
  });

  it('shadeFilter picks the areas of one shade', () => {
    expect(
      shadeFilter({ urup: 'undetermined', iturup: 'japan', 'sakhalin-south': 'undetermined' }, 'undetermined'),
    ).toEqual(['in', ['coalesce', ['get', 'area'], ['get', 'id']], ['literal', ['sakhalin-south', 'urup']]]);
  });
});

describe('layers', () => {
  it('boundaryLayers: schematic lines dashed, exact lines solid, on the given source and ids', () => {
    const [schematic, exact] = boundaryLayers('boundaries', 'dark', ['1905-line']);
    expect(schematic?.id).toBe(HISTORY_LAYERS.schematic);
    expect(schematic?.source).toBe('boundaries');
    expect(schematic?.paint?.['line-dasharray']).toBeDefined();
    expect(schematic?.filter).toEqual(boundaryFilter(['1905-line'], true));
    expect(exact?.id).toBe(HISTORY_LAYERS.exact);
    expect(exact?.paint?.['line-dasharray']).toBeUndefined();
    expect(exact?.filter).toEqual(boundaryFilter(['1905-line'], false));
  });

  it('shadeMarkLayers: a hatch fill and a dashed outline, showing nothing until filtered', () => {
    const [hatch, outline] = shadeMarkLayers('context', 'light');
    expect(hatch.paint?.['fill-pattern']).toBe('history-hatch');
    expect(outline.paint?.['line-dasharray']).toBeDefined();
    expect(hatch.filter).toEqual(['in', ['coalesce', ['get', 'area'], ['get', 'id']], ['literal', []]]);
  });

  it('hatchImage: a square RGBA tile of stripes, partly transparent', () => {
    const img = hatchImage('light', 8);
    expect(img.data.length).toBe(8 * 8 * 4);
    const alphas = new Set(Array.from({ length: 64 }, (_, i) => img.data[i * 4 + 3]));
    expect(alphas).toEqual(new Set([0, 170]));
    // Diagonal stripes tile: the first column continues the last.
    expect(img.data[3]).toBe(img.data[(7 * 8 + 1) * 4 + 3]);
  });
});
