import { tick } from 'svelte';
import { loadContent } from '../data/content.ts';
import type { ExcerptSource } from '../lib/content/types.ts';
import type { IslandId } from '../lib/geo/islands.ts';
import { isPlainClick, sourcesOver } from '../lib/ui/navigation.ts';
import { NOTICES } from '../lib/ui/notices.ts';
import type { HashState } from '../lib/url/hash-state.ts';
import { afterPaint, inTwoFrames } from '../dom/frames.ts';
import type { AppState, ViewState } from './app-state.svelte.ts';
import type { CameraState } from './camera.svelte.ts';
import type { StageLayout } from './stage-layout.svelte.ts';

/**
 * The reader's steps from view to view, and where focus goes after each. A step changes the state once (the URL is
 * written then); the panel paints first, and focus (which forces a layout of the whole panel) and the camera's target
 * follow in the frames after, so a tap answers at once. The map follows the state on its own.
 */
export class Navigation {
  readonly #app: AppState;
  readonly #layout: StageLayout;
  readonly #camera: CameraState;
  readonly #views: { load(): Promise<void> };
  readonly #stage: () => HTMLElement | undefined;
  /** The open island's panel (bound by the views), whose heading takes focus after a step to it. */
  panel: { focusHeading(): void } | undefined = undefined;
  /** The "Read in article" button that opened the reader, to return focus to. */
  #returnFocusId: string | null = null;

  /** @param views The panels' chunk, which a step to an island waits for before it focuses the panel. */
  constructor(
    app: AppState,
    layout: StageLayout,
    camera: CameraState,
    views: { load(): Promise<void> },
    stage: () => HTMLElement | undefined,
  ) {
    this.#app = app;
    this.#layout = layout;
    this.#camera = camera;
    this.#views = views;
    this.#stage = stage;
  }

  /** Events, excerpts and articles, and the panels that show them: once the map has painted, or at once when a view needs them. */
  needContent = (): void => {
    const app = this.#app;
    void this.#views.load();
    void loadContent()
      .then((content) => {
        const before = app.selectedId;
        app.setContent(content);
        // A link to an event alone names its island only once the content says whose history it is.
        if (app.selectedId && app.selectedId !== before) this.#camera.show(app.selectedId);
      })
      .catch(() => (app.notice = NOTICES.contentFailed));
  };

  /** Reads the page's URL at start: the view it asks for, with the content it needs fetched at once. */
  readInitialUrl(): HashState {
    const initial = this.#app.readUrl(location.hash);
    if (initial.island || initial.article || initial.event || initial.sources || initial.q !== undefined)
      this.needContent();
    return initial;
  }

  /** Back or Forward: the view the URL names, focus back on the "Read in article" button when the reader closed. */
  applyUrl = (): void => {
    const app = this.#app;
    const readerWasOpen = app.view.article !== undefined;
    const state = app.readUrl(location.hash);
    this.#camera.follow(state, app.selectedId);
    if (state.island || state.article || state.sources || state.q !== undefined) this.needContent();
    if (readerWasOpen && !state.article && this.#returnFocusId) {
      const id = this.#returnFocusId;
      this.#returnFocusId = null;
      void tick().then(() => document.getElementById(id)?.focus({ preventScroll: true }));
    }
  };

  /** Opens an island's panel (or closes it: null); from its label, focus moves into the panel. */
  async choose(id: IslandId | null, fromLabel = false): Promise<void> {
    this.#app.select(id);
    this.#layout.snap = 'half';
    if (id) this.needContent();
    await tick();
    if (fromLabel && id) await this.#focusPanel(id);
    if (id) inTwoFrames(() => this.#app.selectedId === id && this.#camera.show(id));
  }

  /** Closes the island's panel, focus back on the island's label. */
  async close(): Promise<void> {
    const id = this.#app.selectedId;
    await this.choose(null);
    if (id) this.#stage()?.querySelector<HTMLButtonElement>(`button[data-island="${id}"]`)?.focus();
  }

  /** A search result: an island's panel, an event in it, or the reader at a passage (over the search). */
  async openResult(view: ViewState): Promise<void> {
    const app = this.#app;
    app.go(view, view.island ? 'frame' : 'keep');
    this.#layout.snap = 'half';
    this.needContent();
    const id = app.selectedId;
    if (!id) return;
    await this.#focusPanel(id);
    requestAnimationFrame(() => app.selectedId === id && this.#camera.show(id));
  }

  async #focusPanel(id: IslandId): Promise<void> {
    await this.#views.load();
    await tick();
    await afterPaint();
    if (this.#app.selectedId === id) this.panel?.focusHeading();
  }

  /** The masthead's Search link (or `/`): a plain click opens the search over the map. */
  openSearch = (event?: MouseEvent): void => {
    if (event && !isPlainClick(event)) return;
    event?.preventDefault();
    this.#app.openSearch();
    this.needContent();
  };

  /** Closes the search, focus back on the masthead's Search (as Escape on a panel returns to its label). */
  closeSearch = async (): Promise<void> => {
    this.#app.closeSearch();
    await tick();
    document.querySelector<HTMLElement>('.search-link')?.focus();
  };

  /** The Sources view over the current view, as a step of its own (Back, or its close button, returns). */
  openSources = (event: MouseEvent): void => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    this.#app.go(sourcesOver(this.#app.view));
    this.needContent();
  };

  /** Opens the reader at an excerpt; closing it returns focus to the button that opened it. */
  read(source: ExcerptSource, buttonId: string): void {
    this.#returnFocusId = buttonId;
    this.#app.openReader(source);
  }
}
