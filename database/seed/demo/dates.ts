/**
 * Small date helpers for the demo data set. Every date is a plain
 * 'YYYY-MM-DD' string and all arithmetic is done in UTC, so the result does
 * not depend on the machine's time zone.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(day: string): Date {
  if (!ISO_DATE.test(day)) throw new Error(`Expected YYYY-MM-DD, got "${day}"`);
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`Invalid date "${day}"`);
  return d;
}

/** `today` shifted by `n` days (n may be negative). */
export function addDays(today: string, n: number): string {
  const d = parse(today);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** ISO datetime at a fixed UTC time of day, `n` days from `today`. */
export function atTime(today: string, n: number, hhmm = '14:30'): string {
  return `${addDays(today, n)}T${hhmm}:00.000Z`;
}

/** The next date strictly after `today` that falls on month-day `md` ('MM-DD'). */
export function nextOccurrence(today: string, md: string): string {
  const year = parse(today).getUTCFullYear();
  const thisYear = `${year}-${md}`;
  return thisYear > today ? thisYear : `${year + 1}-${md}`;
}

/**
 * The first `md` ('MM-DD') of an even-numbered year that lies more than
 * `minDaysAhead` days after `today`. Georgia massage licences expire on
 * 31 October of every even year, so `nextEvenYearDate(today, '10-31')` is the
 * expiry of a licence renewed in the current cycle.
 */
export function nextEvenYearDate(today: string, md: string, minDaysAhead = 60): string {
  const threshold = addDays(today, minDaysAhead);
  let year = parse(today).getUTCFullYear();
  for (;;) {
    const candidate = `${year}-${md}`;
    if (year % 2 === 0 && candidate > threshold) return candidate;
    year += 1;
  }
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
}
