import fc from 'fast-check';
import { LOCATION_LOCK_BUCKETS, locationLockKey, locationLockKeys } from '../location-locks.rules';

describe('the lock keys of a price-matrix apply', () => {
  it('are at most LOCATION_LOCK_BUCKETS however many locations a request names', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `loc${i.toString(36).padStart(8, '0')}`);
    const keys = locationLockKeys(ids);
    expect(keys.length).toBeLessThanOrEqual(LOCATION_LOCK_BUCKETS);
    // 10,000 ids spread over (nearly) every bucket, not a few.
    expect(keys.length).toBeGreaterThan(LOCATION_LOCK_BUCKETS * 0.95);
  });

  it('are distinct and ascending, whatever order the locations come in, so two applies take them in one order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 24 }), { maxLength: 50 }), (ids) => {
        const keys = locationLockKeys(ids);
        expect(keys).toEqual([...new Set(ids.map(locationLockKey))].sort((a, b) => a - b));
        expect(locationLockKeys([...ids].reverse())).toEqual(keys);
        for (let i = 1; i < keys.length; i++) expect(keys[i]).toBeGreaterThan(keys[i - 1]);
        for (const k of keys) expect(Number.isInteger(k) && k >= 0 && k < LOCATION_LOCK_BUCKETS).toBe(true);
      }),
    );
  });

  it('give one location the same key every time', () => {
    expect(locationLockKey('aergzmewzeadet2dm6bf338a')).toBe(locationLockKey('aergzmewzeadet2dm6bf338a'));
    expect(locationLockKeys(['a', 'a', 'a'])).toHaveLength(1);
  });
});
