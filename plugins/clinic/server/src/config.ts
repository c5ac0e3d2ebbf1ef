import { DEFAULT_EXPIRING_WINDOW_DAYS, isValidTimeZone } from './domain';

export default {
  default: ({ env }: { env: (key: string, fallback?: string) => string }) => ({
    // A licence is "expiring" this many days before it expires.
    expiringWindowDays: DEFAULT_EXPIRING_WINDOW_DAYS,
    // When the daily licence status job runs (cron with seconds; 'off' to schedule nothing).
    licenceJobCron: env('CLINIC_LICENCE_JOB_CRON', '0 15 3 * * *'),
    licenceJobTimeZone: env('CLINIC_LICENCE_JOB_TZ', 'Etc/UTC'),
  }),
  validator(config: { expiringWindowDays?: unknown; licenceJobCron?: unknown; licenceJobTimeZone?: unknown }) {
    const days = config.expiringWindowDays;
    if (!Number.isInteger(days) || (days as number) < 0) {
      throw new Error(`clinic: config.expiringWindowDays must be a whole number of days >= 0, got ${String(days)}`);
    }
    if (typeof config.licenceJobCron !== 'string' || config.licenceJobCron.trim() === '') {
      throw new Error(`clinic: config.licenceJobCron must be a cron expression or 'off', got ${String(config.licenceJobCron)}`);
    }
    if (typeof config.licenceJobTimeZone !== 'string' || !isValidTimeZone(config.licenceJobTimeZone)) {
      throw new Error(`clinic: config.licenceJobTimeZone must be an IANA time zone, got ${String(config.licenceJobTimeZone)}`);
    }
  },
};
