import { untrack } from 'svelte';
import { inTwoFrames } from '../dom/frames.ts';
import { embedStageHeight } from '../lib/embed/layout.ts';
import type { EmbedOptions } from '../lib/embed/options.ts';
import { isSheet, panelCover, type Cover } from '../lib/ui/stage-layout.ts';
import type { SheetSnap } from '../lib/ui/sheet.ts';
import type { AppState } from './app-state.svelte.ts';

/** The stage's size and what its open panels take of it: a bottom sheet or a side column, and the map they cover. */
export class StageLayout {
  readonly #app: AppState;
  readonly #embed: EmbedOptions | null;
  width = $state(0);
  height = $state(0);
  windowHeight = $state(window.innerHeight);
  windowWidth = $state(window.innerWidth);
  /** How far the island's bottom sheet is pulled up. */
  snap = $state<SheetSnap>('half');

  readonly sheet = $derived(isSheet(this.width, window.innerWidth));
  /** The search's column covers the map's side as the reader and an island's panel do. */
  readonly cover = $derived.by(() => {
    const app = this.#app;
    const fullPanel = !!app.article || app.view.q !== undefined;
    return panelCover({ fullPanel, island: !!app.selected }, this.sheet, this.height, this.snap);
  });
  /**
   * The map the open panels leave, as the labels follow it: two frames after a panel opens, with the camera, so the
   * frame that answers a tap holds the panel and not the labels laid out again; at once when it closes.
   */
  labelsCover = $state.raw<Cover>({ right: 0, bottom: 0 });
  /**
   * Embedded with a height of its own, the stage's height follows what is open (the host sizes the iframe to it).
   * From the window's width, not the stage's: the stage's is measured by a ResizeObserver, and a height set from
   * it in the observer's turn is a size changed within the observer's loop (an error in WebKit).
   */
  readonly embedHeight = $derived.by(() => {
    const app = this.#app;
    if (!this.#embed || this.#embed.height) return null;
    return embedStageHeight(this.windowWidth, { panel: app.selected ? this.snap : null, reader: !!app.article });
  });
  /** A panel, the reader, the search or the Sources view is open on a phone, as the state says at once. */
  readonly #phoneViewOpen = $derived.by(() => {
    const app = this.#app;
    return this.sheet && (!!app.selected || !!app.article || app.view.q !== undefined || !!app.view.sources);
  });
  /**
   * …and as the page's layout around it follows: once the map is up, two frames after the view opened (with the
   * camera), so the frame that answers a tap holds the panel and not a new layout of the page; at once when it closes.
   */
  #phoneViewShown = $state(false);
  /**
   * On a phone, a view is open that takes most of the screen: the masthead folds to one line and the time bar keeps
   * only its bare row of play and slider.
   */
  readonly phoneView = $derived(this.#phoneViewShown && this.#phoneViewOpen);
  /**
   * The time bar steps aside on a phone where the year is not in use: under the reader or the search, which cover the
   * map, and under an island's panel pulled up to its full height. With the panel at peek or half height the map is in
   * view, and its year with it (the panel's events move the slider).
   */
  readonly hideTimeBar = $derived.by(() => {
    const app = this.#app;
    return this.phoneView && (!!app.article || app.view.q !== undefined || (!!app.selected && this.snap === 'full'));
  });
  readonly foldableTimeBar = $derived(this.sheet || this.windowHeight < 560);

  /** Call during a component's setup: the effect that follows the open view lives as long as the component. */
  constructor(app: AppState, embed: EmbedOptions | null) {
    this.#app = app;
    this.#embed = embed;
    $effect(() => {
      const cover = this.cover;
      const was = untrack(() => this.labelsCover);
      // A panel closing gives the labels room at once: the label that takes focus back must be in sight.
      if (cover.right <= was.right && cover.bottom <= was.bottom) this.labelsCover = cover;
      else return inTwoFrames(() => (this.labelsCover = cover));
    });
    $effect(() => {
      const open = this.#phoneViewOpen;
      if (!open || untrack(() => app.mapStatus) !== 'ready') this.#phoneViewShown = open;
      else return inTwoFrames(() => (this.#phoneViewShown = true));
    });
  }
}
