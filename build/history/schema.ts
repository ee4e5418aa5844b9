/** zod schemas of the data files in `content/periods/` (snake_case, as written by editors). */
import { z } from 'zod';
import { AREA_IDS, CLAIMANTS, HOLDERS } from '../../src/lib/history/types.ts';
import { ISO_DAY_RE } from '../../src/lib/history/dates.ts';

export const EVENT_ID_RE = /^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const eventId = z.string().regex(EVENT_ID_RE, { message: 'must be an event id: <year>-<kebab-case-slug>' });
const isoDay = z.string().regex(ISO_DAY_RE, { message: 'must be a date YYYY-MM-DD' });
const text = z.string().trim().min(1, { message: 'must not be empty' });
/** A full sentence: starts with a capital letter or a digit, ends with . ! or ? (optionally followed by a quote or bracket). */
const sentence = text.refine((s) => /^["'‘“(]?[\p{Lu}\d]/u.test(s) && /[.!?]["'’”)]?$/u.test(s), {
  message: 'must be a full sentence (a capital letter at the start, a full stop at the end)',
});

export const PeriodSchema = z.strictObject({
  holder: z.enum(HOLDERS),
  state_label: text,
  claimed_by: z.enum(CLAIMANTS).nullable().default(null),
  from_event: eventId,
  /** Optional, for readability; if given it must be the date of from_event. */
  from_date: isoDay.optional(),
  until_event: eventId.nullable(),
  /** Optional, for readability; if given it must be the date of until_event (null with until_event: null). */
  until_date: isoDay.nullable().optional(),
  summary: sentence,
  note: sentence.nullable().default(null),
});

export const AreaFileSchema = z.strictObject({
  area: z.enum(AREA_IDS),
  name_en: text,
  periods: z.array(PeriodSchema).min(1, { message: 'must list at least one period' }),
});

export const EraSchema = z.strictObject({
  event: eventId,
  title: text,
  status_line: sentence,
});

export const ErasFileSchema = z.strictObject({
  eras: z.array(EraSchema).min(1, { message: 'must list at least one era' }),
});

export type PeriodEntry = z.output<typeof PeriodSchema>;
export type AreaFile = z.output<typeof AreaFileSchema>;
export type EraEntry = z.output<typeof EraSchema>;
export type ErasFile = z.output<typeof ErasFileSchema>;
