/**
 * Opening hours as a visitor reads them: the week from Monday, each day's ranges, and
 * which day and time it is now where the location is (its IANA time zone, not the
 * server's). Whether it is open now comes from the API (`openNow`, closures counted);
 * this only says what "today" is there. Pure, no I/O.
 */
import type { Weekday } from '../__generated__/graphql';

export const WEEK: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const dayName = (day: Weekday) => day.charAt(0).toUpperCase() + day.slice(1);

export interface HoursRow {
  day: Weekday;
  ranges: { opens: string; closes: string }[];
}

export const weekRows = (hours: { day: Weekday; opens: string; closes: string }[]): HoursRow[] =>
  WEEK.map((day) => ({
    day,
    ranges: hours
      .filter((h) => h.day === day)
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => a.opens.localeCompare(b.opens)),
  }));

/** The weekday and the HH:MM clock time at `instant` in `timeZone`. */
export function localNow(timeZone: string, instant: Date = new Date()): { day: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: part('weekday').toLowerCase() as Weekday, time: `${part('hour')}:${part('minute')}` };
}
