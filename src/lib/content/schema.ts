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
 * - A source is either `{ excerpt: {article, quote, kind, speaker} }` or `{ document: <text> }`, never both.
 * - An excerpt's `kind` is `quotation` (a person's own words, which the outlet quotes: `speaker` is required) or
 *   `paraphrase` (the outlet's narrator, who may report or sum up what a person or government said: `speaker`,
 *   when given, is whose words or position are paraphrased). The panel and the exports show which.
 * - `reviewed` is the ISO day (YYYY-MM-DD) on which an editor last checked the event against its sources.
 * - `islands` lists the map's areas an event is about, each with its `impact`: an island listed without an
 *   impact, or an impact for an island not listed, is an error at the `islands` or `impact` line.
 * - `starts_period_for` lists the time slider's areas (content/periods/) whose period starts on the event's
 *   date; checked against content/periods/ by scripts/periods.ts. A disputed island named there must also be
 *   among `islands`.
 */
import { z } from 'zod';
import { AREA_IDS } from '../history/types.ts';
import { ALL_ISLANDS, ISLAND_IDS, type ExcerptKind } from './types.ts';

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

export const EXCERPT_KINDS = ['quotation', 'paraphrase'] as const satisfies readonly ExcerptKind[];

export const excerptRefSchema = z
  .strictObject({
    article: text,
    quote: text,
    kind: z.enum(EXCERPT_KINDS, {
      error: (iss) =>
        iss.input === undefined
          ? 'missing required field: quotation (a person\'s own words) or paraphrase (the outlet\'s narrator)'
          : 'must be quotation (a person\'s own words) or paraphrase (the outlet\'s narrator)',
    }),
    speaker: nullableText,
  })
  .superRefine((e, ctx) => {
    if (e.kind === 'quotation' && e.speaker === null) {
      ctx.addIssue({ code: 'custom', path: ['speaker'], message: 'a quotation needs its speaker (whose words these are)' });
    }
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

const isoDay = z
  .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string())
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isIsoDate(s), { message: 'must be a day: YYYY-MM-DD' });

const areaId = z.enum(AREA_IDS, {
  error: (iss) => `unknown area id ${JSON.stringify(iss.input)} (known: ${AREA_IDS.join(', ')})`,
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
  reviewed: isoDay,
  starts_period_for: z.array(areaId).nullable().optional().transform((v) => v ?? []),
}).superRefine((ev, ctx) => {
  const listed: readonly string[] = ev.islands === 'all' ? ALL_ISLANDS : ev.islands;
  const withoutImpact = listed.filter((id) => !(id in ev.impact));
  if (withoutImpact.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['islands'],
      message:
        `islands is wider than impact: ${withoutImpact.join(', ')} listed without an impact entry ` +
        '(say what the event meant for each listed island, or remove it from islands)',
    });
  }
  const islandIds: readonly string[] = ISLAND_IDS;
  ev.starts_period_for.forEach((area, i) => {
    if (islandIds.includes(area) && !listed.includes(area)) {
      ctx.addIssue({
        code: 'custom',
        path: ['starts_period_for', i],
        message: `starts_period_for names ${area}, which is not among the event's islands`,
      });
    }
    if (ev.starts_period_for.indexOf(area) !== i) {
      ctx.addIssue({ code: 'custom', path: ['starts_period_for', i], message: `area ${area} listed twice` });
    }
  });
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
