import type { Core } from '@strapi/strapi';
import { DEFAULT_EXPIRING_WINDOW_DAYS, licenceStatus, type LicenceStatus } from '../domain';

export interface LicenceRecord {
  issuedOn: string;
  expiresOn: string;
  suspended?: boolean | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  expiringWindowDays(): number {
    return strapi.plugin('clinic').config<number>('expiringWindowDays') ?? DEFAULT_EXPIRING_WINDOW_DAYS;
  },

  /** The status a licence has on a calendar day (YYYY-MM-DD), by the domain rule. */
  statusOn(licence: LicenceRecord, today: string): LicenceStatus {
    return licenceStatus(
      { issuedOn: licence.issuedOn, expiresOn: licence.expiresOn, suspended: licence.suspended ?? false },
      today,
      { expiringWindowDays: this.expiringWindowDays() },
    );
  },
});
