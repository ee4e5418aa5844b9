import { tick, untrack } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { MediaQuery } from 'svelte/reactivity';
import type { FeatureCollection } from 'geojson';
import { resolveTheme, type Theme } from '../lib/embed/options.ts';
import { readIslands, type IslandId } from '../lib/geo/islands.ts';
import { describeFailure } from '../lib/load/failure.ts';
import { boundaryLabelPoints, type LinePoint } from '../lib/map/boundary-labels.ts';
import { cameraPadding } from '../lib/map/camera.ts';
import { buildLandMask, type LandMask } from '../lib/map/land-mask.ts';
import { readPlaces, type Place } from '../lib/map/places.ts';
import type { MapRenderer } from '../lib/map/renderer.ts';
import { NOTICES, withoutSentence, withSentence } from '../lib/ui/notices.ts';
import type { HashState } from '../lib/url/hash-state.ts';
import { adoptPoster, posterContext, removePoster } from '../poster/handover.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import type { TimeState } from '../state/time-state.svelte.ts';
import { withFullContext } from './geo-data.ts';
import { loadSketch, upgradeToMapLibre, type FullMapFailure, type StartOptions } from './start.ts';

export interface MapFeatures {
  /** Where the treaty lines' labels may go. */
  linePoints: LinePoint[];
  places: Place[];
  /** Where land is, for the island labels to keep to the sea. */
  land: LandMask;
  /** The five areas' overview geometry, for the island map printed with a panel. */
  areas: FeatureCollection;
}

/**
 * The map from the HTML's poster to MapLibre: the poster stands in the map's box until the SVG drawing of the first
 * view replaces it; MapLibre replaces that when the reader first pans or zooms; the SVG drawing stands in again while
 * the page prints or WebGL's context is lost. Selection and camera are the app's to ask for (`show`, `showRegion`).
 */
