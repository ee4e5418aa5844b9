/**
 * zod schemas of the content files as written (snake_case keys, see content/README.md). Each file is checked
 * on its own here; cross-file rules (ids, references, excerpts, counts) are in validate.ts.
 *
 * Choices where the README leaves room (documented here, the README is the contract):
 * - Objects are strict: an unknown key (often a typo such as `date_not`) is an error.
 * - `agency`, `dateline`, `published.note`, `date_note`, `speaker`, `names.ain` and `document` may be null or
 *   left out (both mean null); `notes` and `quotes` may be left out (empty list). Every other key is required.
 * - Text fields must not be empty or whitespace only.
 * - A bare year (`date: 1855`) is read by YAML as a number; it is accepted and read as the string "1855".
 * - `islands` is either the word `all` or a non-empty list of distinct island ids.
 * - A source is either `{ excerpt: {article, quote, speaker} }` or `{ document: <text> }`, never both.
 */
import { z } from 'zod';
import { ISLAND_IDS } from './types.ts';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Whether `s` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real (proleptic Gregorian) calendar date. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  const max = mo === 2 && !isLeap(y) ? 28 : DAYS_IN_MONTH[mo - 1]!;
  return d >= 1 && d <= max;
}

const text = z.string().trim().min(1, 'must not be empty');
const nullableText = text.nullable().optional().transform((v) => v ?? null);

export const isoDate = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .refine(isIsoDate, { message: 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date' });

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and single hyphens)');

export const islandId = z.enum(ISLAND_IDS, {
  error: (iss) => `unknown island id ${JSON.stringify(iss.input)} (known: ${ISLAND_IDS.join(', ')})`,
});

export const articleFrontMatterSchema = z.strictObject({
  id: kebabId,
  source_file: text,
  outlet: text,
  agency: nullableText,
  headline: text,
  dateline: nullableText,
  published: z
    .strictObject({
      date: isoDate,
      basis: z.enum(['printed', 'inferred'], { error: 'must be printed or inferred' }),
      note: nullableText,
    })
    .superRefine((p, ctx) => {
      if (p.basis === 'inferred' && p.note === null) {
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'basis: inferred requires a note (the reasoning)' });
      }
    }),
});

export const excerptRefSchema = z.strictObject({
  article: text,
  quote: text,
  speaker: nullableText,
});

export const sourceSchema = z
  .strictObject({
    excerpt: excerptRefSchema.optional(),
    document: text.optional(),
  })
  .superRefine((s, ctx) => {
    const n = (s.excerpt ? 1 : 0) + (s.document !== undefined ? 1 : 0);
    if (n !== 1) {
      ctx.addIssue({ code: 'custom', message: 'a source is either `excerpt: {article, quote, speaker}` or `document: ...`' });
    }
  });

export const eventFileSchema = z.strictObject({
  id: z.string().regex(/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be <year>-<slug> (kebab-case)'),
  date: isoDate,
  date_note: nullableText,
  title: text,
  islands: z.union([
    z.literal('all'),
    z
      .array(islandId)
      .min(1, 'must list at least one island (or be `all`)')
      .superRefine((ids, ctx) => {
        ids.forEach((id, i) => {
          if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `island ${id} listed twice` });
        });
      }),
  ]),
  /** The island a link to this event alone opens (default: the first of `islands` in map order). */
  chiefly_about: islandId.nullable().optional().transform((v) => v ?? null),
  summary: text,
  impact: z.record(z.string(), text),
  notes: z.array(text).nullable().optional().transform((v) => v ?? []),
  sources: z.array(sourceSchema).min(1, 'an event needs at least one source'),
});

const positionSchema = z.strictObject({
  summary: text,
  quotes: z.array(excerptRefSchema).nullable().optional().transform((v) => v ?? []),
  document: nullableText,
});

export const islandFileSchema = z.strictObject({
  id: islandId,
  names: z.strictObject({
    en: text,
    ja: text,
    ja_romaji: text,
    ru: text,
    ru_latin: text,
    ain: nullableText,
  }),
  administration: z.strictObject({ russia: text, japan: text }),
  description: text,
  events: z.array(z.string()).min(5, 'an island needs at least five events'),
  positions: z.strictObject({ russia: positionSchema, japan: positionSchema }),
});

export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;
export type ExcerptRef = z.output<typeof excerptRefSchema>;
export type EventFile = z.output<typeof eventFileSchema>;
export type IslandFile = z.output<typeof islandFileSchema>;
