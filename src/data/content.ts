import type { Content } from '../lib/content/types.ts';

let pending: Promise<Content> | null = null;

/**
 * The validated content (events, excerpts, articles) in a chunk of its own, fetched the first time it is needed,
 * so the first view does not wait for it.
 */
export function loadContent(): Promise<Content> {
  pending ??= import('virtual:content').then(
    (m) => m.default,
    (error: unknown) => {
      // A failed fetch (a dropped connection, a new deploy) is tried again next time, not remembered.
      pending = null;
      throw error;
    },
  );
  return pending;
}
