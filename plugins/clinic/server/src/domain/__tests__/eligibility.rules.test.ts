import { mayPractise, practisablePairs } from '../eligibility.rules';
import type { LicenceType } from '../vocabulary';

const today = '2026-11-27';
const gaLmt = { number: 'MT-0001', type: 'LMT' as LicenceType, state: 'GA', issuedOn: '2026-11-01', expiresOn: '2028-10-31' };
const flLmt = { number: 'MA-0002', type: 'LMT' as LicenceType, state: 'FL', issuedOn: '2025-09-01', expiresOn: '2027-08-31' };
const gaDc = { number: 'CHR-0003', type: 'DC' as LicenceType, state: 'GA', issuedOn: '2025-01-01', expiresOn: '2026-12-31' };

describe('Given a modality that requires no licence', () => {
  it('when a practitioner holds no licence at all, then they may practise', () => {
    expect(mayPractise({ licences: [], requiredLicenceType: null, state: 'GA', today })).toEqual({
      allowed: true, reason: 'no-licence-required',
    });
  });
});

describe('Given a massage modality that requires an LMT licence', () => {
  it('when the practitioner holds an active LMT licence in the state, then they may practise under it', () => {
    expect(mayPractise({ licences: [flLmt, gaLmt], requiredLicenceType: 'LMT', state: 'GA', today })).toEqual({
      allowed: true, reason: 'licensed', licence: gaLmt, status: 'active',
    });
  });

  it('when the only LMT licence is from another state, then they may not practise (no-licence-in-state)', () => {
    expect(mayPractise({ licences: [flLmt], requiredLicenceType: 'LMT', state: 'GA', today })).toEqual({
      allowed: false, reason: 'no-licence-in-state',
    });
  });

  it('when the practitioner holds a licence of another type in the state, then they may not practise (wrong-licence-type)', () => {
    expect(mayPractise({ licences: [gaDc, flLmt], requiredLicenceType: 'LMT', state: 'GA', today })).toEqual({
      allowed: false, reason: 'wrong-licence-type',
    });
  });

  it('when the LMT licence is suspended, then they may not practise (licence-suspended)', () => {
    const suspended = { ...gaLmt, suspended: true };
    expect(mayPractise({ licences: [suspended], requiredLicenceType: 'LMT', state: 'GA', today })).toEqual({
      allowed: false, reason: 'licence-suspended', licence: suspended, status: 'suspended',
    });
  });

  it('when the LMT licence has expired, even within the late-renewal window, then they may not practise', () => {
    const lapsed = { ...gaLmt, issuedOn: '2024-11-01', expiresOn: '2026-10-31' };
    expect(mayPractise({ licences: [lapsed], requiredLicenceType: 'LMT', state: 'GA', today })).toMatchObject({
      allowed: false, reason: 'licence-expired', status: 'expired',
    });
  });

  it('when the LMT licence is not issued yet, then they may not practise (licence-pending)', () => {
    const future = { ...gaLmt, issuedOn: '2026-12-01' };
    expect(mayPractise({ licences: [future], requiredLicenceType: 'LMT', state: 'GA', today })).toMatchObject({
      allowed: false, reason: 'licence-pending', status: 'pending',
    });
  });

  it('when the LMT licence is expiring within the window, then they may still practise', () => {
    const expiring = { ...gaLmt, issuedOn: '2024-11-01', expiresOn: '2026-12-31' };
    expect(mayPractise({ licences: [expiring], requiredLicenceType: 'LMT', state: 'GA', today })).toMatchObject({
      allowed: true, reason: 'licensed', status: 'expiring',
    });
  });

  it('when an old expired and a renewed active licence exist, then the renewed one is used', () => {
    const old = { ...gaLmt, number: 'MT-OLD', issuedOn: '2024-11-01', expiresOn: '2026-10-31' };
    const verdict = mayPractise({ licences: [old, gaLmt], requiredLicenceType: 'LMT', state: 'ga', today });
    expect(verdict.allowed).toBe(true);
    expect(verdict.licence?.number).toBe('MT-0001');
  });
});

describe('Given a practitioner with licences, modalities and locations', () => {
  const modalities = [
    { slug: 'therapeutic-massage', requiredLicenceType: 'LMT' as LicenceType },
    { slug: 'chiropractic', requiredLicenceType: 'DC' as LicenceType },
    { slug: 'stretch-therapy', requiredLicenceType: null },
  ];
  const locations = [
    { slug: 'atlanta-midtown', state: 'GA' },
    { slug: 'tampa-bay', state: 'FL' },
    { slug: 'charlotte-south', state: 'NC' },
  ];

  it('when listing what they may practise, then only licensed or licence-free pairs appear, in order', () => {
    const pairs = practisablePairs({ licences: [gaLmt, flLmt], modalities, locations, today });
    expect(pairs.map((p) => `${p.location.slug}/${p.modality.slug}/${p.licence?.number ?? '-'}`)).toEqual([
      'atlanta-midtown/therapeutic-massage/MT-0001',
      'atlanta-midtown/stretch-therapy/-',
      'tampa-bay/therapeutic-massage/MA-0002',
      'tampa-bay/stretch-therapy/-',
      'charlotte-south/stretch-therapy/-',
    ]);
  });

  it('when the Georgia licence has lapsed by the given day, then the Georgia massage pair disappears', () => {
    const pairs = practisablePairs({ licences: [gaLmt, flLmt], modalities, locations, today: '2028-11-01' });
    expect(pairs.map((p) => `${p.location.slug}/${p.modality.slug}`)).toEqual([
      'atlanta-midtown/stretch-therapy',
      'tampa-bay/stretch-therapy',
      'charlotte-south/stretch-therapy',
    ]);
  });
});
