/** ISO date helpers. Dates are strings: YYYY-MM-DD compares correctly as text. */
/** A full calendar date, YYYY-MM-DD. Kept here, not in schema.ts, so the browser code does not pull in zod. */
export const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  if (!ISO_DAY_RE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function assertIsoDay(s: string): void {
  if (!isIsoDay(s)) throw new RangeError(`not a date YYYY-MM-DD: ${JSON.stringify(s)}`);
}

/** `iso` shifted by `days` (may be negative). */
export function addDays(iso: string, days: number): string {
  assertIsoDay(iso);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return formatDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function formatDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today's date in the local time zone. */
export function todayIso(now: Date = new Date()): string {
  return formatDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/**
 * The date a slider year stands for: 31 December of the year, or `today` for the current year.
 * Throws RangeError for a year after today's or a non-integer.
 */
export function dateForYear(year: number, today: string = todayIso()): string {
  assertIsoDay(today);
  if (!Number.isInteger(year) || year < 0) throw new RangeError(`not a year: ${year}`);
  const current = yearOf(today);
  if (year > current) throw new RangeError(`${year} is in the future (today is ${today})`);
  if (year === current) return today;
  return formatDay(year, 12, 31);
}

/**
 * Whether an event dated `eventDate` (YYYY, YYYY-MM or YYYY-MM-DD) happened on or before the day `isoDay`.
 * A date known only to the year or month counts from its first day.
 */
export function onOrBefore(eventDate: string, isoDay: string): boolean {
  return eventDate <= isoDay;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "19 October 1956", "October 1956" or "1956", as precise as the ISO date given. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!y) return iso;
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
