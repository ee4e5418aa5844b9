import type { Feature, FeatureCollection, Position } from 'geojson';
import type { IslandId } from '../geo/islands.ts';
import type { MapView } from '../url/hash-state.ts';
import { sheetHeights } from '../ui/sheet.ts';

export type Bbox = [west: number, south: number, east: number, north: number];

/** How far the camera may go ([west, south], [east, north]): MapLibre's maxBounds, and the SVG map's limit too.
 * geo/out/context.geojson covers this box with a margin (geo/context-extract.ts, tested in geo/outputs.test.ts). */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [128, 36],
  [164, 56],
];

/** Everything the treaties moved: Hokkaido to Kamchatka's tip, the whole Kuril chain and Sakhalin to 52°N. */
export const REGION: Bbox = [139.3, 41.3, 157.0, 51.8];

/**
 * What the camera is asked to show: an area, all five areas ('all'), the whole region the treaties changed
 * ('region'), or a camera a URL names. Both renderers move to it the same way (`fitOf`).
 */
export type CameraTarget = IslandId | 'all' | 'region' | MapView;

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Width from which the panel sits beside the map rather than over its lower half. */
export const SIDE_PANEL_MIN_WIDTH = 768;
export const SIDE_PANEL_WIDTH = 400;

function extend(box: Bbox, [lon, lat]: Position): void {
  if (lon === undefined || lat === undefined) return;
  box[0] = Math.min(box[0], lon);
  box[1] = Math.min(box[1], lat);
  box[2] = Math.max(box[2], lon);
  box[3] = Math.max(box[3], lat);
}

/** Bounding box of a feature's outer rings. */
export function featureBbox(feature: Feature): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const g = feature.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  for (const polygon of polygons) for (const position of polygon[0] ?? []) extend(box, position);
  return box;
}

export function unionBbox(boxes: Bbox[]): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    extend(box, [b[0], b[1]]);
    extend(box, [b[2], b[3]]);
  }
  return box;
}

export function collectionBbox(collection: FeatureCollection): Bbox {
  return unionBbox(collection.features.map(featureBbox));
}

/** Hokkaido's eastern end, which a phone's overview keeps as context for the islands off it. */
const HOKKAIDO_EAST = 144.7;

/**
 * What the overview frames: all five areas where the screen is wide enough, but on a phone the four disputed
 * areas, the subject, large enough to tell apart and tap, with Hokkaido's eastern end as context.
 */
export function overviewBbox(collection: FeatureCollection, size: { width: number; height: number }): Bbox {
  if (size.width >= SIDE_PANEL_MIN_WIDTH && size.height >= 480) return collectionBbox(collection);
  const disputed = unionBbox(collection.features.filter((f) => f.properties?.status === 'disputed').map(featureBbox));
  return [Math.min(disputed[0], HOKKAIDO_EAST), disputed[1], disputed[2], disputed[3]];
}

export function intersects(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * Padding that keeps a fitted area clear of the panel: beside the map on a wide screen,
 * over the lower part of the map (a bottom sheet at half height) on a phone.
 */
export function cameraPadding(width: number, height: number, panelOpen: boolean): Padding {
  const edge = Math.round(Math.min(width, height) * 0.06) + 12;
  // On a phone the map's buttons take the top corners: nothing framed goes under them.
  if (!panelOpen && width < SIDE_PANEL_MIN_WIDTH) return { top: edge + 64, right: edge, bottom: edge + 24, left: edge };
  if (!panelOpen) return { top: edge, right: edge, bottom: edge + 24, left: edge };
  if (width >= SIDE_PANEL_MIN_WIDTH)
    return { top: edge, right: SIDE_PANEL_WIDTH + edge, bottom: edge + 24, left: edge };
  return { top: edge, right: edge, bottom: sheetHeights(height).half + edge, left: edge };
}

/** Each area's bounding box, by id. */
export function areaBoxes(collection: FeatureCollection): Map<string, Bbox> {
  return new Map(collection.features.map((f) => [String(f.properties?.id), featureBbox(f)]));
}

/**
 * The box a target frames and how far in the camera may go to fit it (the Habomai islets, small and low, one level
 * further than the rest); null for a camera named outright, or an unknown area.
 */
export function fitOf(
  target: CameraTarget,
  areas: { boxes: Map<string, Bbox>; collection: FeatureCollection },
  size: { width: number; height: number },
): { box: Bbox; maxZoom: number } | null {
  if (typeof target === 'object') return null;
  if (target === 'region') return { box: REGION, maxZoom: 9 };
  if (target === 'all') return { box: overviewBbox(areas.collection, size), maxZoom: 9 };
  const box = areas.boxes.get(target);
  return box ? { box, maxZoom: target === 'habomai' ? 10 : 9 } : null;
}
