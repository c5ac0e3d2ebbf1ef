/** The instant a request is answered, and the calendar day rules are judged on. */
export interface Clock {
  now: Date;
  today: string; // YYYY-MM-DD (UTC)
  expiringWindowDays: number;
}
export const clockAt = (now: Date, expiringWindowDays: number): Clock => ({
  now,
  today: now.toISOString().slice(0, 10),
  expiringWindowDays,
});
