import { addDays, compareDates, daysBetween, isIsoDate, isoDateSchema, parseIsoDate, toIsoDate } from '../dates';
import { DomainError } from '../errors';

describe('Given calendar dates as YYYY-MM-DD strings', () => {
  it('when parsing, then real dates are accepted and impossible ones rejected', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('2026-4-01')).toBeNull();
    expect(parseIsoDate('2026-04-01T00:00:00Z')).toBeNull();
    expect(isIsoDate('2026-10-31')).toBe(true);
    expect(isoDateSchema.safeParse('2026-02-30').success).toBe(false);
  });

  it('when adding days, then months, years and leap days roll over', () => {
    expect(addDays('2026-10-31', 30)).toBe('2026-11-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('when adding days across a DST change, then the result is still the next calendar day', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
  });

  it('when counting days between, then the count is signed and whole', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-01-31', '2026-01-01')).toBe(-30);
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('when comparing, then the order is by calendar day', () => {
    expect(compareDates('2026-10-30', '2026-10-31')).toBe(-1);
    expect(compareDates('2026-10-31', '2026-10-31')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  it('when the clock is a Date, then its UTC calendar day is used', () => {
    expect(toIsoDate(new Date('2026-11-27T23:30:00-05:00'))).toBe('2026-11-28');
    expect(toIsoDate('2026-11-27')).toBe('2026-11-27');
  });

  it('when a date is malformed, then a DomainError names the field', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(DomainError);
    expect(() => daysBetween('yesterday', '2026-01-01')).toThrow('from must be a date as YYYY-MM-DD, got "yesterday"');
  });
});
