import { describe, expect, it } from 'vitest';
import { compareVersions, validateChangelog } from './changelog.ts';
import { DOWNLOADS } from '../../src/lib/sources/downloads.ts';
import { buildExports } from './exports.ts';
import { ContentError, loadContent, parseYamlFile, type ContentIssue } from './load.ts';
import { buildRecord, changelogJson, loadChangelog, manifestJson, readIslandsGeometry, recordOutputs } from './record.ts';

const FILE = 'content/CHANGELOG.yaml';
const known = { events: ['1855-shimoda', '1956-joint-declaration'], articles: ['tass-a'] };

/** The issues of a changelog given as text, as `line: message`. */
function check(text: string): string[] {
  const issues: ContentIssue[] = [];
  const file = parseYamlFile(FILE, text, issues);
  issues.push(...validateChangelog(file, known).issues);
  return issues.map((i) => `${i.line}: ${i.message}`);
}

const GOOD = `entries:
  - version: 1.1.0
    date: 2026-12-02
    changes:
      - kind: correction
        text: A date.
        events: [1956-joint-declaration]
  - version: 1.0.0
    date: 2026-11-25
    commits: [83c2bbe]
    changes:
      - kind: addition
        text: Everything.
        events: [1855-shimoda, 1956-joint-declaration]
        articles: [tass-a]
`;

describe('the record of corrections and changes', () => {
  it('reads a good record: the newest entry gives the content version and the last-changed day', () => {
    const file = parseYamlFile(FILE, GOOD, []);
    const { changelog, issues } = validateChangelog(file, known);
    expect(issues).toEqual([]);
    expect(changelog?.contentVersion).toBe('1.1.0');
    expect(changelog?.lastChanged).toBe('2026-12-02');
    expect(changelog?.entries[0]?.changes[0]).toEqual({ kind: 'correction', text: 'A date.', events: ['1956-joint-declaration'], articles: [], islands: [] });
    expect(changelog?.entries[1]?.commits).toEqual(['83c2bbe']);
  });

  it('names the line of a malformed date, version or kind', () => {
    expect(check(GOOD.replace('date: 2026-12-02', 'date: 2026-13-02'))).toEqual(['3: `entries[0].date`: must be a day, YYYY-MM-DD']);
    expect(check(GOOD.replace('version: 1.1.0', 'version: 1.1'))).toEqual(['2: `entries[0].version`: must be MAJOR.MINOR.PATCH, e.g. 1.2.0']);
    expect(check(GOOD.replace('kind: correction', 'kind: fix'))).toEqual([
      '5: `entries[0].changes[0].kind`: must be one of addition, correction, removal, clarification',
    ]);
    expect(check(GOOD.replace('        text: A date.\n', ''))).toEqual(['5: missing required field `entries[0].changes[0].text`']);
    expect(check(GOOD.replace('commits:', 'commit:'))).toEqual(['10: unknown key `entries[1].commit`']);
  });

  it('wants the newest entry first', () => {
    expect(check(GOOD.replace('version: 1.1.0', 'version: 0.9.0'))).toEqual(['8: version 1.0.0 must be lower than 0.9.0 above it (newest first)']);
    expect(check(GOOD.replace('date: 2026-11-25', 'date: 2026-12-03'))).toEqual(['9: date 2026-12-03 is later than 2026-12-02 above it (newest first)']);
  });

  it('rejects an id that does not exist, except in a removal', () => {
    expect(check(GOOD.replace('events: [1956-joint-declaration]', 'events: [1956-joint-declaraton]'))).toEqual([
      '7: unknown event 1956-joint-declaraton (a change that is not a removal names what exists)',
    ]);
    expect(check(GOOD.replace('kind: correction', 'kind: removal').replace('events: [1956-joint-declaration]', 'events: [1947-gone]'))).toEqual([]);
  });

  it('accounts for everything shown: an event or article no addition names is an error', () => {
    expect(check(GOOD.replace('articles: [tass-a]', 'articles: []'))).toEqual(['1: article tass-a is in the content but no addition in the record names it']);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(check(GOOD.replace('    changes:\n      - kind: addition', '    changes:\n     - kind: addition'))[0]).toMatch(/^1[23]: YAML: /);
  });

  it('compares versions by number, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBeLessThan(0);
  });
});

describe('the record of the real content', () => {
  const { content } = loadContent();

  it('validates, newest first, every event and article accounted for', () => {
    const { changelog } = loadChangelog(content);
    expect(changelog.entries.length).toBeGreaterThanOrEqual(3);
    expect(changelog.lastChanged).toBe(changelog.entries[0]!.date);
  });

  it('the last-changed day is not before any event was last reviewed', () => {
    const { changelog } = loadChangelog(content);
    for (const e of content.events) expect(changelog.lastChanged >= e.reviewed).toBe(true);
  });

  it('fails with the file and line on a malformed entry', () => {
    let error: unknown;
    try {
      loadChangelog(content, { contentDir: 'build/content/fixtures/record-bad' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain('build/content/fixtures/record-bad/CHANGELOG.yaml:');
  });

  it('measures every download, and the manifest lists the same sizes as the files the build writes', () => {
    const { record, files } = recordOutputs(content);
    const written = new Map([...buildExports(content, readIslandsGeometry()), ...files].map((f) => [f.fileName, Buffer.byteLength(f.source)]));
    expect(record.downloads.map((d) => d.file)).toEqual(DOWNLOADS.map((d) => d.file));
    for (const d of record.downloads) expect(d.bytes, d.file).toBe(written.get(d.file));
    const manifest = JSON.parse(files.find((f) => f.fileName === 'data/manifest.json')!.source) as { contentVersion: string; files: { path: string; bytes: number }[] };
    expect(manifest.contentVersion).toBe(record.contentVersion);
    expect(manifest.files.map((f) => [f.path, f.bytes])).toEqual(record.downloads.map((d) => [d.file.slice(5), d.bytes]));
  });

  it('writes changelog.json as the validated record and the manifest as JSON that parses', () => {
    const { changelog } = loadChangelog(content);
    expect(JSON.parse(changelogJson(changelog))).toEqual(changelog);
    const record = buildRecord(content, changelog, readIslandsGeometry(), '9.9.9');
    expect(JSON.parse(manifestJson(record))).toMatchObject({ appVersion: '9.9.9', contentVersion: changelog.contentVersion, lastChanged: changelog.lastChanged });
  });
});
