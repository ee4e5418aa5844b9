/** The sentences the page's notice can carry besides what the URL's reading says (src/lib/url/resolve.ts). */
export const NOTICES = {
  contentFailed: 'The treaty history could not be loaded. Reload the page to try again.',
  updated: 'This explainer has been updated since your last visit: Sources lists its corrections and changes.',
  noWebgl: 'This browser cannot draw the full map (it needs WebGL 2), so a simplified drawing is shown.',
  fullMapFailed: 'The full map could not be loaded, so a simplified drawing is shown.',
  contextLost: 'The map’s graphics were interrupted, so a simplified drawing is shown until they return.',
} as const;

/** The notice with a sentence added after any already there. */
export function withSentence(notice: string | null, sentence: string): string {
  return notice ? `${notice} ${sentence}` : sentence;
}

/** The notice without a sentence it carries (null when nothing is left); unchanged when it does not carry it. */
export function withoutSentence(notice: string | null, sentence: string): string | null {
  if (!notice?.includes(sentence)) return notice;
  return notice.replace(sentence, '').trim() || null;
}
