/**
 * Opening hours in a location's local time. Times are 'HH:MM' (24h, 00:00 to
 * 23:59); an interval includes its opening minute and excludes its closing
 * minute (a clinic closing at 17:00 is closed at 17:00). Intervals do not run
 * past midnight. Local weekday, date and time come from Intl.DateTimeFormat
 * in the location's IANA time zone, so daylight-saving changes are handled by
 * the platform's time-zone data, never by the host's zone.
 */
import { IsoDate, isIsoDate } from './dates';
import { DomainError, joinPath, problem, Problem } from './errors';
import { isWeekday, Weekday, WEEKDAYS } from './vocabulary';

export interface OpeningHours {
  day: Weekday;
  opens: string; // 'HH:MM'
  closes: string; // 'HH:MM'
}

export interface Closure {
  date: IsoDate; // local date of the location
}

export interface LocationSchedule {
  openingHours: readonly OpeningHours[];
  closures: readonly Closure[];
  timeZone: string; // IANA, e.g. 'America/New_York'
}

export interface LocalTime {
  date: IsoDate;
  weekday: Weekday;
  time: string; // 'HH:MM'
  minutes: number; // minutes since local midnight
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an 'HH:MM' time, or null when malformed. */
export function parseTimeOfDay(value: string): number | null {
  const m = typeof value === 'string' ? HH_MM.exec(value) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    if (!isValidTimeZone(timeZone)) throw new DomainError('invalid-time-zone', 'timeZone', `unknown IANA time zone "${timeZone}"`);
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, weekday: 'long', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local date, weekday and time of an instant in an IANA time zone. Throws a DomainError for an unknown zone. */
export function localTimeIn(instant: Date, timeZone: string): LocalTime {
  if (Number.isNaN(instant.getTime())) throw new DomainError('invalid-date', 'instant', 'Invalid Date');
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const hour = Number(parts.hour) % 24; // some engines print midnight as 24
  const minute = Number(parts.minute);
  const weekday = parts.weekday.toLowerCase();
  if (!isWeekday(weekday)) throw new DomainError('invalid-time-zone', 'timeZone', `unexpected weekday "${parts.weekday}"`);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    minutes: hour * 60 + minute,
  };
}

/**
 * Whether the location is open at an instant: a closure on the local date
 * wins; otherwise open when the local time falls in one of the local
 * weekday's intervals. Malformed intervals are ignored (validate them first).
 */
export function isOpenAt(schedule: LocationSchedule, instant: Date): boolean {
  const local = localTimeIn(instant, schedule.timeZone);
  if (schedule.closures.some((c) => c.date === local.date)) return false;
  return schedule.openingHours.some((h) => {
    if (h.day !== local.weekday) return false;
    const opens = parseTimeOfDay(h.opens);
    const closes = parseTimeOfDay(h.closes);
    return opens !== null && closes !== null && opens <= local.minutes && local.minutes < closes;
  });
}

/**
 * Problems of a list of opening hours, each with a path like
 * `openingHours.2.closes`: an unknown day, a time not 'HH:MM', closes not after
 * opens, or an interval overlapping an earlier one on the same day (reported
 * on the later one's `opens`). Touching intervals (09:00-12:00, 12:00-17:00) are fine.
 */
export function validateOpeningHours(hours: readonly OpeningHours[], basePath = 'openingHours'): Problem[] {
  const problems: Problem[] = [];
  const accepted: { index: number; day: Weekday; opens: number; closes: number }[] = [];

  hours.forEach((h, i) => {
    const at = (field: keyof OpeningHours) => joinPath(basePath, i, field);
    const dayOk = isWeekday(h.day);
    if (!dayOk) problems.push(problem(at('day'), 'invalid-value', `day must be one of ${WEEKDAYS.join(', ')}, got ${String(h.day)}`));
    const opens = parseTimeOfDay(h.opens);
    const closes = parseTimeOfDay(h.closes);
    if (opens === null) problems.push(problem(at('opens'), 'invalid-format', `opens must be a time as HH:MM (00:00-23:59), got "${h.opens}"`));
    if (closes === null) problems.push(problem(at('closes'), 'invalid-format', `closes must be a time as HH:MM (00:00-23:59), got "${h.closes}"`));
    if (opens === null || closes === null) return;
    if (closes <= opens) {
      problems.push(problem(at('closes'), 'invalid-order', `closes (${h.closes}) must be after opens (${h.opens})`));
      return;
    }
    if (!dayOk) return;
    const clash = accepted.find((a) => a.day === h.day && opens < a.closes && a.opens < closes);
    if (clash) {
      const other = hours[clash.index];
      problems.push(problem(at('opens'), 'overlap',
        `${h.opens}-${h.closes} overlaps ${joinPath(basePath, clash.index)} (${other.opens}-${other.closes}) on ${h.day}`));
      return;
    }
    accepted.push({ index: i, day: h.day, opens, closes });
  });
  return problems;
}

/** Problems of a list of closures: a date not 'YYYY-MM-DD', or the same date twice (`closures.<i>.date`). */
export function validateClosures(closures: readonly Closure[], basePath = 'closures'): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  closures.forEach((c, i) => {
    const path = joinPath(basePath, i, 'date');
    if (!isIsoDate(c.date)) {
      problems.push(problem(path, 'invalid-format', `date must be a date as YYYY-MM-DD, got "${String(c.date)}"`));
    } else if (seen.has(c.date)) {
      problems.push(problem(path, 'duplicate', `${c.date} is listed twice`));
    }
    seen.add(c.date);
  });
  return problems;
}
