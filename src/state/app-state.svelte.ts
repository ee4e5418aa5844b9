import { ISLAND_IDS, isIslandId, type IslandId, type IslandProperties } from '../lib/geo/islands.ts';
import type { Content, ExcerptSource } from '../lib/content/types.ts';
import { paragraphRanges } from '../lib/content/segments.ts';
import { yearOf } from '../lib/history/dates.ts';
import { cleanQuery, formatHash, parseHash, type HashState, type MapView } from '../lib/url/hash-state.ts';
import { resolveHash, unreadableNotices, type KnownIds } from '../lib/url/resolve.ts';

/** What the app stores with a history entry it pushes. */
export interface EntryState {
  fromApp: true;
}

export type MapStatus = 'loading' | 'ready' | 'failed';

/** The parts of the URL that make a view (everything but the camera). */
export type ViewState = Omit<HashState, 'map'>;

/**
 * The explainer's state, one instance for the page. The URL hash is the source of truth for what is shown:
 * a reader's action pushes a history entry, a camera move replaces the current one, and Back/Forward re-apply it.
 */
export class AppState {
  islands = $state.raw<IslandProperties[]>([]);
  content = $state.raw<Content | null>(null);
  view = $state.raw<ViewState>({});
  mapView = $state.raw<MapView | null>(null);
  mapStatus = $state<MapStatus>('loading');
  notice = $state<string | null>(null);

  selectedId = $derived<IslandId | null>(isIslandId(this.view.island) ? this.view.island : null);
  selected = $derived(this.islands.find((i) => i.id === this.selectedId) ?? null);
  profile = $derived(this.content?.islands.find((p) => p.id === this.selectedId) ?? null);
  article = $derived(this.content?.articles.find((a) => a.id === this.view.article) ?? null);
  eventsById = $derived(new Map(this.content?.events.map((e) => [e.id, e]) ?? []));
  articlesById = $derived(new Map(this.content?.articles.map((a) => [a.id, a]) ?? []));

  /**
   * @param steps How a reader's step enters the browser's history: `push` in the full app, so Back undoes it;
   *   `replace` in an embed, whose entries would otherwise pile up behind the host page's Back button.
   */
  constructor(private readonly steps: 'push' | 'replace' = 'push') {}

  private known(): KnownIds {
    const c = this.content;
    return {
      islands: new Set(ISLAND_IDS),
      events: new Map(
        c?.events.map((e) => {
          // The island it chiefly concerns first: a link to the event alone opens that island's panel.
          const islands = c.islands.filter((p) => p.events.includes(e.id)).map((p) => p.id);
          const chief = islands.includes(e.chieflyAbout) ? [e.chieflyAbout] : [];
          return [
            e.id,
            { islands: [...chief, ...islands.filter((id) => id !== e.chieflyAbout)], year: yearOf(e.date) },
          ];
        }) ?? [],
      ),
      articles: c ? new Map(c.articles.map((a) => [a.id, a.excerpts.length])) : null,
      paragraphs: new Map(c?.articles.map((a) => [a.id, paragraphRanges(a.text).length]) ?? []),
      renamedEvents: new Map(c?.events.flatMap((e) => e.previousIds.map((old) => [old, e.id] as const)) ?? []),
    };
  }

  private apply(state: HashState, extraNotices: string[] = []): HashState {
    const { state: resolved, notices } = resolveHash(state, this.known());
    const { map, ...view } = resolved;
    this.view = view;
    this.mapView = map ?? null;
    const all = [...extraNotices, ...notices];
    this.notice = all.length ? all.join(' ') : null;
    return resolved;
  }

  /** Reads the URL. Returns what it asks for, so the map can start at its view. */
  readUrl(hash: string): HashState {
    const { state, ignored } = parseHash(hash);
    return this.apply(state, unreadableNotices(ignored));
  }

  /** The content has arrived: check the event and article ids in the URL against it. */
  setContent(content: Content): void {
    if (this.content) return;
    this.content = content;
    const before = formatHash(this.view);
    const earlier = this.notice ? [this.notice] : [];
    this.apply({ ...this.view, map: this.mapView ?? undefined }, earlier);
    if (formatHash(this.view) !== before) this.writeUrl('replace');
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    const hash = formatHash({ ...this.view, map: this.mapView ?? undefined });
    const url = hash || location.pathname + location.search;
    if (mode === 'push' && this.steps === 'push') history.pushState({ fromApp: true } satisfies EntryState, '', url);
    else history.replaceState(history.state, '', url);
  }

  /**
   * A reader's step to another view: its own history entry, so Back undoes it. A step that frames an island
   * (`frame`) leaves the camera the URL had behind: the island names the camera, and the URL is written once.
   */
  go(view: ViewState, camera: 'keep' | 'frame' = 'keep'): void {
    if (camera === 'frame') this.mapView = null;
    if (formatHash(view) === formatHash(this.view)) {
      // The same view again: only the camera it leaves behind, if there was one, leaves the URL.
      if (camera === 'frame') this.writeUrl('replace');
      return;
    }
    this.view = view;
    this.notice = null;
    this.writeUrl('push');
  }

  /** Whether the current history entry was opened from a view of this page (so Back returns to it). */
  cameFromApp(): boolean {
    return (history.state as EntryState | null)?.fromApp === true;
  }

  select(id: IslandId | null): void {
    const { year, view } = this.view;
    this.go(id ? { island: id, year, view } : { year, view }, id ? 'frame' : 'keep');
  }

  /** Focuses an event of the open island's history (or lets go of it), and moves the slider to its year. */
  selectEvent(id: string): void {
    const event = this.eventsById.get(id);
    if (this.view.event === id || !event) this.go({ ...this.view, event: undefined });
    else this.go({ ...this.view, event: id, year: yearOf(event.date) });
  }

  openReader(source: ExcerptSource): void {
    this.go({ ...this.view, article: source.article, excerpt: source.n, para: undefined });
  }

  /** Search, as a view of its own over the map (the year and point of view stay; Back returns to what was open). */
  openSearch(): void {
    const { year, view, q } = this.view;
    this.go({ q: q ?? '', year, view });
  }

  /** The words in the search field: the entry's URL follows them without a history entry per keystroke. */
  setQuery(words: string): void {
    const q = cleanQuery(words);
    if (this.view.q === q) return;
    this.view = { ...this.view, q };
    this.writeUrl('replace');
  }

  /** Closes the search: back to where it was opened from, or for a bare link, to the map. */
  closeSearch(): void {
    if (this.cameFromApp() && !this.view.article) history.back();
    else this.go({ year: this.view.year, view: this.view.view });
  }

  /** Back from the reader: to the view it was opened from, or for a bare link, to what the link had besides it. */
  closeReader(): void {
    if (this.cameFromApp()) history.back();
    else this.go({ ...this.view, article: undefined, excerpt: undefined, para: undefined });
  }

  /** Closes the Sources view: back to where it was opened from, or for a bare link, to what the link had besides it. */
  closeSources(): void {
    if (this.cameFromApp() && !this.view.article) history.back();
    else this.go({ ...this.view, sources: undefined, article: undefined, excerpt: undefined, para: undefined });
  }

  /** The slider and the point of view change the view in place: dragging must not flood the browser's history. */
  adjust(patch: Pick<ViewState, 'year' | 'view'>): void {
    this.view = { ...this.view, ...patch };
    this.writeUrl('replace');
  }

  /** The camera came to rest: record it without adding a history entry. */
  recordView(view: MapView): void {
    this.mapView = view;
    this.writeUrl('replace');
  }
}
