import type { ExpressionSpecification } from 'maplibre-gl';
import { PX_PER_WIDTH, pxPerKm, THICKEST, THINNEST } from './outline.ts';

/** True while the pointer is over the feature (feature-state `hover`). */
export const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** True for the selected feature (feature-state `selected`). */
export const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Picks `selected`, then `hovered`, then `normal`, by feature state. */
export function byState<T>(normal: T, hovered: T, selected: T): ExpressionSpecification {
  return ['case', isSelected, selected, isHovered, hovered, normal] as ExpressionSpecification;
}

/** The zooms the selected outline's expression has stops at; MapLibre interpolates between them. */
const OUTLINE_STOPS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];

/**
 * The selected area's outline width as selectedOutlineWidth (./outline.ts) gives it, on the feature's `area_km2`, by
 * zoom and feature state (hover: the thinnest width). Here, not in outline.ts, so the first view's SVG map, which
 * needs only the width, does not carry it.
 */
export function selectedOutlineExpression(): ExpressionSpecification {
  const at = (zoom: number) => {
    const across: ExpressionSpecification = ['*', ['sqrt', ['get', 'area_km2']], pxPerKm(zoom) / PX_PER_WIDTH];
    return byState<number | ExpressionSpecification>(0, THINNEST, ['min', THICKEST, ['max', THINNEST, across]]);
  };
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...OUTLINE_STOPS.flatMap((zoom) => [zoom, at(zoom)]),
  ] as ExpressionSpecification;
}
