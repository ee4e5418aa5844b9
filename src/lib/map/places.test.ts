import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { clearOf, fitInView, placesAt, readPlaces, withoutOverlaps, type Place } from './places.ts';

const places = readPlaces(JSON.parse(readFileSync('geo/out/places.geojson', 'utf8')) as FeatureCollection);

describe('place labels', () => {
  it('names the seas, Sakhalin, Urup, Nemuro and Sapporo at the overview zoom', () => {
    const names = placesAt(places, 4.5).map((p) => p.name);
    for (const name of ['Sea of Okhotsk', 'Pacific Ocean', 'Sakhalin', 'Urup', 'Nemuro', 'Sapporo'])
      expect(names).toContain(name);
  });

  it('keeps the Habomai islets for a closer look', () => {
    expect(placesAt(places, 5).some((p) => p.kind === 'islet')).toBe(false);
    expect(placesAt(places, 11).filter((p) => p.kind === 'islet').length).toBeGreaterThanOrEqual(10);
  });

  it('drops a name that would sit on an island label, keeps one clear of it', () => {
    const town: Place = { id: 'town', kind: 'town', name: 'Nemuro', lon: 0, lat: 0, also: [], minzoom: 0 };
    const labels = [
      { id: 'on', place: town, at: { x: 130, y: 105 } },
      { id: 'clear', place: town, at: { x: 130, y: 200 } },
    ];
    expect(clearOf(labels, [{ x: 100, y: 100 }]).map((l) => l.id)).toEqual(['clear']);
  });

  it('keeps a sea name clear of an island point on either side, where the island label may stand', () => {
    const sea: Place = { id: 'sea', kind: 'sea', name: 'Sea of Japan', lon: 0, lat: 0, also: [], minzoom: 0 };
    const labels = [
      { id: 'left-of-point', place: sea, at: { x: 53, y: 440 } },
      { id: 'far-left', place: sea, at: { x: 53, y: 200 } },
    ];
    expect(clearOf(labels, [{ x: 98, y: 432 }]).map((l) => l.id)).toEqual(['far-left']);
  });

  it('writes a name at its first anchor in view, moved inward from the edge, or not at all', () => {
    const sea: Place = { id: 'pacific', kind: 'sea', name: 'Pacific Ocean', lon: 0, lat: 0, also: [], minzoom: 0 };
    const mid = { x: 195, y: 300 };
    expect(fitInView(sea, [mid], 390, 600)).toEqual(mid);
    // First anchor off to the right: the next one is used.
    expect(fitInView(sea, [{ x: 500, y: 300 }, mid], 390, 600)).toEqual(mid);
    // Near the right edge: shifted left so the whole name shows, the anchor still under it.
    const shifted = fitInView(sea, [{ x: 380, y: 300 }], 390, 600)!;
    const half = (sea.name.length * 8.2) / 2;
    expect(shifted.x + half).toBeLessThanOrEqual(386);
    expect(shifted.x - half).toBeLessThanOrEqual(380);
    expect(fitInView(sea, [{ x: 195, y: 900 }], 390, 600)).toBeNull();
  });

  it('drops a town whose name, left of its dot, the edge would cut', () => {
    const town: Place = { id: 'nemuro', kind: 'town', name: 'Nemuro', lon: 0, lat: 0, also: [], minzoom: 0 };
    expect(fitInView(town, [{ x: 20, y: 300 }], 390, 600)).toBeNull();
    expect(fitInView(town, [{ x: 380, y: 300 }], 390, 600)).toEqual({ x: 380, y: 300 });
  });

  it('drops a sea name that would overlap a town, keeps names clear of each other', () => {
    const place = (id: string, kind: Place['kind'], name: string): Place => ({
      id,
      kind,
      name,
      lon: 0,
      lat: 0,
      also: [],
      minzoom: 0,
    });
    const labels = [
      { place: place('sea-of-japan', 'sea', 'Sea of Japan'), at: { x: 54, y: 350 } },
      { place: place('sapporo', 'town', 'Sapporo'), at: { x: 100, y: 348 } },
      { place: place('okhotsk', 'sea', 'Sea of Okhotsk'), at: { x: 300, y: 150 } },
    ];
    expect(withoutOverlaps(labels).map((l) => l.place.id)).toEqual(['sapporo', 'okhotsk']);
  });
});
