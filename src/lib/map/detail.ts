import type { Feature, FeatureCollection } from 'geojson';
import { intersects, type Bbox } from './camera.ts';

/** One full-detail file of one area, as listed in geo/out/manifest.json. */
export interface DetailChunk {
  id: string;
  area: string;
  bbox: Bbox;
  file: string;
}

/** Start fetching a little before the detail layers take over, so they are there when needed. */
const PREFETCH_ZOOMS = 0.75;

/** The chunks a view needs that are not loaded yet: those its bounds touch, once zoomed in far enough. */
export function chunksToLoad(
  chunks: readonly DetailChunk[],
  view: Bbox,
  zoom: number,
  detailMinzoom: number,
  loaded: ReadonlySet<string>,
): DetailChunk[] {
  if (zoom < detailMinzoom - PREFETCH_ZOOMS) return [];
  return chunks.filter((c) => !loaded.has(c.id) && intersects(c.bbox, view));
}

/**
 * What the detail layers draw: every chunk that has arrived, over the simplified shape of each area not yet wholly
 * in, so that land never goes blank while its detail is on the way or when a chunk fails to load.
 */
export function detailCollection(
  overview: FeatureCollection,
  chunks: readonly DetailChunk[],
  arrived: ReadonlyMap<string, readonly Feature[]>,
): FeatureCollection {
  const complete = (area: unknown) => chunks.filter((c) => c.area === area).every((c) => arrived.has(c.id));
  const stand = overview.features.filter((f) => !complete(f.properties?.id));
  return { type: 'FeatureCollection', features: [...stand, ...[...arrived.values()].flat()] };
}
