import type { LicenceSeed } from '../seed-types';
import { addDays, atTime, nextEvenYearDate, nextOccurrence } from './dates';

/**
 * Licence builders. Every date is computed from `today`, so an "active"
 * licence stays active and a deliberately expired one stays expired in any
 * year the demo is loaded.
 */

export interface LicenceOptions {
  /** Override the regular expiry (used for the deliberate expired / expiring cases). */
  expiresOn?: string;
  suspended?: boolean;
  /** Days before today the board record was last checked; null = never verified. */
  verifiedDaysAgo?: number | null;
}

const GA_VERIFY = 'https://verify.sos.ga.gov/verification/';

function issued(today: string, yearsAgo: number): string {
  return addDays(today, -Math.round(yearsAgo * 365.25) - 17);
}

function finish(
  today: string,
  base: Omit<LicenceSeed, 'expiresOn' | 'verifiedAt' | 'suspended'>,
  regularExpiry: string,
  opts: LicenceOptions,
): LicenceSeed {
  const verifiedDaysAgo = opts.verifiedDaysAgo === undefined ? 12 : opts.verifiedDaysAgo;
  const licence: LicenceSeed = {
    ...base,
    expiresOn: opts.expiresOn ?? regularExpiry,
    verifiedAt: verifiedDaysAgo === null ? null : atTime(today, -verifiedDaysAgo),
  };
  if (opts.suspended) licence.suspended = true;
  return licence;
}

/** Georgia massage licence: "MT" + 6 digits, expires 31 October of an even year. */
export function gaMassage(today: string, digits: string, yearsAgo: number, opts: LicenceOptions = {}): LicenceSeed {
  return finish(
    today,
    {
      type: 'LMT',
      number: `MT${digits}`,
      state: 'GA',
      board: 'Georgia Board of Massage Therapy',
      issuedOn: issued(today, yearsAgo),
      verificationUrl: GA_VERIFY,
    },
    nextEvenYearDate(today, '10-31', 60),
    opts,
  );
}

/** Georgia chiropractic licence: "CHIR" + 6 digits (biennial, demo expiry 31 December of an even year). */
export function gaChiropractic(today: string, digits: string, yearsAgo: number, opts: LicenceOptions = {}): LicenceSeed {
  return finish(
    today,
    {
      type: 'DC',
      number: `CHIR${digits}`,
      state: 'GA',
      board: 'Georgia Board of Chiropractic Examiners',
      issuedOn: issued(today, yearsAgo),
      verificationUrl: GA_VERIFY,
    },
    nextEvenYearDate(today, '12-31', 60),
    opts,
  );
}

/** Alabama massage licence (demo format "ALMT" + 5 digits, annual 30 September renewal). */
export function alMassage(today: string, digits: string, yearsAgo: number, opts: LicenceOptions = {}): LicenceSeed {
  return finish(
    today,
    {
      type: 'LMT',
      number: `ALMT${digits}`,
      state: 'AL',
      board: 'Alabama Board of Massage Therapy',
      issuedOn: issued(today, yearsAgo),
      verificationUrl: 'https://almtb.alabama.gov/',
    },
    nextOccurrence(addDays(today, 60), '09-30'),
    opts,
  );
}

/** Alabama chiropractic licence (demo format "ALDC" + 4 digits, annual 31 December renewal). */
export function alChiropractic(today: string, digits: string, yearsAgo: number, opts: LicenceOptions = {}): LicenceSeed {
  return finish(
    today,
    {
      type: 'DC',
      number: `ALDC${digits}`,
      state: 'AL',
      board: 'Alabama State Board of Chiropractic Examiners',
      issuedOn: issued(today, yearsAgo),
      verificationUrl: 'https://chiro.alabama.gov/',
    },
    nextOccurrence(addDays(today, 60), '12-31'),
    opts,
  );
}

/** South Carolina massage/bodywork licence (demo format "MBT" + 5 digits, biennial 30 June of an even year). */
export function scMassage(today: string, digits: string, yearsAgo: number, opts: LicenceOptions = {}): LicenceSeed {
  return finish(
    today,
    {
      type: 'LMT',
      number: `MBT${digits}`,
      state: 'SC',
      board: 'South Carolina Board of Massage/Bodywork Therapy',
      issuedOn: issued(today, yearsAgo),
      verificationUrl: 'https://verify.llronline.com/LicLookup/',
    },
    nextEvenYearDate(today, '06-30', 60),
    opts,
  );
}
