import {
  daysLeft,
  eventForTransition,
  expiringQuerySchema,
  expiringWithin,
  isPractisingOn,
  planLicenceTransitions,
  recomputeRequestSchema,
} from '../licence-lifecycle.rules';

// Expires 2026-10-31: active until 2026-08-31, expiring 2026-09-01..2026-10-31, expired from 2026-11-01.
const licence = (overrides: Partial<{ id: number; status: string | null; issuedOn: string; expiresOn: string; suspended: boolean }> = {}) => ({
  id: 1,
  status: 'active' as string | null,
  issuedOn: '2024-11-15',
  expiresOn: '2026-10-31',
  suspended: false,
  ...overrides,
});

describe('Given stored licence statuses and a day', () => {
  it('when nothing changed, then no transition is planned', () => {
    expect(planLicenceTransitions([licence()], '2026-08-31')).toEqual([]);
  });

  it('when an active licence enters the 60-day window, then it becomes expiring and raises licence.expiring', () => {
    const [t] = planLicenceTransitions([licence()], '2026-09-01');
    expect(t).toMatchObject({ from: 'active', to: 'expiring', event: 'licence.expiring' });
  });

  it('when an expiring licence passes its expiry day, then it becomes expired and raises licence.expired', () => {
    expect(planLicenceTransitions([licence({ status: 'expiring' })], '2026-10-31')).toEqual([]);
    const [t] = planLicenceTransitions([licence({ status: 'expiring' })], '2026-11-01');
    expect(t).toMatchObject({ from: 'expiring', to: 'expired', event: 'licence.expired' });
  });

  it('when the job missed the whole window, then the licence goes straight to expired with only licence.expired', () => {
    const transitions = planLicenceTransitions([licence({ status: 'active' })], '2026-12-01');
    expect(transitions).toHaveLength(1);
    expect(transitions[0]).toMatchObject({ from: 'active', to: 'expired', event: 'licence.expired' });
  });

  it('when the stored status already is the new one (a second run), then nothing fires again', () => {
    expect(planLicenceTransitions([licence({ status: 'expiring' })], '2026-09-15')).toEqual([]);
    expect(planLicenceTransitions([licence({ status: 'expired' })], '2027-03-01')).toEqual([]);
  });

  it('when a licence is renewed (expiry moved out), then it becomes active without an event', () => {
    const [t] = planLicenceTransitions([licence({ status: 'expired', expiresOn: '2028-10-31' })], '2026-11-02');
    expect(t).toMatchObject({ from: 'expired', to: 'active', event: null });
  });

  it('when a licence is suspended or not yet issued, then the status follows without an event', () => {
    const [suspended] = planLicenceTransitions([licence({ suspended: true })], '2026-09-15');
    expect(suspended).toMatchObject({ from: 'active', to: 'suspended', event: null });
    const [pending] = planLicenceTransitions([licence({ issuedOn: '2026-06-01' })], '2026-05-01');
    expect(pending).toMatchObject({ from: 'active', to: 'pending', event: null });
  });

  it('when the stored status is missing or unknown, then the computed one is written and announced', () => {
    const [t] = planLicenceTransitions([licence({ status: null })], '2026-09-15');
    expect(t).toMatchObject({ from: null, to: 'expiring', event: 'licence.expiring' });
    const [u] = planLicenceTransitions([licence({ status: 'lapsed' })], '2026-08-01');
    expect(u).toMatchObject({ from: null, to: 'active', event: null });
  });

  it('when a custom window is configured, then the transition day moves with it', () => {
    expect(planLicenceTransitions([licence()], '2026-09-30', { expiringWindowDays: 30 })).toEqual([]);
    expect(planLicenceTransitions([licence()], '2026-10-01', { expiringWindowDays: 30 })[0].to).toBe('expiring');
  });

  it('when several licences are given, then only the changed ones are returned, in input order, with their record', () => {
    const a = licence({ id: 1 });
    const b = licence({ id: 2, expiresOn: '2026-09-10' });
    const c = licence({ id: 3, expiresOn: '2026-06-30', status: 'expiring' });
    const transitions = planLicenceTransitions([a, b, c], '2026-08-01');
    expect(transitions.map((t) => [t.licence.id, t.to, t.event])).toEqual([
      [2, 'expiring', 'licence.expiring'],
      [3, 'expired', 'licence.expired'],
    ]);
    expect(transitions[0].licence).toBe(b);
  });
});

