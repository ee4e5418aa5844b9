import type { Viewpoint } from '../url/hash-state.ts';

export const SITE_TITLE = 'The southern Kurils / Northern Territories';

/** What the current view shows, as far as it is known (names arrive with the geometry and the content). */
export interface TitledView {
  island?: { nameEn: string };
  event?: { title: string; year: number };
  article?: { headline: string; outlet: string };
  /** Only for a view of the map in another year than today's, or from a point of view. */
  year?: number;
  viewpoint?: Viewpoint;
}

const VIEWPOINT_WORDS: Record<Viewpoint, string> = {
  administered: 'as administered',
  japan: 'as Japan sees it',
  russia: 'as Russia sees it',
};

/**
 * The document title for a view, most specific first, so that a tab, a bookmark, a history list or a screen
 * reader's announcement of the page names what is open: "Shikotan — treaty history — The southern Kurils / …".
 */
export function documentTitle(view: TitledView): string {
  const parts: string[] = [];
  if (view.article) parts.push(`${view.article.headline} (${view.article.outlet})`);
  else if (view.event) parts.push(`${view.event.title} (${view.event.year})`);
  if (view.island && !view.article) parts.push(`${view.island.nameEn} — treaty history`);
  else if (!view.article && (view.year !== undefined || view.viewpoint)) {
    const when = view.year !== undefined ? String(view.year) : 'Today';
    const how = view.viewpoint && view.viewpoint !== 'administered' ? `, ${VIEWPOINT_WORDS[view.viewpoint]}` : '';
    parts.push(`${when}${how} — the map of the islands`);
  }
  return [...parts, SITE_TITLE].join(' — ');
}
