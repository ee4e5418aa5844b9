import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VIEWPOINTS } from '../url/hash-state.ts';
import { BOUNDARY_IDS, BOUNDARY_SCHEMATIC, mapStateAt, SHADES, TEXT } from './map-state.ts';
import type { HistoryMapState, Shade } from './map-state.ts';
import { ALL_EVENTS, expectedData } from '../../../build/history/testing/expected.ts';

const TODAY = '2026-03-01';
const at = (year: number, view: (typeof VIEWPOINTS)[number] = 'administered') =>
  mapStateAt(year, view, expectedData(), ALL_EVENTS, TODAY);
const ids = (s: HistoryMapState) => s.boundaries.map((b) => b.id).sort();

/** Every string in TEXT, the templates filled in with a year. */
function allTexts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node === 'function') return [(node as (y: number) => string)(1950)];
  return Object.values(node as object).flatMap(allTexts);
}

describe('mapStateAt before the 1945 occupation: who held each area', () => {
  it('1860: Urup Russian, Iturup and Shikotan Japanese, Sakhalin shared; the Shimoda line', () => {
    const s = at(1860);
    expect(s.shading.urup).toBe('russia');
    expect(s.shading.iturup).toBe('japan');
    expect(s.shading.shikotan).toBe('japan');
    expect(s.shading['sakhalin-south']).toBe('shared');
    expect(s.shading['sakhalin-north']).toBe('shared');
    expect(ids(s)).toEqual(['1855-line']);
  });

  it('1880: Urup and Iturup Japanese, southern Sakhalin Russian; the 1875 line only', () => {
    const s = at(1880);
    expect(s.shading.urup).toBe('japan');
    expect(s.shading.iturup).toBe('japan');
    expect(s.shading['sakhalin-south']).toBe('russia');
    expect(ids(s)).toEqual(['1875-line']);
  });

  it('1910: Urup and southern Sakhalin Japanese, northern Sakhalin Russian; the 1875 line and the 50th parallel', () => {
    const s = at(1910);
    expect(s.shading.urup).toBe('japan');
    expect(s.shading['sakhalin-south']).toBe('japan');
    expect(s.shading['sakhalin-north']).toBe('russia');
    expect(ids(s)).toEqual(['1875-line', '1905-line']);
  });

  it('the year a treaty is signed shows it (a year stands for its 31 December)', () => {
    expect(ids(at(1855))).toEqual(['1855-line']);
    expect(ids(at(1875))).toEqual(['1875-line']);
    expect(ids(at(1905))).toEqual(['1875-line', '1905-line']);
    expect(ids(at(1944))).toEqual(['1875-line', '1905-line']);
  });

  it('the viewpoint changes nothing, and the caption says the map follows the treaties', () => {
    for (const year of [1860, 1880, 1910, 1944]) {
      const states = VIEWPOINTS.map((v) => at(year, v));
      for (const s of states) expect(s).toEqual(states[0]);
      expect(states[0]!.viewpointApplies).toBe(false);
      expect(states[0]!.caption).toBe(`${year}: who held each area, by the treaties then in force.`);
    }
  });

  it('context land: Kamchatka Russian, Honshu and Hokkaido Japanese, the mainland and other land neutral', () => {
    for (const s of [at(1860), at(1910), at(2026, 'japan')]) {
      expect(s.shading.kamchatka).toBe('russia');
      expect(s.shading.mainland).toBe('neutral');
      expect(s.shading.honshu).toBe('japan');
      expect(s.shading.hokkaido).toBe('japan');
      expect(s.shading.other).toBe('neutral');
    }
  });

  it('the legend names Russia before 1922 and the Soviet Union after', () => {
    expect(at(1910).legend.find((l) => l.shade === 'russia')?.label).toBe('Russia');
    expect(at(1930).legend.find((l) => l.shade === 'russia')?.label).toBe('Soviet Union');
  });

  it('throws before the first treaty and after today', () => {
    expect(() => at(1854)).toThrow(RangeError);
    expect(() => at(2027)).toThrow(RangeError);
  });
});

