import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../scripts/content/load';
import { islandCiting } from './navigation';

const { content } = loadContent();

describe('islandCiting', () => {
  it('returns an island whose history cites the passage', () => {
    for (const article of content.articles) {
      for (const excerpt of article.excerpts.filter((e) => e.eventIds.length)) {
        const island = islandCiting(content, article.id, excerpt.n);
        const profile = content.islands.find((p) => p.id === island);
        expect(profile?.events).toContain(excerpt.eventIds[0]);
      }
    }
  });

  it('returns nothing for an unknown article', () => {
    expect(islandCiting(content, 'no-such-article', 1)).toBeUndefined();
  });
});
