import { yearOf } from '../lib/history/dates.ts';
import { documentTitle } from '../lib/ui/document-title.ts';
import type { AppState } from './app-state.svelte.ts';

/** Keeps the document's title on what is open (call during a component's setup). */
export function followDocumentTitle(app: AppState): void {
  $effect(() => {
    const event = app.view.event ? app.eventsById.get(app.view.event) : undefined;
    document.title = documentTitle({
      island: app.selected ? { nameEn: app.selected.name_en } : undefined,
      event: event ? { title: event.title, year: yearOf(event.date) } : undefined,
      article: app.article ?? undefined,
      year: app.view.year,
      viewpoint: app.view.view,
    });
  });
}
