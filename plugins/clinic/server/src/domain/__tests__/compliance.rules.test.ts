import { complianceQuerySchema, complianceReport, coverageGaps, groupByLocation, licenceAlerts, type ComplianceLicence, type ComplianceLocation, type CompliancePractitioner } from '../compliance.rules';

const today = '2026-12-02';
const metro = { documentId: 'fr-metro', name: 'Metro' };
const coast = { documentId: 'fr-coast', name: 'Coast' };
const buckhead: ComplianceLocation = { documentId: 'loc-buckhead', name: 'Buckhead', state: 'GA', franchise: metro };
const decatur: ComplianceLocation = { documentId: 'loc-decatur', name: 'Decatur', state: 'GA', franchise: metro };
const birmingham: ComplianceLocation = { documentId: 'loc-birmingham', name: 'Birmingham', state: 'AL', franchise: coast };
const massage = { documentId: 'mod-massage', name: 'Therapeutic massage', requiredLicenceType: 'LMT' as const };
const stretch = { documentId: 'mod-stretch', name: 'Stretch therapy', requiredLicenceType: null };

const licence = (overrides: Partial<ComplianceLicence> = {}): ComplianceLicence => ({
  documentId: 'lic-1', type: 'LMT', number: 'MT000001', state: 'GA', issuedOn: '2024-11-01', expiresOn: '2026-12-22', suspended: false, ...overrides,
});
const practitioner = (overrides: Partial<CompliancePractitioner> = {}): CompliancePractitioner => ({
  documentId: 'pr-1', name: 'Jun Park, LMT', licences: [licence()], modalities: [massage], locations: [buckhead], ...overrides,
});

describe('Given the days query of the compliance report', () => {
  it('when it is absent, then 60 days are asked; a string of digits is read as a number', () => {
    expect(complianceQuerySchema.parse({})).toEqual({ days: 60 });
    expect(complianceQuerySchema.parse({ days: '3650' })).toEqual({ days: 3650 });
  });

  it.each(['0', '3651', '1.5', 'abc', '-3'])('when it is %s, then it is refused naming days', (days) => {
    const parsed = complianceQuerySchema.safeParse({ days });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['days']]);
    expect(parsed.error?.issues[0].message).toBe('days must be a whole number of days from 1 to 3650');
  });

  it('when an unknown parameter is sent, then it is refused', () => {
    expect(complianceQuerySchema.safeParse({ days: '5', today: '2026-01-01' }).success).toBe(false);
  });
});

describe('Given licences around today', () => {
  it('when one expires in 20 days, then it is expiring with 20 days left at each location of the holder in its state', () => {
    const p = practitioner({ locations: [buckhead, decatur, birmingham] });
    expect(licenceAlerts([p], today, 60)).toEqual([
      { kind: 'expiring', daysLeft: 20, licence: { documentId: 'lic-1', type: 'LMT', number: 'MT000001', state: 'GA', expiresOn: '2026-12-22' }, practitioner: { documentId: 'pr-1', name: 'Jun Park, LMT' }, location: buckhead },
      expect.objectContaining({ kind: 'expiring', daysLeft: 20, location: decatur }),
    ]);
  });

  it('when it expires after the window, then it is not listed; a window reaching its expiry day lists it', () => {
    expect(licenceAlerts([practitioner()], today, 19)).toEqual([]);
    expect(licenceAlerts([practitioner()], today, 20)).toHaveLength(1);
  });

  it('when it expired 200 days ago and was not renewed, then it is listed as expired with -200 days left, whatever the window', () => {
    const p = practitioner({ licences: [licence({ expiresOn: '2026-05-16' })] });
    expect(licenceAlerts([p], today, 1)).toEqual([expect.objectContaining({ kind: 'expired', daysLeft: -200 })]);
  });

  it('when a later licence of the same type and state replaces it (even one that starts later), then neither is listed', () => {
    const renewed = licence({ documentId: 'lic-2', issuedOn: '2026-12-23', expiresOn: '2028-10-31' });
    expect(licenceAlerts([practitioner({ licences: [licence(), renewed] })], today, 60)).toEqual([]);
    const oldExpired = licence({ expiresOn: '2026-05-16' });
    expect(licenceAlerts([practitioner({ licences: [oldExpired, licence({ documentId: 'lic-2', issuedOn: '2026-05-01', expiresOn: '2028-10-31' })] })], today, 60)).toEqual([]);
  });

  it('when the later licence is of another state or is suspended, then the lapsing one is still listed', () => {
    const other = licence({ documentId: 'lic-2', state: 'FL', expiresOn: '2028-10-31' });
    const suspended = licence({ documentId: 'lic-3', expiresOn: '2028-10-31', suspended: true });
    expect(licenceAlerts([practitioner({ licences: [licence(), other, suspended] })], today, 60)).toEqual([expect.objectContaining({ licence: expect.objectContaining({ documentId: 'lic-1' }) })]);
  });

  it('when the holder works at no location in the licence state, then one alert has no location', () => {
    expect(licenceAlerts([practitioner({ locations: [birmingham] })], today, 60)).toEqual([expect.objectContaining({ location: null })]);
  });

  it('when a licence is suspended or not yet valid, then it is not an expiry', () => {
    const p = practitioner({ licences: [licence({ suspended: true }), licence({ documentId: 'lic-2', issuedOn: '2026-12-10', expiresOn: '2026-12-20' })] });
    expect(licenceAlerts([p], today, 60)).toEqual([]);
  });
});