describe('mapStateAt from the 1945 occupation on: one view at a time', () => {
  const cases = [
    ['administered', 'disputed', 'russia'],
    ['japan', 'japan', 'undetermined'],
    ['russia', 'russia', 'russia'],
  ] as const;
  for (const year of [1950, 2026]) {
    for (const [view, islands, renounced] of cases) {
      it(`${year}, ${view}: the four islands ${islands}, Urup and southern Sakhalin ${renounced}`, () => {
        const s = at(year, view);
        for (const id of ['iturup', 'kunashir', 'shikotan', 'habomai'] as const) expect(s.shading[id]).toBe(islands);
        expect(s.shading.urup).toBe(renounced);
        expect(s.shading['northern-kurils']).toBe(renounced);
        expect(s.shading['sakhalin-south']).toBe(renounced);
        expect(s.shading['sakhalin-north']).toBe('russia');
        expect(s.shading.hokkaido).toBe('japan');
        expect(s.viewpointApplies).toBe(true);
      });
    }
  }

  it('administered and Russia draw the line of control; Japan its claimed border and the undetermined area', () => {
    expect(ids(at(2026, 'administered'))).toEqual(['de-facto-line']);
    expect(ids(at(2026, 'russia'))).toEqual(['de-facto-line']);
    expect(ids(at(2026, 'japan'))).toEqual(['1855-line', '1875-line', '1905-line']);
    expect(at(2026, 'administered').boundaries[0]!.label).toMatch(/^Line of control/);
    expect(at(2026, 'russia').boundaries[0]!.label).toMatch(/as Russia sees it/);
    expect(at(2026, 'japan').boundaries.find((b) => b.id === '1855-line')!.label).toMatch(/as Japan sees it/);
  });

  it('the occupation year already shows the dispute', () => {
    expect(at(1945).viewpointApplies).toBe(true);
    expect(at(1945).shading.iturup).toBe('disputed');
  });

  it('captions name the view, and the year when it is not today', () => {
    expect(at(2026, 'administered').caption).toBe(TEXT.caption.administered.today);
    expect(at(2026, 'japan').caption).toMatch(/^As Japan sees it: /);
    expect(at(2026, 'russia').caption).toMatch(/^As Russia sees it: /);
    expect(at(1950, 'administered').caption).toBe(
      'As administered in 1950: the Soviet Union administered all four areas; Japan claimed them.',
    );
    expect(at(2005, 'administered').caption).toMatch(/^As administered in 2005: Russia administered/);
    expect(at(1970, 'russia').caption).toMatch(/^As Russia sees it, in 1970: .*Soviet territory/);
    expect(at(2005, 'russia').caption).toMatch(/^As Russia sees it, in 2005: .*part of Russia/);
  });

  it("Japan's view before the 1951 renunciation does not say Japan had renounced anything", () => {
    const before = at(1950, 'japan');
    expect(before.caption).not.toMatch(/renounce/);
    expect(before.legend.find((l) => l.shade === 'undetermined')?.label).not.toMatch(/renounce/i);
    expect(at(1951, 'japan').caption).toMatch(/renounced .* in 1951/);
    expect(at(1960, 'japan').caption).toMatch(/Soviet occupation/);
    expect(at(2000, 'japan').caption).toMatch(/Russian occupation/);
  });

  it('the administered option is named for the year shown', () => {
    expect(at(2026).viewpointLabels.administered).toBe('As administered today');
    expect(at(1950).viewpointLabels.administered).toBe('As administered in 1950');
    expect(at(1950).viewpointLabels.japan).toBe('As Japan sees it');
  });
});

describe('mapStateAt: no present-day border without a label naming the view', () => {
  it('every year and view that draws the line of control or the present-day 1855 line has a caption naming the view', () => {
    for (let year = 1855; year <= 2026; year++) {
      for (const view of VIEWPOINTS) {
        const s = at(year, view);
        const presentDay =
          s.boundaries.some((b) => b.id === 'de-facto-line') ||
          (year >= 1945 && s.boundaries.some((b) => b.id === '1855-line'));
        if (!presentDay) continue;
        expect(s.viewpointApplies, `${year} ${view}`).toBe(true);
        const named = {
          administered: /^As administered (today|in \d{4}):/,
          japan: /^As Japan sees it[:,]/,
          russia: /^As Russia sees it[:,]/,
        }[view];
        expect(s.caption, `${year} ${view}`).toMatch(named);
        expect(s.viewpointLabels[view]).toBeTruthy();
      }
    }
  });

  it('the legend lists each shade on the map once, never neutral, each with a label', () => {
    for (const year of [1860, 1880, 1910, 1945, 1950, 1991, 2026]) {
      for (const view of VIEWPOINTS) {
        const s = at(year, view);
        const onMap = new Set<Shade>(Object.values(s.shading).filter((x) => x !== 'neutral'));
        expect(s.legend.map((l) => l.shade)).toEqual(SHADES.filter((x) => onMap.has(x)));
        for (const l of s.legend) expect(l.label.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('TEXT', () => {
  it('is whole sentences and phrases: no doubled spaces, no dangling punctuation, no "undefined"', () => {
    for (const t of allTexts(TEXT)) {
      expect(t).not.toMatch(/ {2}|undefined|\s[,.;:]|^[a-z]/);
    }
  });

  it('captions end with a full stop; labels do not', () => {
    for (const t of allTexts(TEXT.caption)) expect(t).toMatch(/\.$/);
    expect(TEXT.treatyCaption(1910)).toMatch(/\.$/);
    for (const t of [...allTexts(TEXT.legend), ...allTexts(TEXT.boundary), ...allTexts(TEXT.viewpoint)])
      expect(t).not.toMatch(/\.$/);
  });
});

describe('boundaries match geo/out/boundaries.geojson', () => {
  const geo = JSON.parse(readFileSync(new URL('../../../geo/out/boundaries.geojson', import.meta.url), 'utf8')) as {
    features: { properties: { id: string; schematic: boolean } }[];
  };
  it('the same lines, schematic where the file says so', () => {
    const props = geo.features.map((f) => f.properties);
    expect(props.map((p) => p.id).sort()).toEqual([...BOUNDARY_IDS].sort());
    for (const p of props) expect(BOUNDARY_SCHEMATIC[p.id as (typeof BOUNDARY_IDS)[number]], p.id).toBe(p.schematic);
  });
});
