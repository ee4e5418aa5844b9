import type { FeatureCollection, Point } from 'geojson';
import { meets, type Rect } from './label-layout.ts';

/** A plain-text label on the map (sea, land, town, strait, islet), from geo/out/places.geojson. */
export interface Place {
  id: string;
  kind: 'sea' | 'land' | 'town' | 'strait' | 'islet';
  name: string;
  lon: number;
  lat: number;
  /** Further anchors ([lon, lat]), in order, for a view that does not show the first. */
  also: [number, number][];
  minzoom: number;
}

export function readPlaces(collection: FeatureCollection): Place[] {
  return collection.features.flatMap((f) => {
    const p = f.properties;
    if (f.geometry.type !== 'Point' || !p || typeof p.id !== 'string' || typeof p.name_en !== 'string') return [];
    const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
    const also = Array.isArray(p.also) ? (p.also as [number, number][]) : [];
    return [
      { id: p.id, kind: p.kind as Place['kind'], name: p.name_en, lon, lat, also, minzoom: Number(p.minzoom) || 0 },
    ];
  });
}

/** The places to name at a zoom: each from its own minimum zoom on. */
export function placesAt(places: readonly Place[], zoom: number): Place[] {
  return places.filter((p) => zoom >= p.minzoom);
}

/** Rough text widths (px per character) of each kind of name, as PlaceLabels.svelte sets them, until measured. */
const CHAR_WIDTH: Record<Place['kind'], number> = { sea: 8.2, land: 7.6, town: 7, strait: 6.5, islet: 6.5 };

/** A name's width: as measured on screen, or estimated from its length before it has been. */
const nameWidth = (place: Place, measured?: number): number => measured || place.name.length * CHAR_WIDTH[place.kind];

/**
 * Where to write a name in a view `width` × `height`, given its anchors' screen positions in order: at the first
 * anchor in view, shifted inward as far as the edge needs (the anchor stays under the name); null when no anchor is
 * in view, or a town's name (written to the left of its dot) would be cut.
 */
export function fitInView(
  place: Place,
  anchors: readonly { x: number; y: number }[],
  width: number,
  height: number,
  measured?: number,
): { x: number; y: number } | null {
  const margin = 4;
  for (const at of anchors) {
    if (at.x < margin || at.x > width - margin || at.y < 10 || at.y > height - 10) continue;
    if (place.kind === 'town') {
      if (placeBox(place, at, measured).left >= margin) return at;
      continue;
    }
    const half = Math.min(nameWidth(place, measured) / 2, (width - 2 * margin) / 2);
    return { x: Math.min(Math.max(at.x, margin + half), width - margin - half), y: at.y };
  }
  return null;
}

/** The box (px) a name takes at `at`: centred on it, or to the left of a town's dot (the dot included). */
export function placeBox(place: Place, at: { x: number; y: number }, measured?: number): Rect {
  const w = nameWidth(place, measured);
  const left = place.kind === 'town' ? at.x - w - 8 : at.x - w / 2;
  return { left, right: place.kind === 'town' ? at.x + 3 : left + w, top: at.y - 9, bottom: at.y + 9 };
}

/** A name placed: where, and how wide it measured on screen (undefined until it has been drawn once). */
export interface PlacedName {
  place: Place;
  at: { x: number; y: number };
  width?: number;
}

/** Where each name of a zoom would stand in a view, before any gives way (see placeNames); widths as measured. */
export function fitPlaces(
  places: readonly Place[],
  zoom: number,
  project: (lon: number, lat: number) => { x: number; y: number },
  view: { width: number; height: number },
  widths: Readonly<Record<string, number>>,
): PlacedName[] {
  return placesAt(places, zoom).flatMap((place) => {
    const anchors = [[place.lon, place.lat] as const, ...place.also].map(([lon, lat]) => project(lon, lat));
    const measured = widths[place.id];
    const at = fitInView(place, anchors, view.width, view.height, measured);
    return at ? [{ place, at, width: measured }] : [];
  });
}

/** Names keep a few pixels from what they give way to: touching boxes read as one. */
const GAP = 2;

/** Which names give way when two would overlap: places on land and towns before seas, straits and islets. */
const PRIORITY: Place['kind'][] = ['land', 'town', 'sea', 'strait', 'islet'];

/**
 * The names to write: none over an obstacle (the map's controls and credits, the islands' labels and their points,
 * the treaty lines' labels), which always win, and none over another name of higher priority. A name that would
 * collide is dropped, never moved: it stands where the place is.
 */
export function placeNames<T extends PlacedName>(labels: readonly T[], obstacles: readonly Rect[]): T[] {
  const kept: { label: T; b: Rect }[] = [];
  const ordered = [...labels].sort((a, b) => PRIORITY.indexOf(a.place.kind) - PRIORITY.indexOf(b.place.kind));
  for (const label of ordered) {
    const b = placeBox(label.place, label.at, label.width);
    if (obstacles.some((o) => meets(b, o, GAP)) || kept.some((k) => meets(b, k.b, GAP))) continue;
    kept.push({ label, b });
  }
  return labels.filter((l) => kept.some((k) => k.label === l));
}
