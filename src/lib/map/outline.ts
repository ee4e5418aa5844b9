import { TILE } from './mercator.ts';

/** The selected area's outline (px): never thinner than this, so the selection shows at the overview… */
export const THINNEST = 1.5;
/** …never thicker than this, which a large island wears well. */
export const THICKEST = 3;
/** An area this many pixels across on screen gets one pixel of outline, up to THICKEST. */
export const PX_PER_WIDTH = 45;
/** The islands' latitude, for the scale: enough for a line width, and the same in both renderers. */
const LATITUDE = 44;

/** Screen pixels per kilometre at a zoom, at the islands' latitude (Web Mercator, 512 px tiles as MapLibre's). */
export const pxPerKm = (zoom: number) => (TILE * 2 ** zoom) / (40_075.017 * Math.cos((LATITUDE * Math.PI) / 180));

/**
 * How thick the selected area's outline is drawn: in step with its size on screen (the square root of its area), so a
 * large island's outline is bold and the Habomai islets', a few pixels across, do not turn into black burrs.
 */
export function selectedOutlineWidth(areaKm2: number, zoom: number): number {
  const across = Math.sqrt(areaKm2) * pxPerKm(zoom);
  return Math.round(Math.min(THICKEST, Math.max(THINNEST, across / PX_PER_WIDTH)) * 10) / 10;
}