describe('Given a change of stored status', () => {
  it('then only entering expiring or expired raises an event', () => {
    expect(eventForTransition('active', 'expiring')).toBe('licence.expiring');
    expect(eventForTransition('pending', 'expiring')).toBe('licence.expiring');
    expect(eventForTransition('expired', 'expiring')).toBe('licence.expiring');
    expect(eventForTransition('suspended', 'expired')).toBe('licence.expired');
    expect(eventForTransition('expiring', 'expiring')).toBeNull();
    expect(eventForTransition('expired', 'expired')).toBeNull();
    expect(eventForTransition('expiring', 'active')).toBeNull();
    expect(eventForTransition('active', 'suspended')).toBeNull();
  });
});

describe('Given the query-time practising rule', () => {
  it('when the stored status still says active but the licence lapsed yesterday, then it does not practise', () => {
    const stale = licence({ status: 'active' });
    expect(isPractisingOn(stale, '2026-10-31')).toBe(true);
    expect(isPractisingOn(stale, '2026-11-01')).toBe(false);
  });

  it('when the licence is suspended or not yet issued, then it does not practise', () => {
    expect(isPractisingOn(licence({ suspended: true }), '2026-01-01')).toBe(false);
    expect(isPractisingOn(licence({ issuedOn: '2026-06-01' }), '2026-05-31')).toBe(false);
  });

  it('when it is within the expiring window, then it still practises', () => {
    expect(isPractisingOn(licence(), '2026-10-01')).toBe(true);
  });
});

describe('Given licences and a window of days', () => {
  const soon = licence({ id: 1, expiresOn: '2026-09-10' });
  const later = licence({ id: 2, expiresOn: '2026-10-31' });
  const far = licence({ id: 3, expiresOn: '2027-06-30' });
  const gone = licence({ id: 4, expiresOn: '2026-07-31' });
  const suspended = licence({ id: 5, expiresOn: '2026-09-01', suspended: true });

  it('then those expiring within the window are listed soonest first, expired and suspended ones left out', () => {
    expect(expiringWithin([far, later, gone, soon, suspended], '2026-08-01', 91).map((l) => l.id)).toEqual([1, 2]);
  });

  it('then the window is inclusive of its last day and of the expiry day', () => {
    expect(expiringWithin([later], '2026-08-01', 91)).toEqual([later]); // 91 days left
    expect(expiringWithin([later], '2026-08-01', 90)).toEqual([]);
    expect(expiringWithin([later], '2026-10-31', 0)).toEqual([later]);
  });

  it('then daysLeft counts whole days to the expiry day', () => {
    expect(daysLeft(later, '2026-10-01')).toBe(30);
    expect(daysLeft(later, '2026-10-31')).toBe(0);
    expect(daysLeft(later, '2026-11-02')).toBe(-2);
  });
});

describe('Given the admin inputs', () => {
  it('then days comes from the query string as a whole number within 0..3650', () => {
    expect(expiringQuerySchema.parse({ days: '30', today: '2026-08-01' })).toEqual({ days: 30, today: '2026-08-01' });
    expect(expiringQuerySchema.parse({})).toEqual({});
    for (const days of ['-1', 'abc', '1.5', '3651']) {
      const result = expiringQuerySchema.safeParse({ days });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].path).toEqual(['days']);
    }
  });

  it('then an impossible day or an unknown field is refused, naming it', () => {
    expect(expiringQuerySchema.safeParse({ today: '2026-02-30' }).error?.issues[0].path).toEqual(['today']);
    expect(recomputeRequestSchema.safeParse({ today: '2026-13-01' }).error?.issues[0].path).toEqual(['today']);
    expect(recomputeRequestSchema.safeParse({ force: 'yes' }).error?.issues[0].path).toEqual(['force']);
    expect(recomputeRequestSchema.safeParse({ when: 'now' }).success).toBe(false);
    expect(recomputeRequestSchema.parse({ today: '2026-08-01', force: true })).toEqual({ today: '2026-08-01', force: true });
  });
});
