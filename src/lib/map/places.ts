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
