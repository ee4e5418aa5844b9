import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { byState, isDisputed } from './expressions';
import type { Palette } from './palette';

export const SOURCE = { context: 'context', focus: 'focus', detail: 'detail' } as const;

/** Fill layers a click or tap can select an area on. */
export const FOCUS_FILL_LAYERS = ['focus-fill', 'detail-fill'] as const;

export interface StyleInput {
  context: FeatureCollection;
  focus: FeatureCollection;
  /** Zoom from which the full-detail chunks replace the simplified overview geometry. */
  detailMinzoom: number;
  palette: Palette;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function focusFill(p: Palette): ExpressionSpecification {
  return ['case', isDisputed, byState(p.disputed, p.disputedHover, p.disputedHover), byState(p.japan, p.hokkaidoHover, p.hokkaidoHover)] as ExpressionSpecification;
}

/**
 * The whole map style, self-contained: no tiles, glyphs, sprites or fonts from any server.
 * Labels are HTML elements over the map (see IslandLabels.svelte), so the style needs no glyphs.
 */
export function buildStyle({ context, focus, detailMinzoom, palette: p }: StyleInput): StyleSpecification {
  // Hokkaido's detail comes in grid chunks: stroking their outlines would draw the seams across the island.
  const detailOutline = { filter: ['!=', ['get', 'id'], 'hokkaido'] as ExpressionSpecification };
  const focusLayers = (source: string, prefix: string, zoom: { minzoom?: number; maxzoom?: number }, outline = {}) =>
    [
      { id: `${prefix}-fill`, type: 'fill', source, ...zoom, paint: { 'fill-color': focusFill(p) } },
      {
        id: `${prefix}-line`,
        type: 'line',
        source,
        ...zoom,
        ...outline,
        paint: { 'line-color': p.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 10, 1.2] as ExpressionSpecification },
      },
      {
        id: `${prefix}-selected`,
        type: 'line',
        source,
        ...zoom,
        ...outline,
        paint: { 'line-color': p.selectedLine, 'line-width': byState(0, 1.5, 3) },
      },
    ] as const;

  return {
    version: 8,
    name: 'Kuril Islands explainer',
    sources: {
      [SOURCE.context]: { type: 'geojson', data: context, promoteId: 'id', tolerance: 0.5 },
      [SOURCE.focus]: { type: 'geojson', data: focus, promoteId: 'id', tolerance: 0.3 },
      [SOURCE.detail]: { type: 'geojson', data: EMPTY, promoteId: 'id', tolerance: 0.2 },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': p.sea } },
      { id: 'context-fill', type: 'fill', source: SOURCE.context, paint: { 'fill-color': p.contextLand } },
      { id: 'context-line', type: 'line', source: SOURCE.context, paint: { 'line-color': p.contextLine, 'line-width': 0.6 } },
      ...focusLayers(SOURCE.focus, 'focus', { maxzoom: detailMinzoom }),
      ...focusLayers(SOURCE.detail, 'detail', { minzoom: detailMinzoom }, detailOutline),
    ],
  } satisfies StyleSpecification;
}
