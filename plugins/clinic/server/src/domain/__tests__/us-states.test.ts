import { US_STATE_CODES, US_STATE_NAMES, isUsStateCode, usStateCodeSchema } from '../us-states';

describe('Given the list of US state codes', () => {
  it('then it holds the 50 states and DC, each once, each with a name', () => {
    expect(US_STATE_CODES).toHaveLength(51);
    expect(new Set(US_STATE_CODES).size).toBe(51);
    expect(Object.keys(US_STATE_NAMES).sort()).toEqual([...US_STATE_CODES].sort());
    expect(US_STATE_NAMES.GA).toBe('Georgia');
    expect(US_STATE_NAMES.DC).toBe('District of Columbia');
  });

  it('when checking codes, then only exact upper-case codes of states and DC are accepted', () => {
    expect(isUsStateCode('GA')).toBe(true);
    expect(isUsStateCode('DC')).toBe(true);
    expect(isUsStateCode('ga')).toBe(false);
    expect(isUsStateCode('PR')).toBe(false);
    expect(isUsStateCode('toString')).toBe(false);
    expect(isUsStateCode(7)).toBe(false);
  });

  it('when parsed with the zod schema, then an unknown code is an issue', () => {
    expect(usStateCodeSchema.safeParse('NY').success).toBe(true);
    expect(usStateCodeSchema.safeParse('XX').success).toBe(false);
  });
});
