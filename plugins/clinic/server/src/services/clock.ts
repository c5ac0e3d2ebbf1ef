import { isoDateOfUtc, type IsoDate } from '../domain';

/**
 * The one place the plugin reads the wall clock. Jobs and queries take an
 * explicit `today` when they are given one (tests, admin re-runs) and ask this
 * service otherwise; days are UTC calendar days, like the cron schedule.
 */
export default () => ({
  today(now: Date = new Date()): IsoDate {
    return isoDateOfUtc(now);
  },
});
