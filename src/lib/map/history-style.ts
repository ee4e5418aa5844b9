/**
 * MapLibre style pieces for the history map (the time slider), pure: colours for each shade, the fill expression,
 * and the boundary and outline layers. The renderer adds the layers once and, when the year or the view changes,
 * updates them with setPaintProperty (fill colours) and setFilter (which lines and areas), reading HistoryMapState.
 * Spec: https://maplibre.org/maplibre-style-spec/
 */
import type { Feature } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LineLayerSpecification,
  FillLayerSpecification,
} from 'maplibre-gl';
import type { Shade } from '../history/map-state.ts';
import { DARK, LIGHT } from './palette.ts';

export type PaletteName = 'light' | 'dark';

/**
 * Colour-blind-safe fills (Okabe–Ito hues; every pair stays apart under simulated protanopia, deuteranopia and
 * tritanopia, see the test). Japan blue, Russia red-orange, shared a light reddish purple, disputed amber (with a
 * hatch on top), undetermined white in light mode (near the land colour in dark mode) with a dashed outline,
 * neutral the base map's context land.
 */
export const SHADE_COLOURS = {
  light: {
    japan: '#2f6fb8',
    russia: '#d5602f',
    shared: '#cc79a7',
    disputed: '#f0c75e',
    undetermined: '#ffffff',
    neutral: LIGHT.contextLand,
  },
  dark: {
    japan: '#3772b5',
    russia: '#a84a28',
    shared: '#b07aa3',
    disputed: '#d4aa45',
    undetermined: '#40454c',
    neutral: DARK.contextLand,
  },
} as const satisfies Record<PaletteName, Record<Shade, string>>;

/** Lines drawn over the fills: the boundaries, the dashed outline of undetermined land, the disputed hatch. */
const INK = {
  light: { line: LIGHT.selectedLine, outline: '#55534d', hatch: '#a06f12' },
  dark: { line: DARK.selectedLine, outline: '#c9c6bb', hatch: '#7a5c1c' },
} as const satisfies Record<PaletteName, Record<string, string>>;

/** The line colours (boundaries, undetermined outline, hatch) for a palette, for renderers other than MapLibre. */
export function inkColours(palette: PaletteName): Readonly<Record<'line' | 'outline' | 'hatch', string>> {
  return INK[palette];
}

export const HISTORY_LAYERS = {
  schematic: 'history-boundary-schematic',
  exact: 'history-boundary-exact',
  undeterminedOutline: 'history-undetermined-outline',
  disputedHatch: 'history-disputed-hatch',
} as const;

/** The name to register hatchImage() under (map.addImage) for the disputed hatch layer. */
export const HATCH_IMAGE = 'history-hatch';

export function shadeColours(palette: PaletteName): Record<Shade, string> {
  return SHADE_COLOURS[palette];
}

/** The area a feature belongs to: `area` in the context layer, `id` in the focus layers. */
export const areaKey: ExpressionSpecification = ['coalesce', ['get', 'area'], ['get', 'id']];

/** areaKey for renderers other than MapLibre. */
export const areaOf = (f: Feature): string => String(f.properties?.area ?? f.properties?.id ?? '');

/** The area ids with `shade`, sorted. */
export function areasWithShade(shading: Readonly<Partial<Record<string, Shade>>>, shade: Shade): string[] {
  return Object.entries(shading)
    .filter(([, s]) => s === shade)
    .map(([id]) => id)
    .sort();
}

/** Fill colour by area: a `match` on areaKey grouping areas of one shade; anything else neutral. */
export function shadeFillExpression(
  shading: Readonly<Partial<Record<string, Shade>>>,
  colours: Readonly<Record<Shade, string>>,
): ExpressionSpecification {
  const branches: (string[] | string)[] = [];
  for (const shade of Object.keys(colours) as Shade[]) {
    const ids = areasWithShade(shading, shade);
    if (ids.length && shade !== 'neutral') branches.push(ids, colours[shade]);
  }
  if (!branches.length) return ['to-color', colours.neutral];
  return ['match', areaKey, ...branches, colours.neutral] as ExpressionSpecification;
}

/** True for the features of the areas with `shade` (for the hatch and outline layers' setFilter). */
export function shadeFilter(shading: Readonly<Partial<Record<string, Shade>>>, shade: Shade): FilterSpecification {
  return ['in', areaKey, ['literal', areasWithShade(shading, shade)]];
}

/** True for the boundaries in `ids` drawn `schematic` (dashed) or exact (solid). */
export function boundaryFilter(ids: readonly string[], schematic: boolean): FilterSpecification {
  return ['all', ['==', ['get', 'schematic'], schematic], ['in', ['get', 'id'], ['literal', [...ids]]]];
}

const lineWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 3, 1.5, 8, 3];

/**
 * Two line layers on the boundaries source (geo/out/boundaries.geojson): schematic lines dashed, exact lines solid.
 * Both start showing `visibleIds`; the renderer calls setFilter(id, boundaryFilter(ids, schematic)) on each change.
 */
export function boundaryLayers(
  sourceId: string,
  palette: PaletteName = 'light',
  visibleIds: readonly string[] = [],
): LineLayerSpecification[] {
  const colour = INK[palette].line;
  return [
    {
      id: HISTORY_LAYERS.schematic,
      type: 'line',
      source: sourceId,
      filter: boundaryFilter(visibleIds, true),
      layout: { 'line-cap': 'butt' },
      paint: { 'line-color': colour, 'line-width': lineWidth, 'line-dasharray': [3, 2] },
    },
    {
      id: HISTORY_LAYERS.exact,
      type: 'line',
      source: sourceId,
      filter: boundaryFilter(visibleIds, false),
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': colour, 'line-width': lineWidth },
    },
  ] satisfies LineLayerSpecification[];
}

/**
 * Layers on a land source (context or focus) that make two shades readable without colour: a dashed outline
 * round undetermined land, and a hatch over disputed land (register hatchImage() as HATCH_IMAGE first).
 * Update both with setFilter(id, shadeFilter(shading, shade)).
 */
export function shadeMarkLayers(
  sourceId: string,
  palette: PaletteName = 'light',
  prefix = 'context',
): [FillLayerSpecification, LineLayerSpecification] {
  return [
    {
      id: `${prefix}-${HISTORY_LAYERS.disputedHatch}`,
      type: 'fill',
      source: sourceId,
      filter: ['in', areaKey, ['literal', []]],
      paint: { 'fill-pattern': HATCH_IMAGE },
    },
    {
      id: `${prefix}-${HISTORY_LAYERS.undeterminedOutline}`,
      type: 'line',
      source: sourceId,
      filter: ['in', areaKey, ['literal', []]],
      paint: { 'line-color': INK[palette].outline, 'line-width': 1.2, 'line-dasharray': [2, 2] },
    },
  ] satisfies [FillLayerSpecification, LineLayerSpecification];
}

/** `#rrggbb` → [r, g, b]. */
function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a colour #rrggbb: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/**
 * A square RGBA image of diagonal stripes in the palette's hatch colour on transparent, tiling seamlessly:
 * map.addImage(HATCH_IMAGE, hatchImage(palette)). Plain data, so it needs no canvas.
 */
export function hatchImage(
  palette: PaletteName = 'light',
  size = 8,
): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = rgb(INK[palette].hatch);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < Math.max(1, Math.round(size / 4));
      data.set(on ? [r, g, b, 170] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
