import type { Core } from '@strapi/strapi';
import { daysBetween, isoDateOfUtc, type IsoDate } from '../domain';

const MS_PER_DAY = 86_400_000;

/**
 * The instant `wall` moved onto the UTC calendar day `day`, its time of day kept:
 * opening hours still follow the real hour while every "today" is `day`.
 */
export const onDay = (wall: Date, day: IsoDate | null): Date =>
  day ? new Date(wall.getTime() + daysBetween(isoDateOfUtc(wall), day) * MS_PER_DAY) : wall;

/**
 * The one place the plugin reads the wall clock for "now" and "today" (the site
 * API's request clock, the licence job, the demo data). Jobs and queries take an
 * explicit `today` when they are given one (admin re-runs) and ask this service
 * otherwise; days are UTC calendar days, like the cron schedule. The plugin config
 * `today` (CLINIC_TODAY) pins the calendar day: the tests set it once per run so the
 * app, the demo data and the tests agree on one day even when a run crosses midnight.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Checked as a date by the config validator.
  const pinnedDay = (): IsoDate | null => strapi.plugin('clinic').config<IsoDate | null>('today') ?? null;
  const now = (): Date => onDay(new Date(), pinnedDay());
  return {
    now,
    today(at: Date = now()): IsoDate {
      return isoDateOfUtc(at);
    },
  };
};
