import { localNow, weekRows } from '../hours';

describe('localNow', () => {
  it("gives the day and time where the location is, not the server's", () => {
    // 03:30 UTC on Tuesday 2026-12-01 is still Monday evening in Atlanta and Monday night in Los Angeles.
    const instant = new Date('2026-12-01T03:30:00Z');
    expect(localNow('America/New_York', instant)).toEqual({ day: 'monday', time: '22:30' });
    expect(localNow('America/Los_Angeles', instant)).toEqual({ day: 'monday', time: '19:30' });
    expect(localNow('UTC', instant)).toEqual({ day: 'tuesday', time: '03:30' });
  });

  it('writes midnight as 00, not 24', () => {
    expect(localNow('UTC', new Date('2026-12-01T00:05:00Z')).time).toBe('00:05');
  });
});

describe('weekRows', () => {
  it('lists the week from Monday with each day’s ranges in order and closed days empty', () => {
    const rows = weekRows([
      { day: 'saturday', opens: '09:00', closes: '17:00' },
      { day: 'monday', opens: '14:00', closes: '19:00' },
      { day: 'monday', opens: '09:00', closes: '12:00' },
    ]);
    expect(rows.map((r) => r.day)).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
    expect(rows[0].ranges).toEqual([
      { opens: '09:00', closes: '12:00' },
      { opens: '14:00', closes: '19:00' },
    ]);
    expect(rows[1].ranges).toEqual([]);
    expect(rows[5].ranges).toEqual([{ opens: '09:00', closes: '17:00' }]);
  });
});
