import { describe, expect, it } from 'vitest';
import { NOTICES, withoutSentence, withSentence } from './notices.ts';

describe('notices', () => {
  it('adds a sentence after what the notice already says', () => {
    expect(withSentence(null, NOTICES.updated)).toBe(NOTICES.updated);
    expect(withSentence('Unknown island.', NOTICES.contextLost)).toBe(`Unknown island. ${NOTICES.contextLost}`);
  });

  it('takes a sentence out, and the notice away when nothing is left', () => {
    expect(withoutSentence(`Unknown island. ${NOTICES.contextLost}`, NOTICES.contextLost)).toBe('Unknown island.');
    expect(withoutSentence(NOTICES.contextLost, NOTICES.contextLost)).toBeNull();
  });

  it('leaves a notice without the sentence as it is', () => {
    expect(withoutSentence('Unknown island.', NOTICES.contextLost)).toBe('Unknown island.');
    expect(withoutSentence(null, NOTICES.contextLost)).toBeNull();
  });
});
