/**
 * The licence lifecycle over time: which stored statuses a daily run changes,
 * which events those changes raise, and which licences are expiring soon.
 *
 * The stored status is a cache of `licenceStatus(licence, today)`. Events are
 * tied to transitions of that stored value, so re-running a day (or running a
 * later day that changes nothing) raises nothing: an event fires once per
 * transition.
 */
import { z } from 'zod';
import { daysBetween, IsoDate, isoDateSchema, toIsoDate } from './dates';
import { isPractising, LicenceDates, licenceStatus, LicenceStatus, LICENCE_STATUSES, LicenceStatusOptions } from './licence.rules';

export const LICENCE_EVENTS = ['licence.expiring', 'licence.expired'] as const;
export type LicenceEvent = (typeof LICENCE_EVENTS)[number];

export interface StoredLicence extends LicenceDates {
  /** The status last written; null or unknown values count as "no status yet". */
  status: string | null;
}

export interface LicenceTransition<L extends StoredLicence> {
  licence: L;
  from: LicenceStatus | null;
  to: LicenceStatus;
  /** Set when the transition must be announced; at most one event per transition. */
  event: LicenceEvent | null;
}

const asStatus = (value: string | null): LicenceStatus | null =>
  (LICENCE_STATUSES as readonly string[]).includes(value ?? '') ? (value as LicenceStatus) : null;

/**
 * The event a change of stored status raises. Entering 'expiring' or 'expired'
 * from any other status announces it; a licence that skipped 'expiring' (the
 * job did not run during the window, or a window of 0) raises only
 * 'licence.expired'. Renewals, suspensions and pending licences raise nothing.
 */
export function eventForTransition(from: LicenceStatus | null, to: LicenceStatus): LicenceEvent | null {
  if (from === to) return null;
  if (to === 'expiring') return 'licence.expiring';
  if (to === 'expired') return 'licence.expired';
  return null;
}

/** Every licence whose stored status differs from its status on `today`, in input order. */
export function planLicenceTransitions<L extends StoredLicence>(
  licences: readonly L[],
  today: IsoDate | Date,
  options: LicenceStatusOptions = {},
): LicenceTransition<L>[] {
  const transitions: LicenceTransition<L>[] = [];
  for (const licence of licences) {
    const from = asStatus(licence.status);
    const to = licenceStatus(licence, today, options);
    if (from === to) continue;
    transitions.push({ licence, from, to, event: eventForTransition(from, to) });
  }
  return transitions;
}

/** Whole days from `today` to the expiry day: 0 on the expiry day, negative once expired. */
export function daysLeft(licence: Pick<LicenceDates, 'expiresOn'>, today: IsoDate | Date): number {
  return daysBetween(toIsoDate(today), licence.expiresOn);
}

/**
 * The query-time gate for public listings: decided from the dates and the
 * suspension flag on the day asked, never from the stored status, so a lapsed
 * licence stops counting the day it lapses even before the daily job runs.
 */
export function isPractisingOn(licence: LicenceDates, today: IsoDate | Date, options: LicenceStatusOptions = {}): boolean {
  return isPractising(licenceStatus(licence, today, options));
}

/**
 * Licences expiring within `days` of `today` (expiry day included, already
 * expired, suspended and pending ones excluded), soonest expiry first.
 */
export function expiringWithin<L extends LicenceDates>(licences: readonly L[], today: IsoDate | Date, days: number): L[] {
  return licences
    .filter((licence) => licenceStatus(licence, today, { expiringWindowDays: days }) === 'expiring')
    .sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : 0));
}

/** Upper bound of the admin query's window: ten years. */
export const MAX_EXPIRING_QUERY_DAYS = 3650;

/** Query of the admin list of expiring licences (query-string values arrive as strings). */
export const expiringQuerySchema = z
  .object({
    days: z.coerce
      .number({ error: 'days must be a whole number of days' })
      .int({ error: 'days must be a whole number of days' })
      .min(0, { error: 'days must be 0 or more' })
      .max(MAX_EXPIRING_QUERY_DAYS, { error: `days must be at most ${MAX_EXPIRING_QUERY_DAYS}` })
      .optional(),
    today: isoDateSchema.optional(),
  })
  .strict();
export type ExpiringQuery = z.infer<typeof expiringQuerySchema>;

/** Body of the admin trigger of the daily job. */
export const recomputeRequestSchema = z
  .object({
    today: isoDateSchema.optional(),
    /** Run even when this day already ran (still under the lock; events still once per transition). */
    force: z.boolean().optional(),
  })
  .strict();
export type RecomputeRequest = z.infer<typeof recomputeRequestSchema>;
