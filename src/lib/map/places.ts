import type { FeatureCollection, Point } from 'geojson';
import type { Rect } from './label-layout.ts';

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

/** How close (px) to an island's label point a place name may stand before it is dropped for the island's label. */
const CLEARANCE = { x: 110, y: 26 };

/** Rough text widths (px per character) of each kind of name, as PlaceLabels.svelte sets them. */
const CHAR_WIDTH: Record<Place['kind'], number> = { sea: 8.2, land: 7.6, town: 7, strait: 6.5, islet: 6.5 };

const nameWidth = (place: Place): number => place.name.length * CHAR_WIDTH[place.kind];

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
): { x: number; y: number } | null {
  const margin = 4;
  for (const at of anchors) {
    if (at.x < margin || at.x > width - margin || at.y < 10 || at.y > height - 10) continue;
    if (place.kind === 'town') {
      if (placeBox(place, at).left >= margin) return at;
      continue;
    }
    const half = Math.min(nameWidth(place) / 2, (width - 2 * margin) / 2);
    return { x: Math.min(Math.max(at.x, margin + half), width - margin - half), y: at.y };
  }
  return null;
}

/** The box (px) a name takes at `at`: centred on it, or to the left of a town's dot. */
export function placeBox(place: Place, at: { x: number; y: number }): Rect {
  const w = nameWidth(place);
  const left = place.kind === 'town' ? at.x - w - 8 : at.x - w / 2;
  return { left, right: left + w, top: at.y - 9, bottom: at.y + 9 };
}

/**
 * Drops names that would sit on an island's label: the island's own button wins. A sea's name, which may have been
 * moved in from the edge and is the widest, keeps clear on both sides of the island's point, since its label may
 * stand on either side.
 */
export function clearOf<T extends { place: Place; at: { x: number; y: number } }>(
  labels: readonly T[],
  islandPoints: readonly { x: number; y: number }[],
): T[] {
  return labels.filter(({ place, at }) =>
    islandPoints.every((p) => {
      if (Math.abs(at.y - p.y) >= CLEARANCE.y) return true;
      if (place.kind !== 'sea') return !(at.x > p.x - CLEARANCE.x / 3 && at.x < p.x + CLEARANCE.x);
      const b = placeBox(place, at);
      return b.right <= p.x - CLEARANCE.x || b.left >= p.x + CLEARANCE.x;
    }),
  );
}

/** Which names give way when two would overlap: places on land and towns before seas, straits and islets. */
const PRIORITY: Place['kind'][] = ['land', 'town', 'sea', 'strait', 'islet'];

/** Drops names that would overlap a name of higher priority, so no two are written over each other. */
export function withoutOverlaps<T extends { place: Place; at: { x: number; y: number } }>(labels: readonly T[]): T[] {
  const kept: { label: T; b: Rect }[] = [];
  const ordered = [...labels].sort((a, b) => PRIORITY.indexOf(a.place.kind) - PRIORITY.indexOf(b.place.kind));
  for (const label of ordered) {
    const b = placeBox(label.place, label.at);
    if (kept.some(({ b: k }) => b.left < k.right && k.left < b.right && b.top < k.bottom && k.top < b.bottom)) continue;
    kept.push({ label, b });
  }
  return labels.filter((l) => kept.some((k) => k.label === l));
}
