import type { Core } from '@strapi/strapi';
import clock, { onDay } from '../clock';

const withConfig = (today: string | null) =>
  clock({ strapi: { plugin: () => ({ config: (key: string) => (key === 'today' ? today : undefined) }) } as unknown as Core.Strapi });

describe('the plugin clock', () => {
  afterEach(() => jest.useRealTimers());

  it('given no pinned day, then now and today are the wall clock’s', () => {
    jest.useFakeTimers({ now: new Date('2026-12-01T23:59:30Z') });
    expect(withConfig(null).now().toISOString()).toBe('2026-12-01T23:59:30.000Z');
    expect(withConfig(null).today()).toBe('2026-12-01');
  });

  it('given a pinned day, then today is that day and the time of day stays the wall clock’s', () => {
    jest.useFakeTimers({ now: new Date('2026-12-01T23:59:30Z') });
    const pinned = withConfig('2026-11-27');
    expect(pinned.now().toISOString()).toBe('2026-11-27T23:59:30.000Z');
    expect(pinned.today()).toBe('2026-11-27');
  });

  it('given a pinned day, when the wall clock passes midnight UTC, then today does not change', () => {
    const pinned = withConfig('2026-11-27');
    jest.useFakeTimers({ now: new Date('2026-12-01T23:59:59Z') });
    const before = pinned.today();
    jest.setSystemTime(new Date('2026-12-02T00:00:01Z'));
    expect([before, pinned.today()]).toEqual(['2026-11-27', '2026-11-27']);
    expect(pinned.now().toISOString()).toBe('2026-11-27T00:00:01.000Z');
  });

  it('moves an instant onto a day, forwards or back, keeping its time of day', () => {
    const wall = new Date('2026-03-08T07:30:00Z');
    expect(onDay(wall, null)).toBe(wall);
    expect(onDay(wall, '2027-01-01').toISOString()).toBe('2027-01-01T07:30:00.000Z');
    expect(onDay(wall, '2025-12-31').toISOString()).toBe('2025-12-31T07:30:00.000Z');
  });
});
