import type { HashState } from '../url/hash-state.ts';

type View = Omit<HashState, 'map'>;

/** Whether a click on a link is a plain one the page handles itself (not one that opens a tab or a window). */
export function isPlainClick(click: {
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  button: number;
}): boolean {
  return !(click.metaKey || click.ctrlKey || click.shiftKey || click.button !== 0);
}

/** The Sources view over a view: the island, year and point of view stay; the search and the reader close. */
export function sourcesOver(view: View): View {
  return { ...view, sources: true, q: undefined, article: undefined, excerpt: undefined, para: undefined };
}

/** The reader's back button names where it returns to: the view it was opened over. */
export function readerBackLabel(over: { search: boolean; sources: boolean; islandName?: string }): string {
  if (over.search) return 'Back to the search';
  if (over.sources) return 'Back to the sources';
  return over.islandName ? `Back to ${over.islandName}` : 'Back to the map';
}
