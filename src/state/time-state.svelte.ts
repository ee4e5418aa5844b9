import type { loadHistory } from '../data/history.ts';
import { mapStateAt } from '../lib/history/map-state.ts';
import { announce, sliderRange } from '../lib/history/periods.ts';
import { holdersIn, ticksFrom } from '../lib/history/view.ts';
import type { Viewpoint } from '../lib/url/hash-state.ts';
import type { AppState } from './app-state.svelte.ts';

export type HistoryData = Awaited<ReturnType<typeof loadHistory>>;

/** The time slider's state, derived from the periods data and the year and point of view in the URL. */
export class TimeState {
  readonly #app: AppState;
  data = $state.raw<HistoryData | null>(null);
  range = $derived(this.data ? sliderRange(this.data.periods) : null);
  ticks = $derived(this.data ? ticksFrom(this.data.events) : []);

  constructor(app: AppState) {
    this.#app = app;
  }

  /*
   * Values, not getters on the view: every change of the URL (a tap on an island) makes a new view, and only a new
   * year or point of view may recompute the map's state and redraw its colours.
   */
  /** No `year=` in the URL means today. */
  readonly year = $derived.by(() => this.#app.view.year ?? this.range?.last ?? new Date().getFullYear());
  readonly viewpoint = $derived.by((): Viewpoint => this.#app.view.view ?? 'administered');

  map = $derived(this.data ? mapStateAt(this.year, this.viewpoint, this.data.periods, this.data.events) : null);
  announcement = $derived(this.data ? announce(this.year, this.data.periods, { events: this.data.events }) : '');
  holders = $derived(this.data ? holdersIn(this.year, this.data.periods, this.data.events) : []);

  setYear(year: number): void {
    this.#app.adjust({ year: year === this.range?.last ? undefined : year });
  }
}
