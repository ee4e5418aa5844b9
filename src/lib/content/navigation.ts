import type { Content } from './types';

/**
 * The island to return to from an article opened by a bare link (no panel behind it): the first island whose
 * history cites the passage shown, or the article's first cited passage.
 */
export function islandCiting(content: Content, articleId: string, excerpt: number | undefined): string | undefined {
  const excerpts = content.articles.find((a) => a.id === articleId)?.excerpts ?? [];
  const eventId = (excerpts.find((e) => e.n === excerpt) ?? excerpts[0])?.eventIds[0];
  return eventId ? content.islands.find((p) => p.events.includes(eventId))?.id : undefined;
}
