import fc from 'fast-check';
import { addDays } from '../dates';
import {
  LICENCE_STATUSES,
  licenceStatusCondition,
  georgiaMassageExpiry,
  isInLateRenewalWindow,
  isPractising,
  lateRenewalDeadline,
  licenceStatus,
  validateLicence,
} from '../licence.rules';

const licence = { issuedOn: '2024-11-15', expiresOn: '2026-10-31' };

describe('Given a licence expiring on 2026-10-31', () => {
  it('when today is more than 60 days before expiry, then it is active', () => {
    expect(licenceStatus(licence, '2026-08-31')).toBe('active'); // 61 days
  });

  it('when today is exactly 60 days before expiry, then it is expiring', () => {
    expect(licenceStatus(licence, '2026-09-01')).toBe('expiring');
  });

  it('when today is the expiry day, then it is still expiring (valid through that day)', () => {
    expect(licenceStatus(licence, '2026-10-31')).toBe('expiring');
  });

  it('when today is the day after expiry, then it is expired', () => {
    expect(licenceStatus(licence, '2026-11-01')).toBe('expired');
  });

  it('when a custom window of 30 days is given, then 31 days before expiry is active', () => {
    expect(licenceStatus(licence, '2026-09-30', { expiringWindowDays: 30 })).toBe('active');
    expect(licenceStatus(licence, '2026-10-01', { expiringWindowDays: 30 })).toBe('expiring');
  });

  it('when it is suspended, then suspended wins over every date', () => {
    expect(licenceStatus({ ...licence, suspended: true }, '2025-06-01')).toBe('suspended');
    expect(licenceStatus({ ...licence, suspended: true }, '2027-06-01')).toBe('suspended');
  });

  it('when today is before the issue date, then it is pending', () => {
    expect(licenceStatus(licence, '2024-11-14')).toBe('pending');
    expect(licenceStatus(licence, '2024-11-15')).toBe('active');
  });

  it('when the clock is a Date, then its UTC calendar day is used', () => {
    expect(licenceStatus(licence, new Date('2026-11-01T03:00:00Z'))).toBe('expired');
  });
});

describe('Given a licence status', () => {
  it('then only active and expiring allow practising', () => {
    expect(isPractising('active')).toBe(true);
    expect(isPractising('expiring')).toBe(true);
    expect(isPractising('expired')).toBe(false);
    expect(isPractising('suspended')).toBe(false);
    expect(isPractising('pending')).toBe(false);
  });
});

describe('Given a Georgia massage-therapy licence', () => {
  it.each([
    ['2026-03-01', '2026-10-31'],
    ['2026-10-30', '2026-10-31'],
    ['2026-10-31', '2028-10-31'],
    ['2026-11-01', '2028-10-31'],
    ['2026-11-27', '2028-10-31'],
    ['2027-01-15', '2028-10-31'],
    ['2027-12-31', '2028-10-31'],
    ['2028-01-01', '2028-10-31'],
  ])('when issued on %s, then it expires on %s', (issuedOn, expected) => {
    expect(georgiaMassageExpiry(issuedOn)).toBe(expected);
  });

  it('when the issue date is malformed, then a DomainError is thrown', () => {
    expect(() => georgiaMassageExpiry('2026-10-32')).toThrow('issuedOn must be a date as YYYY-MM-DD, got "2026-10-32"');
  });
});

describe("Given Georgia's 30-day late-renewal window after a 2026-10-31 expiry", () => {
  const ga = { issuedOn: '2024-11-15', expiresOn: '2026-10-31' };

  it('when today is the expiry day, then it is not in the window (not yet expired)', () => {
    expect(isInLateRenewalWindow(ga, '2026-10-31')).toBe(false);
  });

  it('when today is the first day after expiry, then it is in the window but expired', () => {
    expect(isInLateRenewalWindow(ga, '2026-11-01')).toBe(true);
    expect(licenceStatus(ga, '2026-11-01')).toBe('expired');
  });

  it('when today is the 30th day after expiry, then it is still in the window', () => {
    expect(isInLateRenewalWindow(ga, '2026-11-30')).toBe(true);
    expect(lateRenewalDeadline(ga.expiresOn)).toBe('2026-11-30');
  });

  it('when today is the 31st day after expiry, then the window has closed', () => {
    expect(isInLateRenewalWindow(ga, '2026-12-01')).toBe(false);
  });

  it('when the licence is suspended, then it is never in the window', () => {
    expect(isInLateRenewalWindow({ ...ga, suspended: true }, '2026-11-05')).toBe(false);
  });
});

describe('Given a licence record to validate', () => {
  it('when every field is right, then there are no problems', () => {
    expect(validateLicence({ type: 'LMT', state: 'GA', issuedOn: '2026-03-01', expiresOn: '2026-10-31' })).toEqual([]);
  });

  it('when type, state and dates are wrong, then each field is named', () => {
    expect(validateLicence({ type: 'RN', state: 'Georgia', issuedOn: '2026-10-31', expiresOn: '2026-03-01' })).toEqual([
      { path: 'type', code: 'invalid-value', message: 'type must be one of LMT, DC, PT, ATC, got RN' },
      { path: 'state', code: 'invalid-value', message: 'state must be a US state code such as GA, got Georgia' },
      { path: 'expiresOn', code: 'invalid-order', message: 'expiresOn (2026-03-01) must not be before issuedOn (2026-10-31)' },
    ]);
  });
});

describe('Given a status filter answered from the dates (licenceStatusCondition)', () => {
  const meets = (l: { issuedOn: string; expiresOn: string; suspended: boolean }, c: ReturnType<typeof licenceStatusCondition>) =>
    l.suspended === c.suspended &&
    (!c.issuedOn?.after || l.issuedOn > c.issuedOn.after) &&
    (!c.issuedOn?.onOrBefore || l.issuedOn <= c.issuedOn.onOrBefore) &&
    (!c.expiresOn?.before || l.expiresOn < c.expiresOn.before) &&
    (!c.expiresOn?.onOrAfter || l.expiresOn >= c.expiresOn.onOrAfter) &&
    (!c.expiresOn?.onOrBefore || l.expiresOn <= c.expiresOn.onOrBefore) &&
    (!c.expiresOn?.after || l.expiresOn > c.expiresOn.after);
  const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n));

  it('then a licence meets the condition of exactly the status licenceStatus gives it', () => {
    fc.assert(
      fc.property(day, day, day, fc.boolean(), fc.integer({ min: 0, max: 120 }), (a, b, today, suspended, window) => {
        const [issuedOn, expiresOn] = a <= b ? [a, b] : [b, a];
        const licence = { issuedOn, expiresOn, suspended };
        const status = licenceStatus(licence, today, { expiringWindowDays: window });
        for (const candidate of LICENCE_STATUSES) {
          expect(meets(licence, licenceStatusCondition(candidate, today, { expiringWindowDays: window }))).toBe(candidate === status);
        }
      }),
    );
  });
});
