import { DomainError } from '../errors';
import { isOpenAt, localTimeIn, OpeningHours, validateClosures, validateOpeningHours } from '../opening-hours.rules';
import type { Weekday } from '../vocabulary';

const weekdays: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const hours: OpeningHours[] = [
  ...weekdays.map((day) => ({ day, opens: '09:00', closes: '17:00' })),
  { day: 'saturday', opens: '10:00', closes: '14:00' },
  { day: 'sunday', opens: '09:00', closes: '13:00' },
];
const newYork = { openingHours: hours, closures: [{ date: '2026-12-24' }], timeZone: 'America/New_York' };
const losAngeles = { openingHours: hours, closures: [{ date: '2026-12-25' }], timeZone: 'America/Los_Angeles' };

describe('Given a New York location open 09:00-17:00 on weekdays and 09:00-13:00 on Sundays', () => {
  it('when it is 09:00 local, then it is open; at 16:59 open; at 17:00 closed', () => {
    expect(isOpenAt(newYork, new Date('2026-06-03T13:00:00Z'))).toBe(true);
    expect(isOpenAt(newYork, new Date('2026-06-03T20:59:00Z'))).toBe(true);
    expect(isOpenAt(newYork, new Date('2026-06-03T21:00:00Z'))).toBe(false);
  });

  it('when clocks spring forward on 2026-03-08, then the same UTC time 13:30 is closed one Sunday and open the next', () => {
    expect(localTimeIn(new Date('2026-03-01T13:30:00Z'), 'America/New_York')).toEqual({
      date: '2026-03-01', weekday: 'sunday', time: '08:30', minutes: 510,
    });
    expect(isOpenAt(newYork, new Date('2026-03-01T13:30:00Z'))).toBe(false);
    expect(localTimeIn(new Date('2026-03-08T13:30:00Z'), 'America/New_York').time).toBe('09:30');
    expect(isOpenAt(newYork, new Date('2026-03-08T13:30:00Z'))).toBe(true);
  });

  it('when clocks fall back on 2026-11-01, then UTC 21:30 on a Friday is closed before and open after', () => {
    expect(localTimeIn(new Date('2026-10-30T21:30:00Z'), 'America/New_York').time).toBe('17:30');
    expect(isOpenAt(newYork, new Date('2026-10-30T21:30:00Z'))).toBe(false);
    expect(localTimeIn(new Date('2026-11-06T21:30:00Z'), 'America/New_York').time).toBe('16:30');
    expect(isOpenAt(newYork, new Date('2026-11-06T21:30:00Z'))).toBe(true);
  });

  it('when the local date is a closure, then it is closed although within hours', () => {
    expect(isOpenAt(newYork, new Date('2026-12-23T15:00:00Z'))).toBe(true);
    expect(isOpenAt(newYork, new Date('2026-12-24T15:00:00Z'))).toBe(false);
  });
});

describe('Given locations in New York and Los Angeles with the same local hours', () => {
  it('when it is 14:00 UTC on a Wednesday, then New York (10:00) is open and Los Angeles (07:00) is not', () => {
    const instant = new Date('2026-06-03T14:00:00Z');
    expect(isOpenAt(newYork, instant)).toBe(true);
    expect(isOpenAt(losAngeles, instant)).toBe(false);
  });

  it('when it is 22:30 UTC on a Wednesday, then New York (18:30) is closed and Los Angeles (15:30) is open', () => {
    const instant = new Date('2026-06-03T22:30:00Z');
    expect(isOpenAt(newYork, instant)).toBe(false);
    expect(isOpenAt(losAngeles, instant)).toBe(true);
  });

  it('when it is 05:00 UTC, then the local dates and weekdays differ', () => {
    const instant = new Date('2026-06-06T05:00:00Z');
    expect(localTimeIn(instant, 'America/New_York')).toEqual({ date: '2026-06-06', weekday: 'saturday', time: '01:00', minutes: 60 });
    expect(localTimeIn(instant, 'America/Los_Angeles')).toEqual({ date: '2026-06-05', weekday: 'friday', time: '22:00', minutes: 1320 });
  });

  it('when the UTC date is already the 26th but Los Angeles is still on its 25 December closure, then it is closed', () => {
    const lateChristmasDay = { ...losAngeles, openingHours: [{ day: 'friday' as Weekday, opens: '09:00', closes: '20:00' }] };
    const instant = new Date('2026-12-26T01:00:00Z'); // 17:00 PST on Friday 25 December
    expect(isOpenAt(lateChristmasDay, instant)).toBe(false);
    expect(isOpenAt({ ...lateChristmasDay, closures: [] }, instant)).toBe(true);
  });

  it('when the time zone is unknown, then a DomainError names it', () => {
    expect(() => isOpenAt({ ...losAngeles, timeZone: 'America/Atlantis' }, new Date())).toThrow(
      new DomainError('invalid-time-zone', 'timeZone', 'unknown IANA time zone "America/Atlantis"'),
    );
  });
});

describe('Given opening hours to validate', () => {
  it('when they are well formed, including touching intervals, then there are no problems', () => {
    expect(validateOpeningHours([
      { day: 'monday', opens: '09:00', closes: '12:00' },
      { day: 'monday', opens: '12:00', closes: '17:00' },
      { day: 'tuesday', opens: '00:00', closes: '23:59' },
    ])).toEqual([]);
  });

  it('when times are malformed, reversed or overlapping, then each problem has a path', () => {
    expect(validateOpeningHours([
      { day: 'monday', opens: '09:00', closes: '13:00' },
      { day: 'monday', opens: '9:00', closes: '24:00' },
      { day: 'tuesday', opens: '17:00', closes: '09:00' },
      { day: 'monday', opens: '12:30', closes: '18:00' },
      { day: 'funday' as Weekday, opens: '10:00', closes: '11:00' },
    ])).toEqual([
      { path: 'openingHours.1.opens', code: 'invalid-format', message: 'opens must be a time as HH:MM (00:00-23:59), got "9:00"' },
      { path: 'openingHours.1.closes', code: 'invalid-format', message: 'closes must be a time as HH:MM (00:00-23:59), got "24:00"' },
      { path: 'openingHours.2.closes', code: 'invalid-order', message: 'closes (09:00) must be after opens (17:00)' },
      { path: 'openingHours.3.opens', code: 'overlap', message: '12:30-18:00 overlaps openingHours.0 (09:00-13:00) on monday' },
      { path: 'openingHours.4.day', code: 'invalid-value', message: 'day must be one of monday, tuesday, wednesday, thursday, friday, saturday, sunday, got funday' },
    ]);
  });

  it('when closures repeat a date or use a malformed one, then each is named', () => {
    expect(validateClosures([{ date: '2026-12-25' }, { date: '2026-12-25' }, { date: '25/12/2026' }])).toEqual([
      { path: 'closures.1.date', code: 'duplicate', message: '2026-12-25 is listed twice' },
      { path: 'closures.2.date', code: 'invalid-format', message: 'date must be a date as YYYY-MM-DD, got "25/12/2026"' },
    ]);
  });
});
