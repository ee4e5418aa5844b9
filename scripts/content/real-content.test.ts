/**
 * The real content/ of the repository must validate. (This fails until content/ is complete; the message lists
 * every problem as `file:line: message`.)
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { readContent } from './load.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('real content', () => {
  it('content/ validates with no errors', () => {
    const { input } = readContent({ root: ROOT });
    const { issues } = validateContent(input);
    expect(issues.map(formatIssue)).toEqual([]);
  });
});
