import { intersects, type Bbox } from './camera';

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
