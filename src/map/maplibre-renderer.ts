import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// MapLibre 6 runs its worker from a module file of its own; Vite must emit it and tell MapLibre where it is,
// which also keeps the page working under `worker-src 'self'`.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { areaBoxes, fitOf, MAX_BOUNDS, overviewBbox, type Padding } from '../lib/map/camera.ts';
import { detailCollection } from '../lib/map/detail.ts';
import { detailChunks, detailLoader, detailMinzoom, type GeoData } from './geo-data.ts';
import {
  FOCUS_FILL_LAYERS,
  HATCH_LAYERS,
  SHADED_FILL_LAYERS,
  SOURCE,
  UNDETERMINED_LAYERS,
  buildStyle,
  contextCoast,
} from '../lib/map/style.ts';
import {
  boundaryFilter,
  HATCH_IMAGE,
  hatchImage,
  HISTORY_LAYERS,
  shadeColours,
  shadeFillExpression,
  shadeFilter,
  type PaletteName,
} from '../lib/map/history-style.ts';
import type { HistoryMapState } from '../lib/history/map-state.ts';
import type { MapRenderer, RendererEvents } from '../lib/map/renderer.ts';
import { isIslandId, type IslandId } from '../lib/geo/islands.ts';
import type { MapView } from '../lib/url/hash-state.ts';

setWorkerUrl(workerUrl);

export interface MapLibreRendererOptions {
  container: HTMLElement;
  geo: GeoData;
  history: HistoryMapState;
  reducedMotion: boolean;
  palette: PaletteName;
  initialView: MapView | null;
  initialPadding: Padding;
  events: RendererEvents;
}

const FOCUS_SOURCES = [SOURCE.focus, SOURCE.detail] as const;