describe('Given practitioners linked to locations', () => {
  it('when one works in Alabama with a Georgia licence only, then the massage there is a gap; stretch needs no licence', () => {
    const p = practitioner({ modalities: [massage, stretch], locations: [buckhead, birmingham] });
    expect(coverageGaps([p], today)).toEqual([
      { practitioner: { documentId: 'pr-1', name: 'Jun Park, LMT' }, location: birmingham, modality: massage, reason: 'no-licence-in-state', explanation: 'No licence in AL (needs LMT)' },
    ]);
  });

  it('when the licence in the state lapsed or is suspended, then the gap names it and the licence it rests on', () => {
    const lapsed = practitioner({ licences: [licence({ expiresOn: '2026-11-12' })] });
    expect(coverageGaps([lapsed], today)).toEqual([
      expect.objectContaining({ reason: 'licence-expired', explanation: 'LMT licence in GA expired', licence: { documentId: 'lic-1', number: 'MT000001', expiresOn: '2026-11-12' } }),
    ]);
    const suspended = practitioner({ licences: [licence({ suspended: true })] });
    expect(coverageGaps([suspended], today)).toEqual([expect.objectContaining({ reason: 'licence-suspended', explanation: 'LMT licence in GA suspended' })]);
  });

  it('when the licence is expiring but still valid, or the location has no state, then there is no gap', () => {
    expect(coverageGaps([practitioner()], today)).toEqual([]);
    expect(coverageGaps([practitioner({ licences: [], locations: [{ ...buckhead, state: null }] })], today)).toEqual([]);
  });

  it('when only a licence of another type is held in the state, then the gap says which type is missing', () => {
    const p = practitioner({ licences: [licence({ type: 'DC', number: 'CHIR000001' })] });
    expect(coverageGaps([p], today)).toEqual([expect.objectContaining({ reason: 'wrong-licence-type', explanation: 'No LMT licence in GA' })]);
  });
});

describe('Given rows to group by location', () => {
  it('then locations come by name, the no-location group last, rows in the order given', () => {
    const rows = [
      { location: decatur, n: 2 },
      { location: null, n: 5 },
      { location: buckhead, n: 3 },
      { location: decatur, n: 1 },
    ];
    expect(groupByLocation(rows, (a, b) => a.n - b.n)).toEqual([
      { location: buckhead, rows: [{ location: buckhead, n: 3 }] },
      { location: decatur, rows: [{ location: decatur, n: 1 }, { location: decatur, n: 2 }] },
      { location: null, rows: [{ location: null, n: 5 }] },
    ]);
  });
});

describe('Given the report for a reader', () => {
  const chain = [
    practitioner({ documentId: 'pr-jun', name: 'Jun Park', locations: [buckhead] }),
    practitioner({ documentId: 'pr-hollis', name: 'Hollis Whitaker', licences: [licence({ documentId: 'lic-h', expiresOn: '2026-11-12' })], locations: [buckhead] }),
    practitioner({ documentId: 'pr-whitney', name: 'Whitney Sorensen', licences: [licence({ documentId: 'lic-w', expiresOn: '2028-10-31' })], locations: [birmingham] }),
    practitioner({ documentId: 'pr-nowhere', name: 'Noor Nowhere', licences: [licence({ documentId: 'lic-n', expiresOn: '2026-12-10' })], locations: [] }),
  ];

  it('when unrestricted, then every location is shown, soonest expiry first inside a location, the no-location group last', () => {
    const report = complianceReport({ practitioners: chain, today, days: 60, ownedFranchiseIds: null });
    expect(report.licences.map((g) => [g.location?.name ?? null, g.rows.map((r) => `${r.practitioner.name} ${r.daysLeft}`)])).toEqual([
      ['Buckhead', ['Hollis Whitaker -20', 'Jun Park 20']],
      [null, ['Noor Nowhere 8']],
    ]);
    expect(report.gaps.map((g) => [g.location?.name, g.rows.map((r) => r.practitioner.name)])).toEqual([
      ['Birmingham', ['Whitney Sorensen']],
      ['Buckhead', ['Hollis Whitaker']],
    ]);
  });

  it("when a franchise owner, then only their franchises' locations are shown, and no row without location", () => {
    const report = complianceReport({ practitioners: chain, today, days: 60, ownedFranchiseIds: ['fr-coast'] });
    expect(report.licences).toEqual([]);
    expect(report.gaps.map((g) => g.location?.name)).toEqual(['Birmingham']);
    const none = complianceReport({ practitioners: chain, today, days: 60, ownedFranchiseIds: [] });
    expect([none.licences, none.gaps]).toEqual([[], []]);
  });
});
