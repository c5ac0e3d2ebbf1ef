import { localTimeIn } from '../../domain';

/** The instant a request is answered, and the calendar day rules are judged on. */
export interface Clock {
  now: Date;
  today: string; // YYYY-MM-DD
  expiringWindowDays: number;
}

/** The request's clock; `today` is the UTC day until a location's own day is known. */
export const clockAt = (now: Date, expiringWindowDays: number): Clock => ({
  now,
  today: now.toISOString().slice(0, 10),
  expiringWindowDays,
});

/**
 * The same instant on a location's calendar: a licence expiring "today", a bundle
 * valid through today or today's closure follow the location's day, not UTC's (at
 * 8 pm in Atlanta it is already tomorrow in UTC).
 */
export const clockIn = (clock: Clock, timeZone: string): Clock => ({ ...clock, today: localTimeIn(clock.now, timeZone).date });
