import { yearOf } from '../history/dates.ts';

/** An island and the events of its history, for the Share / Embed dialog's choices. */
export interface ShareIsland {
  id: string;
  name: string;
  events: { id: string; title: string; year: number }[];
}

interface Sources {
  islands: readonly { id: string; name_en: string }[];
  content: {
    islands: readonly { id: string; events: readonly string[] }[];
    events: readonly { id: string; title: string; date: string }[];
  } | null;
}

/** The dialog's islands with their events in history order (none until the content has loaded). */
export function shareIslands({ islands, content }: Sources): ShareIsland[] {
  const events = new Map(content?.events.map((e) => [e.id, e]) ?? []);
  return islands.map((island) => ({
    id: island.id,
    name: island.name_en,
    events: (content?.islands.find((p) => p.id === island.id)?.events ?? []).flatMap((id) => {
      const e = events.get(id);
      return e ? [{ id, title: e.title, year: yearOf(e.date) }] : [];
    }),
  }));
}
