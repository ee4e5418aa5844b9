import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { clearOf, insideView, placesAt, readPlaces, type Place } from './places';

const places = readPlaces(JSON.parse(readFileSync('geo/out/places.geojson', 'utf8')) as FeatureCollection);

describe('place labels', () => {
  it('names the seas, Sakhalin, Urup, Nemuro and Sapporo at the overview zoom', () => {
    const names = placesAt(places, 4.5).map((p) => p.name);
    for (const name of ['Sea of Okhotsk', 'Pacific Ocean', 'Sakhalin', 'Urup', 'Nemuro', 'Sapporo']) expect(names).toContain(name);
  });

  it('keeps the Habomai islets for a closer look', () => {
    expect(placesAt(places, 5).some((p) => p.kind === 'islet')).toBe(false);
    expect(placesAt(places, 11).filter((p) => p.kind === 'islet').length).toBeGreaterThanOrEqual(10);
  });

  it('drops a name that would sit on an island label, keeps one clear of it', () => {
    const labels = [
      { id: 'on', at: { x: 130, y: 105 } },
      { id: 'clear', at: { x: 130, y: 200 } },
    ];
    expect(clearOf(labels, [{ x: 100, y: 100 }]).map((l) => l.id)).toEqual(['clear']);
  });

  it('drops a name the edge of the view would cut, keeps one that fits', () => {
    const place = (id: string, kind: Place['kind']): Place => ({ id, kind, name: 'Pacific Ocean', lon: 0, lat: 0, minzoom: 0 });
    const labels = [
      { place: place('cut-right', 'sea'), at: { x: 370, y: 300 } },
      { place: place('cut-left', 'sea'), at: { x: 20, y: 300 } },
      { place: place('fits', 'sea'), at: { x: 195, y: 300 } },
      { place: place('town-cut', 'town'), at: { x: 60, y: 300 } },
      { place: place('town-fits', 'town'), at: { x: 380, y: 300 } },
      { place: place('below', 'sea'), at: { x: 195, y: 900 } },
    ];
    expect(insideView(labels, 390, 600).map((l) => l.place.id)).toEqual(['fits', 'town-fits']);
  });
});
