/**
 * The real content/ of the repository must validate; a failure lists every problem as `file:line: message`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.ts';
import { validateContent } from './validate.ts';
import { loadContent, readContent } from './load.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('real content', () => {
  it('content/ validates with no errors', () => {
    const { input } = readContent({ root: ROOT });
    const { issues } = validateContent(input);
    expect(issues.map(formatIssue)).toEqual([]);
  });
});

describe('the islands’ names', () => {
  it('are the same in each profile as on the map (geo/out/islands.geojson), in every language', () => {
    const geometry = JSON.parse(readFileSync(new URL('../../geo/out/islands.geojson', import.meta.url), 'utf8')) as {
      features: { properties: Record<string, string> }[];
    };
    const { content } = loadContent({ root: ROOT });
    for (const profile of content.islands) {
      const map = geometry.features.find((f) => f.properties['id'] === profile.id)!.properties;
      const { en, ja, jaRomaji, ru, ruLatin } = profile.names;
      expect({ en, ja, jaRomaji, ru, ruLatin }, profile.id).toEqual({
        en: map['name_en'],
        ja: map['name_ja'],
        jaRomaji: map['name_ja_romaji'],
        ru: map['name_ru'],
        ruLatin: map['name_ru_latin'],
      });
    }
  });
});
