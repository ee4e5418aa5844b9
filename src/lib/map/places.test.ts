import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { fitInView, fitPlaces, placeBox, placeNames, placesAt, readPlaces, type Place } from './places.ts';

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

  it('drops a name that would meet an obstacle (a control, an island label), keeps one clear of it', () => {
    const strait: Place = {
      id: 's',
      kind: 'strait',
      name: 'Catherine (Yekaterina) Strait',
      lon: 0,
      lat: 0,
      also: [],
      minzoom: 0,
    };
    const zoomButtons = { left: 330, top: 10, right: 380, bottom: 100 };
    const islandLabel = { left: 120, top: 190, right: 220, bottom: 230 };
    const labels = [
      { id: 'under-buttons', place: strait, at: { x: 300, y: 50 } },
      { id: 'by-the-label', place: strait, at: { x: 100, y: 240 } },
      { id: 'clear', place: strait, at: { x: 150, y: 400 } },
    ];
    expect(placeNames(labels, [zoomButtons, islandLabel]).map((l) => l.id)).toEqual(['clear']);
  });

  it('keeps a few pixels from an obstacle, and places a name by its measured width once drawn', () => {
    const sea: Place = { id: 'sea', kind: 'sea', name: 'Pacific Ocean', lon: 0, lat: 0, also: [], minzoom: 0 };
    const at = { x: 200, y: 300 };
    const estimated = placeBox(sea, at);
    const beside = { left: estimated.right + 1, top: 290, right: estimated.right + 50, bottom: 310 };
    expect(placeNames([{ place: sea, at }], [beside])).toEqual([]);
    // Drawn, it measured 60 px: it stands clear.
    expect(placeNames([{ place: sea, at, width: 60 }], [beside])).toHaveLength(1);
    expect(placeBox(sea, at, 60)).toEqual({ left: 170, right: 230, top: 291, bottom: 309 });
  });

  it('counts a town’s dot in its box', () => {
    const town: Place = { id: 't', kind: 'town', name: 'Nemuro', lon: 0, lat: 0, also: [], minzoom: 0 };
    const box = placeBox(town, { x: 100, y: 100 }, 50);
    expect(box.left).toBe(42);
    expect(box.right).toBeGreaterThan(100);
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

  it('fits each name of the zoom at its first anchor in view, by its measured width once drawn', () => {
    const project = (lon: number, lat: number) => ({ x: (lon - 140) * 40, y: (48 - lat) * 60 });
    const view = { width: 480, height: 480 };
    const fitted = fitPlaces(places, 4.5, project, view, { 'sea-of-okhotsk': 90 });
    const okhotsk = fitted.find((f) => f.place.id === 'sea-of-okhotsk')!;
    expect(okhotsk.width).toBe(90);
    expect(okhotsk.at).toEqual(project(147.5, 47.2));
    for (const { at } of fitted) {
      expect(at.x).toBeGreaterThanOrEqual(0);
      expect(at.x).toBeLessThanOrEqual(480);
    }
    expect(fitted.some((f) => f.place.kind === 'islet')).toBe(false);
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
    expect(placeNames(labels, []).map((l) => l.place.id)).toEqual(['sapporo', 'okhotsk']);
  });
});
