/**
 * Pure logic of the time control (TimeControl.svelte): tick positions, the readout, keyboard steps and play steps.
 * Ticks are the event years; several events in one year make one stop.
 */

import { formatIsoDate } from './dates.ts';

/** While playing, the slider steps to the next event once every this many milliseconds. */
export const PLAY_STEP_MS = 1200;

export interface Tick {
  year: number;
  /** The event's ISO date, at the precision known. */
  date: string;
  eventId: string;
  title: string;
}

export interface SliderBounds {
  min: number;
  max: number;
  ticks: readonly Tick[];
}

/** The distinct tick years, ascending. */
export function tickYears(ticks: readonly Tick[]): number[] {
  return [...new Set(ticks.map((t) => t.year))].sort((a, b) => a - b);
}

/** The latest tick year before `year`, or null. */
export function prevTick(year: number, ticks: readonly Tick[]): number | null {
  return (
    tickYears(ticks)
      .filter((y) => y < year)
      .at(-1) ?? null
  );
}

/** The earliest tick year after `year`, or null. */
export function nextTick(year: number, ticks: readonly Tick[]): number | null {
  return tickYears(ticks).find((y) => y > year) ?? null;
}

export function clampYear(year: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(year)));
}

/** Where a year sits on the track, 0–100 (for the tick marks' `left`). */
export function tickPercent(year: number, min: number, max: number): number {
  if (max <= min) return 0;
  return ((clampYear(year, min, max) - min) / (max - min)) * 100;
}

/**
 * The tick marks as one CSS gradient across the track: a mark `width` px wide, centred on each tick year, in `colour`.
 * One painted background instead of an element per event, which the first view would build and restyle.
 */
export function tickGradient(ticks: readonly Tick[], min: number, max: number, colour: string, width = 2): string {
  const half = width / 2;
  const stops = tickYears(ticks).map((year) => {
    const at = tickPercent(year, min, max);
    return `transparent calc(${at}% - ${half}px), ${colour} calc(${at}% - ${half}px) calc(${at}% + ${half}px), transparent calc(${at}% + ${half}px)`;
  });
  return stops.length ? `linear-gradient(to right, ${stops.join(', ')})` : 'none';
}

/** The event in force in `year`: the last tick on or before it (the last listed when a year has several), or null. */
export function tickInForce(year: number, ticks: readonly Tick[]): Tick | null {
  let found: Tick | null = null;
  for (const t of ticks) if (t.year <= year && (!found || t.year >= found.year)) found = t;
  return found;
}

/**
 * The visible readout and the slider's aria-valuetext, with the date of the event in force:
 * "1880 · Treaty of Saint Petersburg (7 May 1875)", or just "1850".
 */
export function readout(year: number, ticks: readonly Tick[]): string {
  const t = tickInForce(year, ticks);
  return t ? `${year} · ${t.title} (${formatIsoDate(t.date)})` : String(year);
}

/**
 * The year a key moves the slider to, or null if the key is not the control's (let the browser have it).
 * Arrows go to the previous or next event (to `min`/`max` past the first/last), Home/End to the ends,
 * PageUp/PageDown ten years.
 */
export function yearForKey(key: string, year: number, { min, max, ticks }: SliderBounds): number | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampYear(prevTick(year, ticks) ?? min, min, max);
    case 'ArrowRight':
    case 'ArrowUp':
      return clampYear(nextTick(year, ticks) ?? max, min, max);
    case 'Home':
      return min;
    case 'End':
      return max;
    case 'PageUp':
      return clampYear(year + 10, min, max);
    case 'PageDown':
      return clampYear(year - 10, min, max);
    default:
      return null;
  }
}

/** Where Play starts: the current year, or the first event when already at the end. */
export function playStart(year: number, { min, max, ticks }: SliderBounds): number {
  return year >= max ? clampYear(tickYears(ticks)[0] ?? min, min, max) : year;
}

/** The next stop while playing: the next event, then `max` (today); null when at the end, which stops playing. */
export function playStep(year: number, { min, max, ticks }: SliderBounds): number | null {
  if (year >= max) return null;
  return clampYear(nextTick(year, ticks) ?? max, min, max);
}
