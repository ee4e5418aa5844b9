import type { ExpressionSpecification } from 'maplibre-gl';
import { byState } from './expressions.ts';
import { TILE } from './mercator.ts';

/** The selected area's outline (px): never thinner than this, so the selection shows at the overview… */
const THINNEST = 1.5;
/** …never thicker than this, which a large island wears well. */
const THICKEST = 3;
/** An area this many pixels across on screen gets one pixel of outline, up to THICKEST. */
const PX_PER_WIDTH = 45;
/** The islands' latitude, for the scale: enough for a line width, and the same in both renderers. */
const LATITUDE = 44;

/** Screen pixels per kilometre at a zoom, at the islands' latitude (Web Mercator, 512 px tiles as MapLibre's). */
const pxPerKm = (zoom: number) => (TILE * 2 ** zoom) / (40_075.017 * Math.cos((LATITUDE * Math.PI) / 180));

/**
 * How thick the selected area's outline is drawn: in step with its size on screen (the square root of its area), so a
 * large island's outline is bold and the Habomai islets', a few pixels across, do not turn into black burrs.
 */
export function selectedOutlineWidth(areaKm2: number, zoom: number): number {
  const across = Math.sqrt(areaKm2) * pxPerKm(zoom);
  return Math.round(Math.min(THICKEST, Math.max(THINNEST, across / PX_PER_WIDTH)) * 10) / 10;
}

/** The zooms MapLibre's expression is given stops at; it interpolates between them. */
const STOPS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];

/** The same width as a MapLibre expression on the feature's `area_km2`, by zoom and feature state (hover: 1.5 px). */
export function selectedOutlineExpression(): ExpressionSpecification {
  const at = (zoom: number) => {
    const across: ExpressionSpecification = ['*', ['sqrt', ['get', 'area_km2']], pxPerKm(zoom) / PX_PER_WIDTH];
    return byState<number | ExpressionSpecification>(0, THINNEST, ['min', THICKEST, ['max', THINNEST, across]]);
  };
  return ['interpolate', ['linear'], ['zoom'], ...STOPS.flatMap((zoom) => [zoom, at(zoom)])] as ExpressionSpecification;
}
