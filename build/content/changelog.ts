/**
 * The explainer's record of its content: `content/CHANGELOG.yaml`, one dated entry per edition, newest first, each
 * listing its corrections and additions. The newest entry gives the content version and the day the content last
 * changed; the app shows the record as "Corrections and changes", and the exports carry it (data/changelog.json,
 * data/manifest.json). Pure: the file arrives parsed, with its lines (build/content/record.ts reads it).
 *
 * Rules (each reported as `file:line: message`):
 * - `entries` is a non-empty list; each entry has `version` (MAJOR.MINOR.PATCH), `date` (a real YYYY-MM-DD day),
 *   `changes` (at least one) and optionally `commits` (the git commits the edition was made in).
 * - Newest first: each version is lower than the one above it, each date no later.
 * - A change has `kind` (addition | correction | removal | clarification), `text`, and optionally the `events`,
 *   `articles` and `islands` it concerns; their ids must exist, except in a removal (what it names is gone).
 * - Every event and article the content holds is named by an addition somewhere: nothing is shown that the record
 *   does not account for.
 */
import { z } from 'zod';
import { isIsoDate, islandId } from './schema.ts';
import type { ContentIssue } from './issues.ts';
import { zodIssues, type DataFile } from './validate.ts';
import { CHANGE_KINDS, type Changelog, type ChangelogEntry } from '../../src/lib/sources/record.ts';

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id (kebab-case)');
const day = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isIsoDate(v), { message: 'must be a day, YYYY-MM-DD' });

const changeSchema = z.strictObject({
  kind: z.enum(CHANGE_KINDS, { error: `must be one of ${CHANGE_KINDS.join(', ')}` }),
  text,
  events: z.array(id).optional().default([]),
  articles: z.array(id).optional().default([]),
  islands: z.array(islandId).optional().default([]),
});

const entrySchema = z.strictObject({
  // `version: 1.1` is a number to YAML: read it as text, so the message says what is wrong with it.
  version: z
    .union([z.string(), z.number()])
    .transform(String)
    .refine((v) => /^\d+\.\d+\.\d+$/.test(v), { message: 'must be MAJOR.MINOR.PATCH, e.g. 1.2.0' }),
  date: day,
  changes: z.array(changeSchema).min(1, 'must list at least one change'),
  commits: z
    .array(z.string().regex(/^[0-9a-f]{7,40}$/, 'must be a git commit hash'))
    .optional()
    .default([]),
});

const fileSchema = z.strictObject({ entries: z.array(entrySchema).min(1, 'must hold at least one entry') });

/** Negative when version a is lower than b. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! - y![i]!;
  return 0;
}

export interface KnownContent {
  events: readonly string[];
  articles: readonly string[];
}

export function validateChangelog(
  file: DataFile,
  known: KnownContent,
): { changelog: Changelog | null; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const at = (path: (string | number)[], message: string) =>
    issues.push({ file: file.path, line: file.lineOf(path), message });
  if (file.data === undefined) return { changelog: null, issues };
  if (file.data === null || typeof file.data !== 'object' || Array.isArray(file.data)) {
    at([], 'the file must be a YAML mapping with `entries:`');
    return { changelog: null, issues };
  }
  const parsed = fileSchema.safeParse(file.data);
  if (!parsed.success) return { changelog: null, issues: zodIssues(file, parsed.error.issues) };
  const entries: ChangelogEntry[] = parsed.data.entries;

  entries.forEach((entry, i) => {
    const above = entries[i - 1];
    if (above && compareVersions(entry.version, above.version) >= 0) {
      at(
        ['entries', i, 'version'],
        `version ${entry.version} must be lower than ${above.version} above it (newest first)`,
      );
    }
    if (above && entry.date > above.date) {
      at(['entries', i, 'date'], `date ${entry.date} is later than ${above.date} above it (newest first)`);
    }
    entry.changes.forEach((change, c) => {
      if (change.kind === 'removal') return;
      for (const [key, ids] of [
        ['events', known.events],
        ['articles', known.articles],
      ] as const) {
        change[key].forEach((ref, r) => {
          if (!ids.includes(ref))
            at(
              ['entries', i, 'changes', c, key, r],
              `unknown ${key.slice(0, -1)} ${ref} (a change that is not a removal names what exists)`,
            );
        });
      }
    });
  });

  const added = (key: 'events' | 'articles') =>
    new Set(entries.flatMap((e) => e.changes.filter((c) => c.kind === 'addition').flatMap((c) => c[key])));
  for (const key of ['events', 'articles'] as const) {
    const named = added(key);
    for (const ref of known[key]) {
      if (!named.has(ref))
        at(['entries'], `${key.slice(0, -1)} ${ref} is in the content but no addition in the record names it`);
    }
  }
  if (issues.length) return { changelog: null, issues };
  return { changelog: { contentVersion: entries[0]!.version, lastChanged: entries[0]!.date, entries }, issues };
}
