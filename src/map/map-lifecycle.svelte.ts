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
import { inTwoFrames } from '../dom/frames.ts';
import { adoptPoster, posterContext, removePoster } from '../poster/handover.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import type { CameraRequest, CameraState } from '../state/camera.svelte.ts';
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
 * the page prints or WebGL's context is lost. Whichever renderer draws follows the state, one effect per property:
 * the selection (AppState), the camera's target (CameraState), the year's map (TimeState) and the colour scheme.
 */
export class MapLifecycle {
  readonly #app: AppState;
  readonly #time: TimeState;
  readonly #camera: CameraState;
  readonly #theme: Theme | undefined;
  readonly #dark = new MediaQuery('(prefers-color-scheme: dark)');
  /** The map's box (bound by MapStage.svelte). */
  container = $state.raw<HTMLDivElement>();
  renderer = $state.raw<MapRenderer | null>(null);
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
  /** The camera request the renderer last moved to: a new renderer takes over where the old one stood. */
  #moved: CameraRequest | null = null;
  /** Puts the SVG drawing over MapLibre while the page prints (set once the map has started). */
  #printMap: { before(): void; after(): void } | null = null;

  /** Call during a component's setup: the effects that drive the renderer live as long as the component. */
  constructor(app: AppState, time: TimeState, camera: CameraState, theme: Theme | undefined) {
    this.#app = app;
    this.#time = time;
    this.#camera = camera;
    this.#theme = theme;
    $effect(() => {
      const request = camera.request;
      const renderer = this.renderer;
      if (!request || !renderer || request === this.#moved) return;
      this.#moved = request;
      untrack(() => renderer.moveTo(request.target, { padding: this.#padding(), animate: request.animate }));
    });
    $effect(() => {
      const id = app.selectedId;
      const renderer = this.renderer;
      // The outline comes with the camera, after the frame that shows the panel: a tap answers first.
      return inTwoFrames(() => renderer?.setSelected(id));
    });
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
          events: {
            select: on.select,
            move: (view) => (this.#camera.view = view),
            // The URL records where the reader took the camera; where the app sent it, the URL already says.
            moveEnd: (view, byReader) => {
              if (!byReader) return;
              this.#camera.movedByReader();
              app.recordView(view);
            },
          },
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
        // The sketch starts at the URL's camera: an island or a year (the whole region) is framed at once.
        if (!initial.map) this.#camera.follow(initial, app.selectedId, false);
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
              events: { ...options.events, move: () => {}, moveEnd: () => {} },
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
          app.notice = withSentence(app.notice, NOTICES.contextLost);
        };
        options.events.contextRestored = () => {
          if (!full || !this.renderer || this.renderer === full) return;
          full.moveTo(this.renderer.view(), { padding: this.#padding(), animate: false });
          this.renderer.destroy();
          this.renderer = full;
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
