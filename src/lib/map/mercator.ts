import type { Bbox, Padding } from './camera.ts';

/** Web Mercator at zoom 0 is a square of this many pixels, as in MapLibre. */
export const TILE = 512;
const MAX_LAT = 85.051129;

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** World pixel coordinates of a point at zoom 0 (x east, y south). */
export function toWorld(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  const x = ((lon + 180) / 360) * TILE;
  const y = ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * TILE;
  return [x, y];
}

export function fromWorld(x: number, y: number): [number, number] {
  const lon = (x / TILE) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / TILE))) * 180) / Math.PI;
  return [lon, lat];
}

/** Screen position of a point for a camera on a viewport of the given size. */
export function project(
  camera: Camera,
  size: { width: number; height: number },
  lon: number,
  lat: number,
): { x: number; y: number } {
  const scale = 2 ** camera.zoom;
  const [cx, cy] = toWorld(camera.lon, camera.lat);
  const [px, py] = toWorld(lon, lat);
  return { x: size.width / 2 + (px - cx) * scale, y: size.height / 2 + (py - cy) * scale };
}

/** The camera that fits a box into a viewport, inside the padding, as MapLibre's fitBounds does (no rotation). */
export function fitBounds(box: Bbox, size: { width: number; height: number }, padding: Padding, maxZoom = 22): Camera {
  const [x0, y1] = toWorld(box[0], box[1]);
  const [x1, y0] = toWorld(box[2], box[3]);
  const width = Math.max(1, size.width - padding.left - padding.right);
  const height = Math.max(1, size.height - padding.top - padding.bottom);
  const zoom = Math.min(
    maxZoom,
    Math.log2(Math.min(width / Math.max(x1 - x0, 1e-9), height / Math.max(y1 - y0, 1e-9))),
  );
  const scale = 2 ** zoom;
  // Centre the box in the padded area, then shift the camera by the padding's imbalance.
  const cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / scale;
  const cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / scale;
  const [lon, lat] = fromWorld(cx, cy);
  return { lon, lat, zoom };
}

/** The camera moved so that the map follows a drag of (dx, dy) screen pixels. */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  const scale = 2 ** camera.zoom;
  const [cx, cy] = toWorld(camera.lon, camera.lat);
  const [lon, lat] = fromWorld(cx - dx / scale, Math.max(0, Math.min(TILE, cy - dy / scale)));
  return { lon, lat, zoom: camera.zoom };
}

/**
 * The camera zoomed by `dz` (levels, within `range`) about a screen point, which stays over the same place on the
 * map, as a wheel or a pinch does.
 */
export function zoomAround(
  camera: Camera,
  size: { width: number; height: number },
  point: { x: number; y: number },
  dz: number,
  range: readonly [number, number],
): Camera {
  const zoom = Math.max(range[0], Math.min(range[1], camera.zoom + dz));
  const before = 2 ** camera.zoom;
  const after = 2 ** zoom;
  const [cx, cy] = toWorld(camera.lon, camera.lat);
  // The world point under `point` before the zoom, kept under it after.
  const wx = cx + (point.x - size.width / 2) / before;
  const wy = cy + (point.y - size.height / 2) / before;
  const [lon, lat] = fromWorld(wx - (point.x - size.width / 2) / after, wy - (point.y - size.height / 2) / after);
  return { lon, lat, zoom };
}

/** The box a camera shows on a viewport: [west, south, east, north]. */
export function viewBounds(camera: Camera, size: { width: number; height: number }): Bbox {
  const scale = 2 ** camera.zoom;
  const [cx, cy] = toWorld(camera.lon, camera.lat);
  const [west, north] = fromWorld(cx - size.width / 2 / scale, cy - size.height / 2 / scale);
  const [east, south] = fromWorld(cx + size.width / 2 / scale, cy + size.height / 2 / scale);
  return [west, south, east, north];
}

/**
 * The camera kept inside `bounds` ([west, south], [east, north]) as MapLibre keeps it with maxBounds: zoomed in until
 * the box fills the view, then moved in.
 */
export function constrain(
  c: Camera,
  size: { width: number; height: number },
  bounds: readonly [readonly [number, number], readonly [number, number]],
): Camera {
  const [x0, y0] = toWorld(bounds[0][0], bounds[1][1]);
  const [x1, y1] = toWorld(bounds[1][0], bounds[0][1]);
  const zoom = Math.max(c.zoom, Math.log2(Math.max(size.width / (x1 - x0), size.height / (y1 - y0))));
  const scale = 2 ** zoom;
  const [cx, cy] = toWorld(c.lon, c.lat);
  const hw = size.width / 2 / scale;
  const hh = size.height / 2 / scale;
  const [lon, lat] = fromWorld(Math.min(Math.max(cx, x0 + hw), x1 - hw), Math.min(Math.max(cy, y0 + hh), y1 - hh));
  return { lon, lat, zoom };
}
