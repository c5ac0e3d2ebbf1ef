import { DEFAULT_EXPIRING_WINDOW_DAYS } from './domain';

export default {
  default: {
    // A licence is "expiring" this many days before it expires.
    expiringWindowDays: DEFAULT_EXPIRING_WINDOW_DAYS,
  },
  validator(config: { expiringWindowDays?: unknown }) {
    const days = config.expiringWindowDays;
    if (!Number.isInteger(days) || (days as number) < 0) {
      throw new Error(`clinic: config.expiringWindowDays must be a whole number of days >= 0, got ${String(days)}`);
    }
  },
};
