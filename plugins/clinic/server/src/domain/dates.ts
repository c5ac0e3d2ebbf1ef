/**
 * Calendar dates as 'YYYY-MM-DD' strings. All arithmetic is done on UTC
 * midnights, so the host time zone never matters. Rules never read the clock:
 * `today` is passed in, as a 'YYYY-MM-DD' string or a Date (read in UTC).
 */
import { z } from 'zod';
import { DomainError } from './errors';

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

/** Parses a real calendar date ('2026-02-30' is rejected), or returns null. */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

export const isoDateSchema = z.string().refine(isIsoDate, { error: 'must be a date as YYYY-MM-DD' });

/** UTC midnight of a calendar day; setUTCFullYear keeps years 0-99 literal (Date.UTC maps them to 19xx). */
function utcMidnight(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

export function daysInMonth(year: number, month: number): number {
  return utcMidnight(year, month, 0).getUTCDate();
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The UTC calendar date of an instant. */
export function isoDateOfUtc(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new DomainError('invalid-date', 'today', 'Invalid Date');
  return instant.toISOString().slice(0, 10);
}

/** Normalises the injected clock: a 'YYYY-MM-DD' string, or a Date read in UTC. */
export function toIsoDate(today: IsoDate | Date, path = 'today'): IsoDate {
  if (today instanceof Date) return isoDateOfUtc(today);
  requireDate(today, path);
  return today;
}

function requireDate(value: string, path: string): CalendarDate {
  const parsed = parseIsoDate(value);
  if (!parsed) throw new DomainError('invalid-date', path, `${path} must be a date as YYYY-MM-DD, got "${value}"`);
  return parsed;
}

function utcMs(value: IsoDate, path: string): number {
  const { year, month, day } = requireDate(value, path);
  return utcMidnight(year, month - 1, day).getTime();
}

/** -1 when a is before b, 0 when equal, 1 when after. */
export function compareDates(a: IsoDate | Date, b: IsoDate | Date): -1 | 0 | 1 {
  const d = utcMs(toIsoDate(a, 'a'), 'a') - utcMs(toIsoDate(b, 'b'), 'b');
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new DomainError('invalid-date', 'days', `days must be an integer, got ${days}`);
  return new Date(utcMs(date, 'date') + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. daysBetween('2026-01-01', '2026-01-31') === 30. */
export function daysBetween(from: IsoDate | Date, to: IsoDate | Date): number {
  return Math.round((utcMs(toIsoDate(to, 'to'), 'to') - utcMs(toIsoDate(from, 'from'), 'from')) / MS_PER_DAY);
}
