import type { FeatureCollection, Point } from 'geojson';

/** A plain-text label on the map (sea, land, town, strait, islet), from geo/out/places.geojson. */
export interface Place {
  id: string;
  kind: 'sea' | 'land' | 'town' | 'strait' | 'islet';
  name: string;
  lon: number;
  lat: number;
  minzoom: number;
}

export function readPlaces(collection: FeatureCollection): Place[] {
  return collection.features.flatMap((f) => {
    const p = f.properties;
    if (f.geometry.type !== 'Point' || !p || typeof p.id !== 'string' || typeof p.name_en !== 'string') return [];
    const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
    return [{ id: p.id, kind: p.kind as Place['kind'], name: p.name_en, lon, lat, minzoom: Number(p.minzoom) || 0 }];
  });
}

/** The places to name at a zoom: each from its own minimum zoom on. */
export function placesAt(places: readonly Place[], zoom: number): Place[] {
  return places.filter((p) => zoom >= p.minzoom);
}

/** How close (px) to an island's label point a place name may stand before it is dropped for the island's label. */
const CLEARANCE = { x: 110, y: 26 };

/** Drops names that would sit on an island's label: the island's own button wins. */
export function clearOf<T extends { at: { x: number; y: number } }>(labels: readonly T[], islandPoints: readonly { x: number; y: number }[]): T[] {
  return labels.filter(({ at }) => !islandPoints.some((p) => at.x > p.x - CLEARANCE.x / 3 && at.x < p.x + CLEARANCE.x && Math.abs(at.y - p.y) < CLEARANCE.y));
}

/** Rough text widths (px per character) of each kind of name, as PlaceLabels.svelte sets them. */
const CHAR_WIDTH: Record<Place['kind'], number> = { sea: 8.2, land: 7.6, town: 7, strait: 6.5, islet: 6.5 };

/** Drops names that would be cut by the edge of a view `width` × `height`: half a name says nothing. */
export function insideView<T extends { place: Place; at: { x: number; y: number } }>(labels: readonly T[], width: number, height: number): T[] {
  const margin = 4;
  return labels.filter(({ place, at }) => {
    const w = place.name.length * CHAR_WIDTH[place.kind];
    // Towns put their name to the left of their dot; the others centre it on their point.
    const [left, right] = place.kind === 'town' ? [at.x - w - 8, at.x + 4] : [at.x - w / 2, at.x + w / 2];
    return left >= margin && right <= width - margin && at.y >= 10 && at.y <= height - 10;
  });
}
