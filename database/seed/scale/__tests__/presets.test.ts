import { scaleDataSet, scaleOptionsFor } from '..';

// The benchmark's anchor day (bench/lib/scale.js); 1 December puts a training day on Christmas for some locations.
const TODAY = '2026-12-01';

describe('the benchmark scale presets', () => {
  const one = scaleDataSet(scaleOptionsFor(1, TODAY));
  const twenty = scaleDataSet(scaleOptionsFor(20, TODAY));
  const licences = (d: typeof one) => d.practitioners.flatMap((p) => p.licences);

  it('1× is the set the earlier figures used and 20× is the largest chain (1,000 locations, 22,000 practitioners, 44,000 licences, ~36,000 offerings)', () => {
    expect([one.locations.length, one.practitioners.length, licences(one).length, one.offerings.length]).toEqual([50, 1000, 2000, 1849]);
    expect([twenty.locations.length, twenty.practitioners.length, licences(twenty).length, twenty.offerings.length]).toEqual([1000, 22_000, 44_000, 36_026]);
  });

  it.each([
    ['1×', one],
    ['20×', twenty],
  ])('%s: a licence number is unique per type and state, as the importers require', (_, data) => {
    const keys = licences(data).map((l) => `${l.type}|${l.state}|${l.number}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['1×', one],
    ['20×', twenty],
  ])('%s: no location lists a closure date twice', (_, data) => {
    const repeated = data.locations.filter((l) => new Set(l.closures.map((c) => c.date)).size !== l.closures.length).map((l) => l.slug);
    expect(repeated).toEqual([]);
  });

  it('20×: every practitioner has a name of their own, so pages sort them without ties', () => {
    const names = twenty.practitioners.map((p) => `${p.lastName}, ${p.firstName}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('refuses a factor that is not a whole number >= 1', () => {
    expect(() => scaleOptionsFor(0, TODAY)).toThrow(/whole number/);
    expect(() => scaleOptionsFor(1.5, TODAY)).toThrow(/whole number/);
  });
});
