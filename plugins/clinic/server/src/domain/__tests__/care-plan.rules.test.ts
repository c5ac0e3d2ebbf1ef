import { CarePlanPhase, describeFrequency, validateCarePlanPhases } from '../care-plan.rules';

const intensive: CarePlanPhase = {
  name: 'Intensive', minPerPeriod: 2, maxPerPeriod: 3, period: 1, periodUnit: 'week', lengthWeeks: 4, sessionMinutes: 60,
};
const taper: CarePlanPhase = {
  name: 'Taper', minPerPeriod: 1, maxPerPeriod: 1, period: 1, periodUnit: 'week', lengthWeeks: 6, sessionMinutes: 60,
};
const maintenance: CarePlanPhase = {
  name: 'Maintenance', minPerPeriod: 1, maxPerPeriod: 1, period: 2, periodUnit: 'week', lengthWeeks: null, sessionMinutes: 90,
};

describe('Given a chronic-pain plan: intensive, taper, then ongoing maintenance', () => {
  it('when validated, then there are no problems', () => {
    expect(validateCarePlanPhases([intensive, taper, maintenance])).toEqual([]);
  });

  it('when described, then each phase reads as plain English', () => {
    expect(describeFrequency(intensive)).toBe('2–3 sessions a week for 4 weeks');
    expect(describeFrequency(taper)).toBe('1 session a week for 6 weeks');
    expect(describeFrequency(maintenance)).toBe('1 session every 2 weeks, ongoing');
    expect(describeFrequency({ ...maintenance, periodUnit: 'month', period: 1, lengthWeeks: 1 })).toBe('1 session a month for 1 week');
    expect(describeFrequency({ ...intensive, minPerPeriod: 2, maxPerPeriod: 2, period: 3, periodUnit: 'day' })).toBe('2 sessions every 3 days for 4 weeks');
  });
});

describe('Given phases with mistakes', () => {
  it('when there are no phases, then the plan needs at least one', () => {
    expect(validateCarePlanPhases([])).toEqual([{ path: 'phases', code: 'required', message: 'a care plan needs at least one phase' }]);
  });

  it('when max is below min in the second phase, then phases.1.maxPerPeriod is named', () => {
    expect(validateCarePlanPhases([intensive, { ...taper, minPerPeriod: 3, maxPerPeriod: 2 }, maintenance])).toEqual([
      { path: 'phases.1.maxPerPeriod', code: 'invalid-order', message: 'maxPerPeriod (2) must not be below minPerPeriod (3)' },
    ]);
  });

  it('when a phase before the last is ongoing, then only the last may be', () => {
    expect(validateCarePlanPhases([{ ...intensive, lengthWeeks: null }, maintenance])).toEqual([
      { path: 'phases.0.lengthWeeks', code: 'ongoing-not-last', message: 'only the last phase may be ongoing; phase 1 of 2 needs a length in weeks' },
    ]);
  });

  it('when numbers are fractional, zero or out of range, then every field is named with the reason', () => {
    const bad = { ...intensive, name: ' ', minPerPeriod: 0, maxPerPeriod: 2.5, period: 0, lengthWeeks: 0, sessionMinutes: 62 };
    expect(validateCarePlanPhases([bad, { ...maintenance, sessionMinutes: 10, periodUnit: 'year' as never }])).toEqual([
      { path: 'phases.0.name', code: 'required', message: 'a phase needs a name' },
      { path: 'phases.0.minPerPeriod', code: 'too-small', message: 'minPerPeriod must be at least 1, got 0' },
      { path: 'phases.0.maxPerPeriod', code: 'not-an-integer', message: 'maxPerPeriod must be a whole number, got 2.5' },
      { path: 'phases.0.period', code: 'too-small', message: 'period must be at least 1, got 0' },
      { path: 'phases.0.lengthWeeks', code: 'too-small', message: 'lengthWeeks must be at least 1, got 0' },
      { path: 'phases.0.sessionMinutes', code: 'wrong-step', message: 'sessionMinutes must be a multiple of 5, got 62' },
      { path: 'phases.1.periodUnit', code: 'invalid-value', message: 'periodUnit must be one of day, week, month, got year' },
      { path: 'phases.1.sessionMinutes', code: 'out-of-range', message: 'sessionMinutes must be between 15 and 180, got 10' },
    ]);
  });

  it('when session lengths sit on the bounds, then 15 and 180 are accepted and 185 is not', () => {
    expect(validateCarePlanPhases([{ ...maintenance, sessionMinutes: 15 }])).toEqual([]);
    expect(validateCarePlanPhases([{ ...maintenance, sessionMinutes: 180 }])).toEqual([]);
    expect(validateCarePlanPhases([{ ...maintenance, sessionMinutes: 185 }])).toHaveLength(1);
  });
});