export class MapLifecycle {
  readonly #app: AppState;
  readonly #time: TimeState;
  readonly #theme: Theme | undefined;
  readonly #dark = new MediaQuery('(prefers-color-scheme: dark)');
  /** The map's box (bound by MapStage.svelte). */
  container = $state.raw<HTMLDivElement>();
  renderer = $state.raw<MapRenderer | null>(null);
  /** Bumped on every camera move: the labels follow the map. */
  frame = $state(0);
  ready = $state(false);
  /** Which renderer draws the map: the SVG drawing of the first view, or MapLibre once the reader pans or zooms. */
  kind = $state<'svg' | 'maplibre'>('svg');
  /** What the labels and the printed island map are drawn from, once the geometry has arrived. */
  features = $state.raw<MapFeatures | null>(null);
  /** What stopped the map from starting, in a sentence. */
  failure = $state('');
  /** An embed may fix the theme; otherwise the map follows the system's scheme while the page is open, as the page's own colours do. */
  readonly palette = $derived.by(() => resolveTheme(this.#theme, this.#dark.current));

  #stage: HTMLElement | null = null;
  /** The first move of the slider shows the whole chain and Sakhalin, where the treaties drew their lines. */
  #regionShown = false;
  /** Puts the SVG drawing over MapLibre while the page prints (set once the map has started). */
  #printMap: { before(): void; after(): void } | null = null;

  /** Call during a component's setup: the renderer follows the year's map and the system's scheme. */
  constructor(app: AppState, time: TimeState, theme: Theme | undefined) {
    this.#app = app;
    this.#time = time;
    this.#theme = theme;
    $effect(() => {
      if (time.map) this.renderer?.setHistory(time.map);
    });
    $effect(() => {
      const palette = this.palette;
      // A renderer starts in the palette of its moment: only a change of scheme redraws one.
      untrack(() => this.renderer?.setPalette(palette));
    });
  }

  /** The map's padding, clear of an open panel (the search's column covers the map's side as an island's panel does). */
  #padding() {
    const stage = this.#stage!;
    return cameraPadding(
      stage.clientWidth,
      stage.clientHeight,
      this.#app.selectedId !== null || this.#app.view.q !== undefined,
    );
  }

  setSelected(id: IslandId | null): void {
    this.renderer?.setSelected(id);
  }

  /** Outlines the selected area, and frames it when asked. */
  show(id: IslandId | null, frameIt: boolean, animate = !prefersReducedMotion.current): void {
    this.renderer?.setSelected(id);
    if (frameIt && id) this.renderer?.frame(id, { padding: this.#padding(), animate });
  }

  showRegion(animate: boolean): void {
    this.#regionShown = true;
    this.renderer?.frameRegion({ padding: this.#padding(), animate });
  }

  /** The slider moved: the first time, with no island open, the map widens to the whole region. */
  yearMoved(): void {
    if (!this.#regionShown && !this.#app.selectedId) this.showRegion(!prefersReducedMotion.current);
  }

  /** All five areas ("Show all islands"). */
  showAll(): void {
    this.renderer?.frame(null, { padding: this.#padding(), animate: !prefersReducedMotion.current });
  }

  /** Back or Forward: the camera the URL names, or the region for a year, or the selection framed. */
  followUrl(state: HashState): void {
    if (state.map) this.renderer?.jumpTo(state.map);
    else if (state.year !== undefined && !this.#app.selectedId) this.showRegion(false);
    this.show(this.#app.selectedId, !state.map);
  }

  /**
   * Starts the map in the container at the view the URL asked for. `select` is a click on the map (land of an area,
   * or anything else: null); `ready` comes once, when the first view is drawn. Returns what stops it.
   */
  start(initial: HashState, stage: HTMLElement, on: { select(id: IslandId | null): void; ready(): void }): () => void {
    const app = this.#app;
    const time = this.#time;
    const container = this.container!;
    this.#stage = stage;
    // The HTML's static map stands in the map's place until the SVG drawing replaces it; a link to a year or a place
    // shows another map than the poster's.
    adoptPoster(container, initial.map !== undefined || initial.year !== undefined || initial.view !== undefined);
    loadSketch(posterContext())
      .then(async ({ geo, history, createSketch }) => {
        app.islands = readIslands(geo.overview);
        time.data = history;
        this.features = {
          linePoints: boundaryLabelPoints(geo.boundaries),
          places: readPlaces(geo.places),
          land: buildLandMask(geo.overview),
          areas: geo.overview,
        };
        // Let the time bar take its place first, so the map fits the five areas into the space it really has.
        await tick();
        const options: StartOptions = {
          container,
          geo,
          history: time.map!,
          reducedMotion: prefersReducedMotion.current,
          palette: this.palette,
          initialView: initial.map ?? null,
          initialPadding: this.#padding(),
          events: { select: on.select, move: () => this.frame++, moveEnd: (view) => app.recordView(view) },
        };
        // MapLibre blocks the main thread for a second or more while it compiles: it comes only when the reader
        // first pans or zooms by hand, which the SVG drawing handles in the meantime.
        let upgrading = false;
        let full: MapRenderer | null = null;
        options.events.gesture = () => {
          if (upgrading) return;
          upgrading = true;
          // Land no first view shows (Kamchatka, the northern Kurils), and the context land at full detail where the
          // first view read it from the poster, come with the first pan or zoom too: decoding and drawing them is a
          // long task that would otherwise fall in the first seconds of every visit.
          const contextAtStart = geo.context;
          void withFullContext(contextAtStart).then((context) => {
            // Unchanged when it did not arrive: nothing to redraw.
            if (context === contextAtStart) return;
            geo.context = context;
            this.renderer?.setContext(context);
          });
          upgradeToMapLibre({ ...options, palette: this.palette, history: time.map! }, this.renderer!).then(
            (upgraded) => {
              full = this.renderer = upgraded;
              this.kind = 'maplibre';
              performance.mark('maplibre-ready');
              this.show(app.selectedId, false);
              // The far land may have arrived while MapLibre started, after it took its context.
              if (geo.context !== contextAtStart) upgraded.setContext(geo.context);
            },
            (failure: FullMapFailure) =>
              (app.notice = withSentence(app.notice, failure === 'no-webgl' ? NOTICES.noWebgl : NOTICES.fullMapFailed)),
          );
        };
        // First paint: the overview drawn as SVG, the map until the reader pans or zooms.
        this.renderer = createSketch(options);
        removePoster();
        app.mapStatus = 'ready';
        performance.mark('sketch-ready');
        this.show(app.selectedId, !initial.map, false);
        // A link to a year shows the whole region the treaties changed.
        if (initial.year !== undefined && !initial.map && !app.selectedId) this.showRegion(false);
        // Chromium prints a WebGL canvas blank: while printing, the SVG drawing stands over MapLibre at its camera,
        // in the light palette, and goes when printing ends.
        let printSketch: MapRenderer | null = null;
        this.#printMap = {
          before: () => {
            if (!full || this.renderer !== full || printSketch) return;
            printSketch = createSketch({
              ...options,
              palette: 'light',
              history: time.map!,
              initialView: full.view(),
              events: { ...options.events, moveEnd: () => {} },
            });
            printSketch.setSelected(app.selectedId);
          },
          after: () => {
            printSketch?.destroy();
            printSketch = null;
          },
        };
        // A lost WebGL context shows the SVG drawing at once, at the same camera, until the context returns.
        options.events.contextLost = () => {
          if (!full || this.renderer !== full) return;
          this.renderer = createSketch({
            ...options,
            palette: this.palette,
            history: time.map!,
            initialView: full.view(),
          });
          this.show(app.selectedId, false, false);
          app.notice = withSentence(app.notice, NOTICES.contextLost);
        };
        options.events.contextRestored = () => {
          if (!full || !this.renderer || this.renderer === full) return;
          full.jumpTo(this.renderer.view());
          this.renderer.destroy();
          this.renderer = full;
          this.show(app.selectedId, false);
          app.notice = withoutSentence(app.notice, NOTICES.contextLost);
        };
        this.ready = true;
        // For the benchmark (build/bench/): what the first view fetched is what started before this mark.
        performance.mark('map-ready');
        on.ready();
      })
      .catch((error: unknown) => {
        this.failure = describeFailure(error);
        removePoster();
        app.mapStatus = 'failed';
      });
    const beforePrint = () => this.#printMap?.before();
    const afterPrint = () => this.#printMap?.after();
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      this.renderer?.destroy();
    };
  }
}
