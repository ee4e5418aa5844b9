/**
 * zod schemas of the content files as written (snake_case keys, see content/README.md). Each file is checked
 * on its own here; cross-file rules (ids, references, excerpts, counts) are in validate.ts.
 *
 * Choices where the README leaves room (documented here, the README is the contract):
 * - Objects are strict: an unknown key (often a typo such as `date_not`) is an error.
 * - `agency`, `dateline`, `published.note`, `date_note`, `speaker`, `names.ain`, `title_en`, `part`, `database`, `published_in` and `area_note` may be null or
 *   left out (both mean null); `notes` and `quotes` may be left out (empty list). Every other key is required.
 * - Text fields must not be empty or whitespace only.
 * - A bare year (`date: 1855`) is read by YAML as a number; it is accepted and read as the string "1855".
 * - `islands` is either the word `all` or a non-empty list of distinct island ids.
 * - A source is either `{ excerpt: {article, quote, kind, speaker} }` or `{ document: {...} }`, never both.
 * - A document is a record a reader can find: `issuer`, `title` exactly as published (with `title_en` when it is
 *   not in Latin script), its own `date` (`null` for a page that prints none, which then gives `accessed`, the
 *   day it was read), and where to read it: a public `url` (http or https) or a `database` id, or both. A document named in a line of text (the old form) is rejected: it was never checked.
 * - An island's positions carry `as_of` (the date of the newest record they rest on) and `changes` (how the
 *   position changed, oldest first, each with its sources); `population` figures each carry a date and a source.
 * - `previous_ids` keeps links to an event's former ids working; checked for clashes in validate.ts.
 * - An excerpt's `kind` is `quotation` (a person's own words, which the outlet quotes: `speaker` is required) or
 *   `paraphrase` (the outlet's narrator, who may report or sum up what a person or government said: `speaker`,
 *   when given, is whose words or position are paraphrased). The panel and the exports show which.
 * - `reviewed` is the ISO day (YYYY-MM-DD) on which an editor last checked the event against its sources.
 * - `islands` lists the map's areas an event is about, each with its `impact`: an island listed without an
 *   impact, or an impact for an island not listed, is an error at the `islands` or `impact` line.
 * - `starts_period_for` lists the time slider's areas (content/periods/) whose period starts on the event's
 *   date; checked against content/periods/ by build/history/periods.ts. A disputed island named there must also be
 *   among `islands`.
 */
import { z } from 'zod';
import { AREA_IDS } from '../../src/lib/history/types.ts';
import { ALL_ISLANDS, ISLAND_IDS, type ExcerptKind } from '../../src/lib/content/types.ts';

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

const isoDay = z
  .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string())
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isIsoDate(s), { message: 'must be a day: YYYY-MM-DD' });

/** Letters of a script other than Latin (Japanese, Cyrillic): a title in them needs an English rendering beside it. */
const NON_LATIN = /[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff]/;

const publicUrl = text.refine((u) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(u), {
  message: 'must be a public address (http:// or https://) a reader can open',
});

export const documentSchema = z
  .strictObject(
    {
      issuer: text,
      title: text,
      title_en: nullableText,
      date: isoDate.nullable(),
      accessed: isoDay.nullable().optional().transform((v) => v ?? null),
      part: nullableText,
      url: publicUrl.nullable().optional().transform((v) => v ?? null),
      database: nullableText,
      published_in: nullableText,
    },
    {
      error: (iss) =>
        iss.code === 'invalid_type' && typeof iss.input === 'string'
          ? 'a document is a record, not a line of text: give issuer, title (as published), date, and url or database ' +
            '(content/README.md); cite only a record you have found'
          : undefined,
    },
  )
  .superRefine((d, ctx) => {
    if (d.url === null && d.database === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'a document needs somewhere a reader can find it: a public url, or a database id (or both)',
      });
    }
    if (d.date === null && d.accessed === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['accessed'],
        message: 'a page that prints no date (date: null) needs accessed: the day it was read (YYYY-MM-DD)',
      });
    }
    if (NON_LATIN.test(d.title) && d.title_en === null) {
      ctx.addIssue({ code: 'custom', path: ['title_en'], message: 'a title not in English needs title_en, the English rendering' });
    }
  });

export const sourceSchema = z
  .strictObject({
    excerpt: excerptRefSchema.optional(),
    document: documentSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const n = (s.excerpt ? 1 : 0) + (s.document !== undefined ? 1 : 0);
    if (n !== 1) {
      ctx.addIssue({ code: 'custom', message: 'a source is either `excerpt: {article, quote, speaker}` or `document: {...}`' });
    }
  });

const areaId = z.enum(AREA_IDS, {
  error: (iss) => `unknown area id ${JSON.stringify(iss.input)} (known: ${AREA_IDS.join(', ')})`,
});

const eventId = z.string().regex(/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be <year>-<slug> (kebab-case)');

export const eventFileSchema = z.strictObject({
  id: eventId,
  /** Ids the event had before (links to them open it). */
  previous_ids: z.array(eventId).nullable().optional().transform((v) => v ?? []),
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

const positionChangeSchema = z.strictObject({
  date: isoDate,
  text,
  sources: z.array(sourceSchema).min(1, 'a change of position needs at least one source'),
});

const positionSchema = z
  .strictObject({
    as_of: isoDate.optional(),
    summary: text,
    quotes: z.array(excerptRefSchema).nullable().optional().transform((v) => v ?? []),
    documents: z.array(documentSchema).nullable().optional().transform((v) => v ?? []),
    changes: z.array(positionChangeSchema).nullable().optional().transform((v) => v ?? []),
  })
  .superRefine((p, ctx) => {
    if (p.as_of === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['as_of'],
        message: 'a position needs as_of: the date of the newest record it rests on (positions change)',
      });
    }
    p.changes.forEach((c, i) => {
      const prev = p.changes[i - 1];
      if (prev && prev.date.localeCompare(c.date) > 0) {
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'date'], message: `changes not oldest first: ${c.date} after ${prev.date}` });
      }
    });
  });

const populationSchema = z.strictObject({
  date: isoDate,
  count: z.number().int('must be a whole number').nonnegative('must not be negative'),
  who: text,
  note: nullableText,
  source: sourceSchema,
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
  /** What the area computed from the map's geometry covers, with the published figure beside it. */
  area_note: nullableText,
  population: z.array(populationSchema).nullable().optional().transform((v) => v ?? []),
  events: z.array(z.string()).min(5, 'an island needs at least five events'),
  positions: z.strictObject({ russia: positionSchema, japan: positionSchema }),
});

export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;
export type ExcerptRef = z.output<typeof excerptRefSchema>;
export type DocumentFile = z.output<typeof documentSchema>;
export type SourceFile = z.output<typeof sourceSchema>;
export type EventFile = z.output<typeof eventFileSchema>;
export type IslandFile = z.output<typeof islandFileSchema>;
