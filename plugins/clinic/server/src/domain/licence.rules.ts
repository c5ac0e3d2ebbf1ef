/**
 * Licence lifecycle. The status is derived from dates and the suspension
 * flag, against a `today` that the caller passes in.
 *
 * Decision: a licence whose issue date is still in the future is 'pending'
 * (not practising), so the union has five members.
 */
import { addDays, compareDates, daysBetween, formatIsoDate, IsoDate, isIsoDate, parseIsoDate, toIsoDate } from './dates';
import { DomainError, problem, Problem } from './errors';
import { isUsStateCode } from './us-states';
import { isLicenceType, LICENCE_TYPES } from './vocabulary';

export const LICENCE_STATUSES = ['pending', 'active', 'expiring', 'expired', 'suspended'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export const isLicenceStatus = (value: string): value is LicenceStatus => (LICENCE_STATUSES as readonly string[]).includes(value);

export const DEFAULT_EXPIRING_WINDOW_DAYS = 60;
export const GEORGIA_LATE_RENEWAL_DAYS = 30;

export interface LicenceDates {
  issuedOn: IsoDate;
  expiresOn: IsoDate;
  suspended?: boolean | null;
}

export interface LicenceStatusOptions {
  /** A licence expiring within this many days (inclusive) is 'expiring'. Default 60. */
  expiringWindowDays?: number;
}

/**
 * Precedence: suspended > pending (today < issuedOn) > expired (today > expiresOn)
 * > expiring (expiresOn - today <= window; the expiry day itself is still valid)
 * > active.
 */
export function licenceStatus(
  licence: LicenceDates,
  today: IsoDate | Date,
  { expiringWindowDays = DEFAULT_EXPIRING_WINDOW_DAYS }: LicenceStatusOptions = {},
): LicenceStatus {
  if (licence.suspended) return 'suspended';
  const day = toIsoDate(today);
  if (compareDates(day, licence.issuedOn) < 0) return 'pending';
  if (compareDates(day, licence.expiresOn) > 0) return 'expired';
  if (daysBetween(day, licence.expiresOn) <= expiringWindowDays) return 'expiring';
  return 'active';
}

/** The licences that have `status` on a day, as conditions on the stored dates and flag. */
export interface LicenceStatusCondition {
  suspended: boolean;
  issuedOn?: { after?: IsoDate; onOrBefore?: IsoDate };
  expiresOn?: { before?: IsoDate; onOrAfter?: IsoDate; onOrBefore?: IsoDate; after?: IsoDate };
}

/**
 * licenceStatus turned around, so a filter on the status can be answered by the
 * database from the dates: licenceStatus(l, today) === status exactly when l meets
 * licenceStatusCondition(status, today) (checked by a property test).
 */
export function licenceStatusCondition(
  status: LicenceStatus,
  today: IsoDate | Date,
  { expiringWindowDays = DEFAULT_EXPIRING_WINDOW_DAYS }: LicenceStatusOptions = {},
): LicenceStatusCondition {
  const day = toIsoDate(today);
  const windowEnd = addDays(day, expiringWindowDays);
  switch (status) {
    case 'suspended':
      return { suspended: true };
    case 'pending':
      return { suspended: false, issuedOn: { after: day } };
    case 'expired':
      return { suspended: false, issuedOn: { onOrBefore: day }, expiresOn: { before: day } };
    case 'expiring':
      return { suspended: false, issuedOn: { onOrBefore: day }, expiresOn: { onOrAfter: day, onOrBefore: windowEnd } };
    case 'active':
      return { suspended: false, issuedOn: { onOrBefore: day }, expiresOn: { after: windowEnd } };
  }
}

/** A practitioner may practise under an 'active' or 'expiring' licence only. */
export function isPractising(status: LicenceStatus): boolean {
  return status === 'active' || status === 'expiring';
}

/**
 * Georgia massage-therapy licences expire on 31 October of every even-numbered
 * year. Decision: the expiry is the first such 31 October STRICTLY AFTER the
 * issue date, so a licence issued (or renewed) on 31 October of an even year
 * runs to the next cycle instead of expiring the day it is issued:
 *   2026-03-01 -> 2026-10-31, 2026-10-30 -> 2026-10-31,
 *   2026-10-31 -> 2028-10-31, 2026-11-01 -> 2028-10-31, 2027-05-01 -> 2028-10-31.
 */
export function georgiaMassageExpiry(issuedOn: IsoDate): IsoDate {
  const issued = parseIsoDate(issuedOn);
  if (!issued) throw new DomainError('invalid-date', 'issuedOn', `issuedOn must be a date as YYYY-MM-DD, got "${issuedOn}"`);
  let year = issued.year % 2 === 0 ? issued.year : issued.year + 1;
  const candidate = formatIsoDate({ year, month: 10, day: 31 });
  if (compareDates(candidate, issuedOn) <= 0) year += 2;
  return formatIsoDate({ year, month: 10, day: 31 });
}

/**
 * Georgia's late-renewal window: the 30 days after expiry (day 1 = the day
 * after expiresOn, day 30 inclusive). The licence may still be renewed late,
 * but its status is 'expired' and the holder may not practise. A suspended
 * licence is never in the window.
 */
export function isInLateRenewalWindow(
  licence: Pick<LicenceDates, 'expiresOn' | 'suspended'>,
  today: IsoDate | Date,
  lateRenewalDays = GEORGIA_LATE_RENEWAL_DAYS,
): boolean {
  if (licence.suspended) return false;
  const daysLate = daysBetween(licence.expiresOn, today);
  return daysLate >= 1 && daysLate <= lateRenewalDays;
}

/** The last day a late renewal is accepted: expiresOn + 30 days. */
export function lateRenewalDeadline(expiresOn: IsoDate, lateRenewalDays = GEORGIA_LATE_RENEWAL_DAYS): IsoDate {
  return addDays(expiresOn, lateRenewalDays);
}

/** Problems of a licence record: a known type, a US state code, real dates, expiresOn not before issuedOn. */
export function validateLicence(licence: { type: string; state: string; issuedOn: string; expiresOn: string }): Problem[] {
  const problems: Problem[] = [];
  if (!isLicenceType(licence.type)) {
    problems.push(problem('type', 'invalid-value', `type must be one of ${LICENCE_TYPES.join(', ')}, got ${String(licence.type)}`));
  }
  if (!isUsStateCode(licence.state)) {
    problems.push(problem('state', 'invalid-value', `state must be a US state code such as GA, got ${String(licence.state)}`));
  }
  const issuedOk = isIsoDate(licence.issuedOn);
  const expiresOk = isIsoDate(licence.expiresOn);
  if (!issuedOk) problems.push(problem('issuedOn', 'invalid-format', `issuedOn must be a date as YYYY-MM-DD, got "${licence.issuedOn}"`));
  if (!expiresOk) problems.push(problem('expiresOn', 'invalid-format', `expiresOn must be a date as YYYY-MM-DD, got "${licence.expiresOn}"`));
  if (issuedOk && expiresOk && compareDates(licence.expiresOn, licence.issuedOn) < 0) {
    problems.push(problem('expiresOn', 'invalid-order', `expiresOn (${licence.expiresOn}) must not be before issuedOn (${licence.issuedOn})`));
  }
  return problems;
}
