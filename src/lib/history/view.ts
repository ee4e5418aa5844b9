import { stateInYear, indexByArea } from './periods.ts';
import { yearOf } from './dates.ts';
import type { Tick } from './slider.ts';
import type { AreaId, EventRef, Holder, PeriodsData } from './types.ts';

/** One tick on the slider per event, at the event's year. */
export function ticksFrom(events: readonly EventRef[]): Tick[] {
  return events.map((e) => ({ year: yearOf(e.date), date: e.date, eventId: e.id, title: e.title ?? e.id }));
}

export interface HolderLine {
  area: AreaId;
  name: string;
  holder: Holder | null;
  /** "Soviet Union, then Russian Federation (from 1991); claimed by Japan" */
  text: string;
}

const CLAIMANT: Record<string, string> = { japan: 'Japan', russia: 'Russia' };

/** Who held each area at the end of `year`, in words: the map's colours as a list a screen reader can read. */
export function holdersIn(year: number, data: PeriodsData, events: readonly EventRef[], today?: string): HolderLine[] {
  const state = stateInYear(indexByArea(data), events, year, today);
  return data.areas.map(({ id, nameEn }) => {
    const period = state.areas[id];
    const claim = period?.claimedBy ? `; claimed by ${CLAIMANT[period.claimedBy] ?? period.claimedBy}` : '';
    return {
      area: id,
      name: nameEn,
      holder: period?.holder ?? null,
      text: period ? `${period.stateLabel}${claim}` : 'No treaty yet',
    };
  });
}
