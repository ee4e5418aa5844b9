import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { byState, selectedOutlineExpression } from './expressions.ts';
import { coastlines } from './coastline.ts';
import { DARK, LIGHT } from './palette.ts';
import type { HistoryMapState } from '../history/map-state.ts';
import {
  boundaryLayers,
  HISTORY_LAYERS,
  shadeColours,
  shadeFillExpression,
  shadeFilter,
  shadeMarkLayers,
  type PaletteName,
} from './history-style.ts';

export const SOURCE = {
  context: 'context',
  coast: 'context-coast',
  focus: 'focus',
  detail: 'detail',
  boundaries: 'boundaries',
} as const;

const coastCache = new WeakMap<FeatureCollection, FeatureCollection>();
/** The context land's coast as lines (see ./coastline.ts), computed once per collection. */
export function contextCoast(context: FeatureCollection): FeatureCollection {
  let coast = coastCache.get(context);
  if (!coast) coastCache.set(context, (coast = coastlines(context)));
  return coast;
}

/** Fill layers a click or tap can select an area on. */
export const FOCUS_FILL_LAYERS = ['focus-fill', 'detail-fill'] as const;

/** Every layer coloured by who held the area, and every layer marking disputed or undetermined land. */
export const SHADED_FILL_LAYERS = ['context-fill', 'focus-fill', 'detail-fill'] as const;
const MARK_PREFIXES = ['context', 'focus', 'detail'] as const;
export const HATCH_LAYERS = MARK_PREFIXES.map((p) => `${p}-${HISTORY_LAYERS.disputedHatch}`);
export const UNDETERMINED_LAYERS = MARK_PREFIXES.map((p) => `${p}-${HISTORY_LAYERS.undeterminedOutline}`);

export interface StyleInput {
  context: FeatureCollection;
  focus: FeatureCollection;
  boundaries: FeatureCollection;
  /** Zoom from which the full-detail chunks replace the simplified overview geometry. */
  detailMinzoom: number;
  palette: PaletteName;
  /** Who held what in the year shown, and which boundaries are drawn. */
  history: HistoryMapState;
  /** Colour changes between years fade, except under prefers-reduced-motion. */
  reducedMotion: boolean;
}

/**
 * The whole map style, self-contained: no tiles, glyphs, sprites or fonts from any server.
 * Labels are HTML elements over the map (see IslandLabels.svelte), so the style needs no glyphs.
 */
export function buildStyle({
  context,
  focus,
  boundaries,
  detailMinzoom,
  palette,
  history,
  reducedMotion,
}: StyleInput): StyleSpecification {
  const p = palette === 'dark' ? DARK : LIGHT;
  const fill = shadeFillExpression(history.shading, shadeColours(palette));
  const visible = history.boundaries.map((b) => b.id);
  // Hokkaido's detail comes in grid chunks: stroking their outlines would draw the seams across the island.
  const notHokkaido = { filter: ['!=', ['get', 'id'], 'hokkaido'] as ExpressionSpecification };
  // outlineSource: where the dashed outline of undetermined land takes its lines (the context's coast, not its cuts)
  const marks = (source: string, prefix: string, zoom: object, outlineSource = source): LayerSpecification[] =>
    shadeMarkLayers(source, palette, prefix).map((layer, i) => ({
      ...layer,
      ...zoom,
      ...(i === 1 ? { source: outlineSource } : {}),
      filter: shadeFilter(history.shading, i === 0 ? 'disputed' : 'undetermined'),
    }));
  const focusLayers = (
    source: string,
    prefix: string,
    zoom: { minzoom?: number; maxzoom?: number },
    outline = {},
  ): LayerSpecification[] => [
    {
      id: `${prefix}-fill`,
      type: 'fill',
      source,
      ...zoom,
      paint: { 'fill-color': fill, 'fill-opacity': byState(1, 0.78, 1) },
    },
    ...marks(source, prefix, zoom),
    {
      id: `${prefix}-line`,
      type: 'line',
      source,
      ...zoom,
      ...outline,
      paint: {
        'line-color': p.coast,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 10, 1.2] as ExpressionSpecification,
      },
    },
    {
      id: `${prefix}-selected`,
      type: 'line',
      source,
      ...zoom,
      ...outline,
      paint: { 'line-color': p.selectedLine, 'line-width': selectedOutlineExpression() },
    },
  ];

  return {
    version: 8,
    name: 'Kuril Islands explainer',
    transition: { duration: reducedMotion ? 0 : 300, delay: 0 },
    sources: {
      [SOURCE.context]: { type: 'geojson', data: context, tolerance: 0.5 },
      // Strokes come from the coast, never from the polygons' outlines: those run along the 50°N cut of Sakhalin.
      [SOURCE.coast]: { type: 'geojson', data: contextCoast(context), tolerance: 0.5 },
      [SOURCE.focus]: { type: 'geojson', data: focus, promoteId: 'id', tolerance: 0.3 },
      // The simplified shapes until the full detail arrives (see detailCollection in ./detail.ts).
      [SOURCE.detail]: { type: 'geojson', data: focus, promoteId: 'id', tolerance: 0.2 },
      [SOURCE.boundaries]: { type: 'geojson', data: boundaries },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': p.sea } },
      { id: 'context-fill', type: 'fill', source: SOURCE.context, paint: { 'fill-color': fill } },
      ...marks(SOURCE.context, 'context', {}, SOURCE.coast),
      {
        id: 'context-line',
        type: 'line',
        source: SOURCE.coast,
        paint: { 'line-color': p.contextLine, 'line-width': 0.6 },
      },
      ...focusLayers(SOURCE.focus, 'focus', { maxzoom: detailMinzoom }),
      ...focusLayers(SOURCE.detail, 'detail', { minzoom: detailMinzoom }, notHokkaido),
      ...boundaryLayers(SOURCE.boundaries, palette, visible),
    ],
  } satisfies StyleSpecification;
}
