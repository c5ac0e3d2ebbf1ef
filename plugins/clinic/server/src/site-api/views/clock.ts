import { localTimeIn } from '../../domain';

/**
 * What one request works out once and every field that needs it reuses: a
 * location's local clock (by time zone) and who is eligible to practise at a
 * location (by page). A page object is shared between requests (the parsed-page
 * cache), the memo is not: it lives and dies with the request's clock.
 */
export class RequestMemo {
  readonly local = new Map<string, Clock>();
  readonly byPage = new WeakMap<object, Map<string, unknown>>();
  /** `compute()` once per page and name in this request. */
  forPage<T>(page: object, name: string, compute: () => T): T {
    let entries = this.byPage.get(page);
    if (!entries) this.byPage.set(page, (entries = new Map<string, unknown>()));
    if (!entries.has(name)) entries.set(name, compute());
    return entries.get(name) as T;
  }
}

/** The instant a request is answered, and the calendar day rules are judged on. */
export interface Clock {
  now: Date;
  today: string; // YYYY-MM-DD
  expiringWindowDays: number;
  /** The request's memo (absent on clocks built outside a request, as in unit tests). */
  memo?: RequestMemo;
}

/** The request's clock; `today` is the UTC day until a location's own day is known. */
export const clockAt = (now: Date, expiringWindowDays: number): Clock => ({
  now,
  today: now.toISOString().slice(0, 10),
  expiringWindowDays,
  memo: new RequestMemo(),
});

/**
 * The same instant on a location's calendar: a licence expiring "today", a bundle
 * valid through today or today's closure follow the location's day, not UTC's (at
 * 8 pm in Atlanta it is already tomorrow in UTC).
 */
export const clockIn = (clock: Clock, timeZone: string): Clock => {
  const known = clock.memo?.local.get(timeZone);
  if (known) return known;
  const local = { ...clock, today: localTimeIn(clock.now, timeZone).date };
  clock.memo?.local.set(timeZone, local);
  return local;
};

/** `compute()` once per request for this page (every time when the clock has no memo). */
export const oncePerRequest = <T>(clock: Clock, page: object, name: string, compute: () => T): T =>
  clock.memo ? clock.memo.forPage(page, name, compute) : compute();
