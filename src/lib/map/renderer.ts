import type { FeatureCollection } from 'geojson';
import type { IslandId } from '../geo/islands.ts';
import type { MapView } from '../url/hash-state.ts';
import type { CameraTarget, Padding } from './camera.ts';
import type { PaletteName } from './history-style.ts';
import type { HistoryMapState } from '../history/map-state.ts';

/**
 * What the app needs from a map renderer. Two implement it: the SVG drawing of the first view and of browsers without
 * WebGL (src/map/svg-renderer.ts), and MapLibre (src/map/maplibre-renderer.ts), which takes over at the first pan or
 * zoom; so selection, camera, URL state and labels never depend on MapLibre. The app does not call it by hand: the
 * map's state (src/map/map-lifecycle.svelte.ts) drives it, one effect per property.
 */
export interface MapRenderer {
  /** Screen position, in CSS pixels from the map container's top left, of a point. */
  project(lon: number, lat: number): { x: number; y: number };
  setSelected(id: IslandId | null): void;
  /** Highlights an area as the pointer or keyboard focus reaches its label (null: none). */
  highlight(id: IslandId | null): void;
  /** Moves the camera to a target (src/lib/map/camera.ts's `fitOf` says what each frames). */
  moveTo(target: CameraTarget, options: { padding: Padding; animate: boolean }): void;
  /** Redraws in the light or dark colours, when the reader's system switches scheme. */
  setPalette(palette: PaletteName): void;
  /** Colours each area by who held it, and draws the boundaries of the year and point of view shown. */
  setHistory(state: HistoryMapState): void;
  /** Draws a new set of context land (the first view's, with the far land added once it has arrived). */
  setContext(context: FeatureCollection): void;
  view(): MapView;
  destroy(): void;
}

export interface RendererEvents {
  /** The reader clicked or tapped land of an area (its id) or anything else (null). */
  select(id: IslandId | null): void;
  /** The camera moved (every frame): labels follow. */
  move(view: MapView): void;
  /** The camera came to rest; `byReader` when the reader moved it (the URL records only those views). */
  moveEnd(view: MapView, byReader: boolean): void;
  /** The map has drawn its first complete frame. */
  ready(): void;
  /** The map could not start (its worker or its style failed before the first frame): it will never draw. */
  failed?(): void;
  /** The reader began to pan or zoom by hand (the SVG drawing says so once, for the app to bring in MapLibre). */
  gesture?(): void;
  /** The browser took the map's WebGL context away (another tab, a GPU reset): it cannot draw until it returns. */
  contextLost?(): void;
  /** The context came back and the map has drawn a complete frame again. */
  contextRestored?(): void;
}
