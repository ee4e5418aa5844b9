import { embedStageHeight } from '../lib/embed/layout.ts';
import type { EmbedOptions } from '../lib/embed/options.ts';
import { isSheet, panelCover } from '../lib/ui/stage-layout.ts';
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
   * Embedded with a height of its own, the stage's height follows what is open (the host sizes the iframe to it).
   * From the window's width, not the stage's: the stage's is measured by a ResizeObserver, and a height set from
   * it in the observer's turn is a size changed within the observer's loop (an error in WebKit).
   */
  readonly embedHeight = $derived.by(() => {
    const app = this.#app;
    if (!this.#embed || this.#embed.height) return null;
    return embedStageHeight(this.windowWidth, { panel: app.selected ? this.snap : null, reader: !!app.article });
  });
  /**
   * On a phone, a panel, the reader, the search or the Sources view is open: it takes most of the screen, so the
   * masthead folds to one line and the time bar keeps only its bare row of play and slider.
   */
  readonly phoneView = $derived.by(() => {
    const app = this.#app;
    return this.sheet && (!!app.selected || !!app.article || app.view.q !== undefined || !!app.view.sources);
  });
  /**
   * The time bar steps aside on a phone where the year is not in use: under the reader or the search, which cover the
   * map, and under an island's panel at half or full height, which is read (its events set the year). With the panel
   * pulled down to its peek the map is in view again, and the bar with it.
   */
  readonly hideTimeBar = $derived.by(() => {
    const app = this.#app;
    return this.sheet && (!!app.article || app.view.q !== undefined || (!!app.selected && this.snap !== 'peek'));
  });
  readonly foldableTimeBar = $derived(this.sheet || this.windowHeight < 560);

  constructor(app: AppState, embed: EmbedOptions | null) {
    this.#app = app;
    this.#embed = embed;
  }
}