/** Draws the map with MapLibre GL. Throws if the browser cannot give it WebGL2; the caller falls back. */
export function createMapLibreRenderer(o: MapLibreRendererOptions): MapRenderer {
  const { overview: focus, boundaries } = o.geo;
  let context = o.geo.context;
  const containerSize = () => ({ width: o.container.clientWidth, height: o.container.clientHeight });
  const map = new MapLibreMap({
    container: o.container,
    style: buildStyle({
      context,
      focus,
      boundaries,
      detailMinzoom,
      palette: o.palette,
      history: o.history,
      reducedMotion: o.reducedMotion,
    }),
    bounds: o.initialView ? undefined : (overviewBbox(focus, containerSize()) as [number, number, number, number]),
    fitBoundsOptions: { padding: o.initialPadding },
    center: o.initialView ? [o.initialView.lon, o.initialView.lat] : undefined,
    zoom: o.initialView?.zoom,
    minZoom: 3,
    maxZoom: 14,
    maxBounds: MAX_BOUNDS,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    renderWorldCopies: false,
    // Embedded in a news page, one finger scrolls the page and two move the map, so the map never traps the page.
    cooperativeGestures: window.self !== window.top,
    attributionControl: false,
    maplibreLogo: false,
    locale: { 'Map.Title': 'Map of Hokkaido and the southern Kuril Islands' },
  });
  map.touchZoomRotate.disableRotation();
  map.addImage(HATCH_IMAGE, hatchImage(o.palette));
  let history = o.history;
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-left');

  const areas = { boxes: areaBoxes(focus), collection: focus };
  let hovered: string | null = null;
  let selected: string | null = null;

  // Feature state and style changes need the style, which is ready only once it has loaded.
  const whenLoaded = (apply: () => void) => {
    if (map.isStyleLoaded()) apply();
    else map.once('load', apply);
  };
  const setState = (id: string | null, state: Record<string, boolean>) => {
    if (id === null) return;
    whenLoaded(() => {
      for (const source of FOCUS_SOURCES) map.setFeatureState({ source, id }, state);
    });
  };
  let colours = shadeColours(o.palette);

  const areaAt = (point: { x: number; y: number }): IslandId | null => {
    const hits: MapGeoJSONFeature[] = map.queryRenderedFeatures([point.x, point.y], { layers: [...FOCUS_FILL_LAYERS] });
    const id = hits[0]?.properties.id;
    return isIslandId(id) ? id : null;
  };

  const showDetail = () =>
    (map.getSource(SOURCE.detail) as GeoJSONSource | undefined)?.setData(
      detailCollection(focus, detailChunks, detail.arrived),
    );
  const detail = detailLoader(showDetail);
  const loadDetail = () => {
    const b = map.getBounds();
    detail.load([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom());
  };

  const currentView = (): MapView => {
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
  };

  map.on('click', (e) => o.events.select(areaAt(e.point)));
  const hover = (id: string | null) => {
    if (id === hovered) return;
    setState(hovered, { hover: false });
    hovered = id;
    setState(hovered, { hover: true });
  };
  map.on('mousemove', (e) => {
    const id = areaAt(e.point);
    hover(id);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
  });
  map.on('mouseout', () => hover(null));
  map.on('move', () => o.events.move(currentView()));
  // The camera's own moves carry this through their events; a resize (the page's layout changing) ends its move
  // at once, within its 'resize' event's turn. Every other move is the reader's: a drag, the wheel, a pinch, the keys,
  // the zoom buttons.
  const byApp = { byApp: true };
  let resizing = false;
  map.on('resize', () => {
    resizing = true;
    queueMicrotask(() => (resizing = false));
  });
  map.on('moveend', (e) => {
    loadDetail();
    o.events.moveEnd(currentView(), !resizing && (e as { byApp?: boolean }).byApp !== true);
  });
  map.once('load', loadDetail);
  let drawn = false;
  map.once('idle', () => {
    drawn = true;
    o.events.ready();
  });
  // Before the first frame, an error (a worker that will not start, served with a type no worker runs) means there
  // will be none; after it, MapLibre carries on past one.
  map.on('error', () => {
    if (!drawn) o.events.failed?.();
  });
  map.on('webglcontextlost', () => o.events.contextLost?.());
  // MapLibre rebuilds its style on the new context; hand back once it has drawn with it.
  map.on('webglcontextrestored', () => map.once('idle', () => o.events.contextRestored?.()));

  const renderer: MapRenderer = {
    project(lon, lat) {
      return map.project([lon, lat]);
    },
    highlight: hover,
    setSelected(id) {
      setState(selected, { selected: false });
      selected = id;
      setState(selected, { selected: true });
    },
    moveTo(target, { padding, animate }) {
      // The page's layout may have changed in this same turn (a panel opened, the masthead folded), before MapLibre's
      // own observer has told it: a fit must be made in the map's size as it is now.
      const size = containerSize();
      const canvas = map.getCanvas();
      if (canvas.clientWidth !== size.width || canvas.clientHeight !== size.height) map.resize();
      const fit = fitOf(target, areas, size);
      if (fit)
        map.fitBounds(
          fit.box,
          { padding, maxZoom: fit.maxZoom, duration: animate ? (target === 'region' ? 900 : 700) : 0 },
          byApp,
        );
      else if (typeof target === 'object') map.jumpTo({ center: [target.lon, target.lat], zoom: target.zoom }, byApp);
    },
    setPalette(palette) {
      colours = shadeColours(palette);
      whenLoaded(() => {
        // A diff against the style in use: only colours change, sources and feature state stay.
        map.setStyle(
          buildStyle({ context, focus, boundaries, detailMinzoom, palette, history, reducedMotion: o.reducedMotion }),
          { diff: true },
        );
        map.updateImage(HATCH_IMAGE, hatchImage(palette));
        (map.getSource(SOURCE.detail) as GeoJSONSource | undefined)?.setData(
          detailCollection(focus, detailChunks, detail.arrived),
        );
        renderer.setHistory(history);
      });
    },
    setHistory(state) {
      history = state;
      whenLoaded(() => {
        const fill = shadeFillExpression(state.shading, colours);
        for (const layer of SHADED_FILL_LAYERS) map.setPaintProperty(layer, 'fill-color', fill);
        for (const layer of HATCH_LAYERS) map.setFilter(layer, shadeFilter(state.shading, 'disputed'));
        for (const layer of UNDETERMINED_LAYERS) map.setFilter(layer, shadeFilter(state.shading, 'undetermined'));
        const ids = state.boundaries.map((b) => b.id);
        map.setFilter(HISTORY_LAYERS.schematic, boundaryFilter(ids, true));
        map.setFilter(HISTORY_LAYERS.exact, boundaryFilter(ids, false));
      });
    },
    setContext(next) {
      context = next;
      whenLoaded(() => {
        (map.getSource(SOURCE.context) as GeoJSONSource).setData(next);
        (map.getSource(SOURCE.coast) as GeoJSONSource).setData(contextCoast(next));
      });
    },
    view: currentView,
    destroy() {
      map.remove();
    },
  };
  return renderer;
}
